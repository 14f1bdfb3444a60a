package app.offers.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.offers.offer.CardNetworks;
import app.offers.offer.Instruments;
import app.offers.testing.Samples;
import app.offers.offer.OfferStatus;
import app.offers.web.pipeline.AcceptedParameters;
import app.offers.web.problems.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description a checkout frontend generates its client from: the facts a
 * generator relies on, and that the answers really have the shape it states.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Set<String> READS = Set.of("getHighestDiscount", "getBestOffers", "getPaymentOptions",
			"getDiscountCurve", "listOffers", "getOffer");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AcceptedParameters accepted;

	JsonNode api;

	@BeforeEach
	void description() throws Exception {
		api = JSON.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Every operation by its operationId. */
	Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new TreeMap<>();
		for (JsonNode path : api.get("paths")) {
			for (JsonNode operation : path) {
				operations.put(operation.get("operationId").asString(), operation);
			}
		}
		return operations;
	}

	JsonNode parameter(String operationId, String name) {
		for (JsonNode parameter : operations().get(operationId).get("parameters")) {
			if (parameter.get("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError(operationId + " has no parameter " + name);
	}

	JsonNode schema(String name) {
		return api.at("/components/schemas/" + name);
	}

	static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(item -> out.add(item.asString()));
		return out;
	}

	@Test
	void isOpenApi31WithMeaningfulOperationIdsTagsAServerAndALicense() {
		assertThat(api.get("openapi").asString()).startsWith("3.1");
		assertThat(operations()).containsOnlyKeys("postOffer", "getHighestDiscount", "getBestOffers",
				"getPaymentOptions", "getDiscountCurve", "listOffers", "getOffer", "withdrawOffer");
		assertThat(api.at("/paths/~1offer/post/operationId").asString()).isEqualTo("postOffer");
		assertThat(api.at("/paths/~1offers~1{id}/delete/operationId").asString()).isEqualTo("withdrawOffer");
		assertThat(api.at("/paths/~1offers~1{id}/get/operationId").asString()).isEqualTo("getOffer");
		Map<String, String> tags = Map.of("postOffer", "offers", "listOffers", "offers", "getOffer", "offers",
				"withdrawOffer", "offers", "getHighestDiscount", "discounts", "getBestOffers", "discounts",
				"getPaymentOptions", "discounts", "getDiscountCurve", "discounts");
		operations().forEach(
				(id, operation) -> assertThat(strings(operation.get("tags"))).as(id).containsExactly(tags.get(id)));
		assertThat(api.get("tags").findValuesAsString("name")).containsExactly("discounts", "offers");
		// relative: Swagger UI's "Try it out" calls the origin it was opened on
		assertThat(api.get("servers")).hasSize(1);
		assertThat(api.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(URI.create(api.at("/servers/0/url").asString()).isAbsolute()).isFalse();
		assertThat(api.at("/servers/0/description").asString()).startsWith("This service");
		assertThat(api.at("/info/license/name").asString()).isEqualTo("Proprietary");
		// only the service's operations: not the error page, not the benchmark's floor
		assertThat(api.get("paths").propertyNames()).containsExactlyInAnyOrder("/offer", "/highest-discount",
				"/best-offers", "/payment-options", "/discount-curve", "/offers", "/offers/{id}");
	}

	@Test
	void thePostBodyIsAnObjectWithTheRequiredPaymentPageResponseOrAListAndTheRealExampleFitsIt() throws Exception {
		JsonNode body = api.at("/paths/~1offer/post/requestBody");
		assertThat(body.get("required").asBoolean()).isTrue();
		JsonNode json = body.at("/content/application~1json");
		assertThat(json.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/OfferPayload");
		JsonNode payload = schema("OfferPayload");
		assertThat(payload.get("type").asString()).isEqualTo("object");
		assertThat(strings(payload.get("required"))).containsExactly("flipkartOfferApiResponse");
		// the payment page's response, or a list of offers some integrators post instead
		assertThat(strings(payload.at("/properties/flipkartOfferApiResponse/type"))).containsExactlyInAnyOrder("object",
				"array");
		assertThat(api.at("/components/schemas/JsonNode").isMissingNode()).isTrue();
		// the documented example is the real capture, accepted as it is
		JsonNode example = json.at("/examples/real-08/value");
		assertThat(example).isEqualTo(JSON.readTree(ApiDocs.POST_EXAMPLE));
		assertThat(example.get("flipkartOfferApiResponse").isObject()).isTrue();
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(ApiDocs.POST_EXAMPLE))
			.andExpect(status().isOk());
	}

	@Test
	void parametersAreTypedAsWhatTheyAreWithTheServicesBounds() {
		for (String id : List.of("getHighestDiscount", "getBestOffers", "getPaymentOptions")) {
			JsonNode amount = parameter(id, "amountToPay");
			assertThat(amount.get("required").asBoolean()).as(id).isTrue();
			JsonNode schema = amount.get("schema");
			assertThat(schema.get("type").asString()).isEqualTo("number");
			assertThat(schema.get("exclusiveMinimum").decimalValue()).isZero();
			assertThat(schema.get("maximum").decimalValue()).isEqualByComparingTo("1000000000");
			// the two-decimal rule in words: multipleOf 0.01 fails valid amounts in
			// floating point (DescriptionValidationIT)
			assertThat(schema.has("multipleOf")).isFalse();
			assertThat(amount.get("description").asString()).contains("at most 2 decimal places");
			assertThat(parameter(id, "includeProductOffers").at("/schema/type").asString()).isEqualTo("boolean");
		}
		for (String id : List.of("getHighestDiscount", "getBestOffers", "getDiscountCurve")) {
			assertThat(parameter(id, "bankName").get("required").asBoolean()).isTrue();
			assertThat(parameter(id, "includeProductOffers").at("/schema/type").asString()).isEqualTo("boolean");
			JsonNode months = parameter(id, "emiMonths").get("schema");
			assertThat(months.get("type").asString()).isEqualTo("integer");
			assertThat(months.get("minimum").asInt()).isEqualTo(1);
			assertThat(months.get("maximum").asInt()).isEqualTo(60);
		}
		assertBounds(parameter("getBestOffers", "limit"), 1, 100, 20);
		assertBounds(parameter("getPaymentOptions", "limit"), 1, 200, 50);
		for (String id : List.of("getBestOffers", "getPaymentOptions")) {
			JsonNode after = parameter(id, "after");
			assertThat(after.get("required").asBoolean()).isFalse();
			assertThat(after.at("/schema/type").asString()).isEqualTo("string");
			assertThat(after.at("/schema/maxLength").asInt()).isEqualTo(512);
			assertThat(after.get("description").asString()).contains("nextCursor", "a 400");
		}
		assertBounds(parameter("listOffers", "page"), 0, 100_000, 0);
		assertBounds(parameter("listOffers", "size"), 1, 100, 20);
		assertThat(parameter("listOffers", "active").at("/schema/type").asString()).isEqualTo("boolean");
		assertThat(strings(parameter("listOffers", "status").at("/schema/enum"))).containsExactly("ACTIVE", "UPCOMING",
				"EXPIRED", "RETIRED", "WITHDRAWN");
	}

	/**
	 * No fractional multipleOf anywhere: validators check it in binary floating point and
	 * refuse valid values.
	 */
	@Test
	void noSchemaHasAFractionalMultipleOf() {
		List<JsonNode> multiples = api.findValues("multipleOf");
		assertThat(multiples)
			.allSatisfy(m -> assertThat(m.decimalValue().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
	}

	static void assertBounds(JsonNode parameter, int min, int max, int absent) {
		JsonNode schema = parameter.get("schema");
		assertThat(schema.get("type").asString()).isEqualTo("integer");
		assertThat(schema.get("minimum").asInt()).isEqualTo(min);
		assertThat(schema.get("maximum").asInt()).isEqualTo(max);
		assertThat(schema.get("default").asInt()).isEqualTo(absent);
		assertThat(parameter.get("required").asBoolean()).isFalse();
	}

	/**
	 * What each operation documents is what its handler reads (the list the service
	 * refuses other parameters by), in that order and with that required-ness.
	 */
	@Test
	void everyOperationDocumentsExactlyTheQueryParametersItsHandlerReads() {
		int checked = 0;
		for (var mapping : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
					JsonNode operation = api.path("paths")
						.path(pattern)
						.path(method.name().toLowerCase(java.util.Locale.ROOT));
					if (operation.isMissingNode()) {
						continue;
					}
					List<String> documented = new ArrayList<>();
					for (JsonNode parameter : operation.path("parameters")) {
						if (parameter.get("in").asString().equals("query")) {
							documented.add(parameter.get("name").asString()
									+ (parameter.get("required").asBoolean() ? " (required)" : ""));
						}
					}
					List<String> read = accepted.of(mapping.getValue())
						.stream()
						.map(p -> p.name() + (p.required() ? " (required)" : ""))
						.toList();
					assertThat(documented).as(method + " " + pattern).containsExactlyElementsOf(read);
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(operations().size());
	}

	/**
	 * Swagger UI's "Try it out" fills a parameter from its example (or the first of its
	 * examples, or its schema's): an optional one so filled is sent, and narrows the
	 * answer (emiMonths=9, cardNetwork=VISA) where the user asked nothing. Only required
	 * parameters have examples; the operations' descriptions show the optional ones.
	 */
	@Test
	void noOptionalParameterHasAnExampleSwaggerUiWouldFillIn() {
		int required = 0;
		for (var operation : operations().entrySet()) {
			for (JsonNode parameter : operation.getValue().path("parameters")) {
				String where = operation.getKey() + " " + parameter.get("name").asString();
				if (parameter.path("required").asBoolean()) {
					assertThat(parameter.has("example") || parameter.has("examples")).as(where).isTrue();
					required++;
					continue;
				}
				assertThat(parameter.has("example")).as(where).isFalse();
				assertThat(parameter.has("examples")).as(where).isFalse();
				assertThat(parameter.path("schema").has("example")).as(where).isFalse();
				assertThat(parameter.path("schema").has("examples")).as(where).isFalse();
				// a default is what the service does without the parameter: filling it in
				// asks the same question
			}
		}
		assertThat(required).isEqualTo(8);
		assertThat(operations().get("getHighestDiscount").get("description").asString())
			.contains("paymentInstrument=EMI_OPTIONS&emiMonths=9&cardNetwork=VISA");
	}

	@Test
	void instrumentsAndNetworksListTheCanonicalCodesAndTheTextExplainsAliasesAndCreditVersusCreditCard() {
		for (String id : List.of("getHighestDiscount", "getBestOffers", "getDiscountCurve", "listOffers")) {
			JsonNode instrument = parameter(id, "paymentInstrument");
			assertThat(strings(instrument.at("/schema/enum"))).as(id)
				.containsExactlyElementsOf(Instruments.knownCodes())
				.startsWith("CREDIT", "CREDIT_CARD", "DEBIT", "EMI_OPTIONS", "DEBIT_EMI", "NET_OPTIONS", "UPI");
			assertThat(instrument.get("description").asString()).contains("CREDIT is Flipkart's own",
					"CREDIT_CARD is what a person means by \"credit card\"", "\"debit card\", DC (= DEBIT)");
		}
		for (String id : List.of("getHighestDiscount", "getBestOffers", "getDiscountCurve")) {
			assertThat(strings(parameter(id, "cardNetwork").at("/schema/enum"))).as(id)
				.containsExactlyElementsOf(CardNetworks.knownCodes())
				.containsExactly("VISA", "MASTERCARD", "RUPAY", "AMEX", "DINERS");
		}
	}

	@Test
	void everyErrorIsAProblemAndEachOperationListsTheErrorsItCanAnswer() {
		JsonNode problem = schema("Problem");
		assertThat(problem.get("type").asString()).isEqualTo("object");
		assertThat(problem.at("/properties/type/type").asString()).isEqualTo("string");
		assertThat(problem.at("/properties/type/format").asString()).isEqualTo("uri");
		assertThat(problem.at("/properties/title/type").asString()).isEqualTo("string");
		assertThat(problem.at("/properties/status/type").asString()).isEqualTo("integer");
		assertThat(problem.at("/properties/detail/type").asString()).isEqualTo("string");
		assertThat(problem.at("/properties/instance/type").asString()).isEqualTo("string");
		for (String extension : List.of("parameters", "acceptedValues", "acceptedParameters")) {
			assertThat(problem.at("/properties/" + extension + "/type").asString()).isEqualTo("array");
			assertThat(problem.at("/properties/" + extension + "/items/type").asString()).isEqualTo("string");
		}
		assertThat(strings(problem.get("required"))).containsExactlyInAnyOrder("type", "title", "status", "detail",
				"instance");
		assertThat(api.at("/components/schemas/ProblemDetail").isMissingNode()).isTrue();

		Map<String, Set<String>> expected = Map.of("postOffer",
				Set.of("400", "401", "406", "408", "413", "415", "422", "429", "431", "500", "503", "507"),
				"getHighestDiscount", Set.of("400", "403", "406", "431", "500", "503"), "getBestOffers",
				Set.of("400", "403", "406", "431", "500", "503"), "getPaymentOptions",
				Set.of("400", "403", "406", "431", "500", "503"), "getDiscountCurve",
				Set.of("400", "403", "406", "431", "500", "503"), "listOffers",
				Set.of("400", "403", "406", "431", "500", "503"), "getOffer",
				Set.of("400", "403", "404", "406", "431", "500", "503"), "withdrawOffer",
				Set.of("400", "401", "404", "406", "431", "500", "503"));
		operations().forEach((id, operation) -> {
			JsonNode responses = operation.get("responses");
			if (READS.contains(id) || id.equals("postOffer")) {
				assertThat(responses.at("/503/description").asString()).as(id + ": starting up is a 503 too")
					.containsIgnoringCase("not-ready");
			}
			// a withdrawal answers 204 without a body; a read revalidates (304)
			String success = id.equals("withdrawOffer") ? "204" : "200";
			Set<String> revalidated = READS.contains(id) ? Set.of(success, "304") : Set.of(success);
			assertThat(responses.propertyNames()).as(id)
				.containsExactlyInAnyOrderElementsOf(union(revalidated, expected.get(id)));
			if (success.equals("200")) {
				assertThat(responses.at("/200/content/application~1json/schema/$ref").asString()).as(id)
					.startsWith("#/components/schemas/");
			}
			else {
				assertThat(responses.get(success).get("content")).as(id).isNull();
			}
			for (String code : expected.get(id)) {
				JsonNode content = responses.get(code).get("content");
				assertThat(content.propertyNames()).as(id + " " + code).containsExactly("application/problem+json");
				assertThat(content.at("/application~1problem+json/schema/$ref").asString()).as(id + " " + code)
					.isEqualTo("#/components/schemas/Problem");
			}
		});
	}

	/**
	 * The problem types are the service's own, listed from ProblemType (one place), and
	 * RFC 9457's default.
	 */
	@Test
	void theProblemTypeIsAnEnumOfTheServicesProblemTypes() {
		List<String> types = new ArrayList<>();
		for (ProblemType kind : ProblemType.values()) {
			types.add(kind.type().toString());
		}
		types.add("about:blank");
		assertThat(strings(schema("Problem").at("/properties/type/enum"))).containsExactlyElementsOf(types)
			.contains("urn:flipkart-offers:problem:invalid-parameter",
					"urn:flipkart-offers:problem:origin-not-allowed");
	}

	/**
	 * A read's 200 is revalidated: ETag and Cache-Control on it, 304 to If-None-Match; a
	 * browser page on another origin is refused 403; every answer names its request id;
	 * 429 and 503 say when to retry. Each header is described once, in the components.
	 */
	@Test
	void theHeadersAnd304OfTheReadsAndTheRequestIdOfEveryAnswerAreDocumented() {
		for (String name : List.of("X-Request-Id", "ETag", "Cache-Control", "Retry-After")) {
			assertThat(api.at("/components/headers/" + name + "/description").asString()).as(name).isNotBlank();
			assertThat(api.at("/components/headers/" + name + "/schema/type").asString()).as(name).isNotBlank();
		}
		assertThat(api.at("/components/headers/ETag/required").asBoolean()).isTrue();
		assertThat(api.at("/components/headers/Cache-Control/required").asBoolean()).isTrue();
		assertThat(api.at("/components/headers/Retry-After/schema/type").asString()).isEqualTo("integer");
		int answers = 0;
		for (var operation : operations().entrySet()) {
			String id = operation.getKey();
			JsonNode responses = operation.getValue().get("responses");
			for (String code : responses.propertyNames()) {
				JsonNode headers = responses.get(code).path("headers");
				if (code.equals("431")) {
					// the server answers it before the request reaches the service
					assertThat(headers.has("X-Request-Id")).as(id + " " + code).isFalse();
				}
				else {
					assertThat(headers.at("/X-Request-Id/$ref").asString()).as(id + " " + code)
						.isEqualTo("#/components/headers/X-Request-Id");
					answers++;
				}
				assertThat(headers.has("Retry-After")).as(id + " " + code)
					.isEqualTo(Set.of("429", "503").contains(code));
				if (headers.has("Retry-After")) {
					assertThat(headers.at("/Retry-After/$ref").asString())
						.isEqualTo("#/components/headers/Retry-After");
				}
				boolean revalidated = READS.contains(id) && Set.of("200", "304").contains(code);
				assertThat(headers.has("ETag")).as(id + " " + code).isEqualTo(revalidated);
				assertThat(headers.has("Cache-Control")).as(id + " " + code).isEqualTo(revalidated);
			}
			if (READS.contains(id)) {
				JsonNode notModified = responses.get("304");
				assertThat(notModified.has("content")).as(id).isFalse();
				assertThat(notModified.get("description").asString()).contains("If-None-Match");
				JsonNode refused = responses.at("/403/content/application~1problem+json");
				assertThat(refused.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/Problem");
				assertThat(refused.at("/example/type").asString())
					.isEqualTo(ProblemType.ORIGIN_NOT_ALLOWED.type().toString());
			}
		}
		assertThat(answers).isEqualTo(62);
	}

	/** Every 200 with a body shows one, and it has the shape its schema states. */
	@Test
	void everyAnswerWithABodyHasAnExampleOfItsSchema() throws Exception {
		int examples = 0;
		for (var operation : operations().entrySet()) {
			JsonNode ok = operation.getValue().at("/responses/200/content/application~1json");
			if (ok.isMissingNode()) {
				continue;
			}
			List<JsonNode> shown = new ArrayList<>();
			if (ok.has("example")) {
				shown.add(ok.get("example"));
			}
			ok.path("examples").forEach(e -> shown.add(e.get("value")));
			assertThat(shown).as(operation.getKey()).isNotEmpty();
			for (JsonNode example : shown) {
				JsonNode value = example.isString() ? JSON.readTree(example.asString()) : example;
				conform(operation.getKey() + " example", value, ok.get("schema"));
				examples++;
			}
		}
		assertThat(examples).isEqualTo(7);
	}

	/**
	 * One convention for codes across schemas: UPPER_SNAKE_CASE, offer statuses included;
	 * problem types are URIs.
	 */
	@Test
	void everyEnumOfCodesIsUpperCase() {
		Map<String, List<String>> enums = new TreeMap<>();
		collectEnums("", api, enums);
		assertThat(enums).isNotEmpty();
		enums.forEach((where, values) -> {
			if (where.equals("/components/schemas/Problem/properties/type")) {
				assertThat(values).as(where).allMatch(v -> v.startsWith("urn:") || v.equals("about:blank"));
			}
			else {
				assertThat(values).as(where).allMatch(v -> v.matches("[A-Z][A-Z0-9_]*"));
			}
		});
		assertThat(enums).containsKey("/components/schemas/OfferView/properties/kind")
			.containsKey("/paths/~1offers/get/parameters/3/schema");
		assertThat(enums.values()).contains(OfferStatus.codes());
	}

	static void collectEnums(String at, JsonNode node, Map<String, List<String>> enums) {
		if (node.isObject()) {
			if (node.path("enum").isArray()) {
				enums.put(at, strings(node.get("enum")));
			}
			for (String name : node.propertyNames()) {
				collectEnums(at + "/" + name.replace("~", "~0").replace("/", "~1"), node.get(name), enums);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectEnums(at + "/" + i, node.get(i), enums);
			}
		}
	}

	static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	@Test
	void theApiKeyIsASecuritySchemeOnTheWriteOnly() {
		JsonNode scheme = api.at("/components/securitySchemes/" + ApiDocs.API_KEY);
		assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
		assertThat(scheme.get("in").asString()).isEqualTo("header");
		assertThat(scheme.get("name").asString()).isEqualTo("X-API-Key");
		assertThat(api.get("security")).isNull();
		operations().forEach((id, operation) -> {
			JsonNode security = operation.get("security");
			if (READS.contains(id)) {
				assertThat(security.isEmpty()).as(id + " is public").isTrue();
			}
			else {
				assertThat(security.toString()).as(id).isEqualTo("[{\"" + ApiDocs.API_KEY + "\":[]}]");
			}
		});
	}

	@Test
	void everyFieldIsRequiredAndOnlyFieldsThatCanBeNullAreTypedSo() {
		for (String name : List.of("HighestDiscount", "BestOffers", "RankedOffer", "PaymentOptions", "PaymentOption",
				"DiscountCurve", "CurvePiece", "IngestResult", "OfferPage", "OfferView", "OfferDetail")) {
			JsonNode schema = schema(name);
			assertThat(strings(schema.get("required"))).as(name)
				.containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
		}
		assertThat(strings(schema("BestOffers").at("/properties/paymentInstrument/type"))).containsExactly("string",
				"null");
		assertThat(strings(schema("PaymentOption").at("/properties/bankName/type"))).containsExactly("string", "null");
		for (String paged : List.of("BestOffers", "PaymentOptions")) {
			assertThat(strings(schema(paged).at("/properties/nextCursor/type"))).as(paged)
				.containsExactly("string", "null");
		}
		assertThat(schema("PaymentOption").at("/properties/paymentInstrument/type").asString()).isEqualTo("string");
		assertThat(schema("HighestDiscount").at("/properties/highestDiscountAmount/type").asString())
			.isEqualTo("number");
		assertThat(strings(schema("OfferView").at("/properties/percent/type"))).containsExactly("number", "null");
		assertThat(schema("OfferDetail").at("/properties/rawJson/items/type").asString()).isEqualTo("object");
		assertThat(strings(schema("CurvePiece").at("/properties/toAmount/type"))).containsExactly("number", "null");
		for (String amount : List.of("fromAmount", "constantAmount", "percent")) {
			assertThat(schema("CurvePiece").at("/properties/" + amount + "/type").asString()).isEqualTo("number");
		}
		assertThat(strings(schema("DiscountCurve").at("/properties/paymentInstrument/type"))).containsExactly("string",
				"null");
	}

	/**
	 * What the description says of required and nullable fields holds for real answers.
	 */
	@Test
	void realAnswersHaveEveryRequiredFieldAndNullOnlyWhereTheDescriptionAllowsIt() throws Exception {
		for (String sample : List.of("real-01-offer-banners-and-sections.json",
				"real-08-fkpay-options-full-5offers.json", "real-14-revamp-offers-only-27offers.json")) {
			mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(Samples.wrapped(sample)))
				.andExpect(status().isOk());
		}
		Map<String, String> answers = Map.of("/highest-discount?amountToPay=80000&bankName=HDFC", "HighestDiscount",
				"/best-offers?amountToPay=600&bankName=HDFC", "BestOffers",
				"/best-offers?amountToPay=80000&bankName=HDFC&paymentInstrument=EMI_OPTIONS", "BestOffers",
				"/payment-options?amountToPay=600", "PaymentOptions", "/discount-curve?bankName=HDFC", "DiscountCurve",
				"/discount-curve?bankName=HDFC&paymentInstrument=EMI_OPTIONS", "DiscountCurve", "/offers?size=100",
				"OfferPage", "/offers/FPO250626172916JI4VZ", "OfferDetail");
		int nulls = 0;
		for (var answer : answers.entrySet()) {
			var response = mvc.perform(get(answer.getKey())).andExpect(status().isOk()).andReturn().getResponse();
			// the headers the description states of a read's 200
			assertThat(response.getHeaderNames()).as(answer.getKey()).contains("X-Request-Id", "ETag", "Cache-Control");
			JsonNode body = JSON.readTree(response.getContentAsString());
			nulls += conform(answer.getKey(), body, schema(answer.getValue()));
		}
		// the samples do exercise the nullable fields: UPI cashback has no bank, most
		// offers no percent or dates
		assertThat(nulls).isGreaterThan(10);
	}

	/**
	 * Checks a value against a schema's required properties and null types; answers how
	 * many nulls it met.
	 */
	int conform(String where, JsonNode value, JsonNode schema) {
		if (schema.has("$ref")) {
			return conform(where, value, api.at(schema.get("$ref").asString().substring(1)));
		}
		if (value.isNull()) {
			assertThat(strings(schema.get("type"))).as(where + " is null").contains("null");
			return 1;
		}
		int nulls = 0;
		if (schema.has("properties")) {
			assertThat(value.isObject()).as(where).isTrue();
			for (String required : strings(schema.get("required"))) {
				assertThat(value.has(required)).as(where + "." + required).isTrue();
			}
			for (String name : schema.get("properties").propertyNames()) {
				nulls += conform(where + "." + name, value.get(name), schema.get("properties").get(name));
			}
		}
		else if (schema.has("items") && value.isArray()) {
			int i = 0;
			for (JsonNode item : value) {
				nulls += conform(where + "[" + i++ + "]", item, schema.get("items"));
			}
		}
		return nulls;
	}

}
