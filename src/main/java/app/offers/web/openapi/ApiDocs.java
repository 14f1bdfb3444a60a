package app.offers.web.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.offers.offer.DiscountTerms;
import app.offers.offer.CardNetworks;
import app.offers.offer.Instruments;
import app.offers.offer.OfferStatus;
import app.offers.web.pipeline.AcceptedParameters;
import app.offers.web.pipeline.QueryParameter;
import app.offers.web.pipeline.ReadEndpoints;
import app.offers.web.problems.PageCursor;
import app.offers.web.problems.ProblemType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description's front page, and what every operation shares: the query
 * parameters as {@link QueryParams} reads them (typed here, since the service reads
 * strings to explain bad input itself), the error responses (one {@code Problem} schema,
 * RFC 9457) and the API key on writes. Each operation documents the rest where it is
 * declared.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

	/** Real offers from a captured payment page (real-08), as a client posts them. */
	public static final String POST_EXAMPLE = """
			{"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"title": "Partner offers", "offers": [
			  {"adjustment_type": "INSTANT_DISCOUNT", "adjustment_id": "FPO250626182451RYQC7",
			   "summary": "5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature DebitCards. Min Txn Value: ₹5,000",
			   "contributors": {"payment_instrument": ["CREDIT"], "banks": ["IDFC"], "emi_months": ["0"], "card_networks": []}},
			  {"adjustment_type": "CASHBACK_ON_CARD", "adjustment_id": "FPO250619134128USHPF",
			   "summary": "5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter",
			   "contributors": {"payment_instrument": ["CREDIT"], "banks": ["FLIPKARTAXISBANK"], "emi_months": ["0"], "card_networks": []}}
			]}}}}""";

	public static final String PROBLEM_EXAMPLE = """
			{"type": "urn:flipkart-offers:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
			 "detail": "amountToPay must be a positive amount in rupees with at most 2 decimal places, given once (e.g. 12999 or 925.50); got \\"-5\\".",
			 "instance": "/highest-discount", "parameters": ["amountToPay"]}""";

	/** The security scheme of the writes, by name. */
	public static final String API_KEY = "ApiKey";

	public static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	/**
	 * What paymentInstrument means, aliases included: the enum lists the canonical codes
	 * only.
	 */
	private static final String INSTRUMENT = "How the shopper pays; every way to pay when absent (offers tied to "
			+ "no bank, such as UPI apps' cashback, included). CREDIT is Flipkart's own \"Credit / Debit / ATM card\" "
			+ "option: it reaches credit-card, debit-card and card offers alike (Flipkart files debit-card offers "
			+ "under it). CREDIT_CARD is what a person means by \"credit card\": credit cards only, never debit-card "
			+ "offers. DEBIT: debit cards. EMI_OPTIONS: card EMI, credit and debit; DEBIT_EMI: debit-card EMI only. "
			+ "NET_OPTIONS: net banking. UPI reaches every UPI app; an app (UPI_INTENT, PHONEPE, ...) reaches its "
			+ "own offers and UPI ones. Names are accepted too, in any case: \"credit card\", \"credit\", CC (= "
			+ "CREDIT_CARD); \"debit card\", DC (= DEBIT); EMI, \"credit card EMI\" (= EMI_OPTIONS); \"debit card "
			+ "EMI\" (= DEBIT_EMI); \"net banking\", NB (= NET_OPTIONS). Anything else is a 400 listing the codes.";

	/**
	 * The amount's two-decimal rule is said in words, not as {@code multipleOf: 0.01}: a
	 * standard validator checks that in binary floating point and refuses about one valid
	 * amount in nine (0.07, 19.99, 80000.15). DescriptionValidationIT checks 100,000
	 * amounts with ajv.
	 */
	private static final String AMOUNT = "The amount in rupees: positive, at most 2 decimal places (paise), at most "
			+ "1000000000 (e.g. 12999 or 925.50). More decimals are a 400; the schema cannot say so in a way every "
			+ "validator reads alike, so it states only the bounds.";

	private static Schema<Object> amount() {
		return typed("number").exclusiveMinimumValue(BigDecimal.ZERO)
			.maximum(BigDecimal.valueOf(DiscountTerms.MAX_AMOUNT_PAISE / 100));
	}

	@Bean
	OpenAPI offersApi() {
		return new OpenAPI()
			.info(new Info().title("flipkart-offers")
				.version("1")
				.description("Learns the bank offers of Flipkart's payment page and answers the highest discount for "
						+ "an amount, a bank and a payment instrument. Money is in rupees as JSON numbers. Every field "
						+ "of an answer is always sent; a field that may be null says so in its type. Errors are "
						+ "RFC 9457 problem+json (schema Problem) on every path; a method a path does not offer is a "
						+ "405 problem. A read refuses a query parameter it does not take (400 naming it, with the "
						+ "accepted ones in acceptedParameters), except _, a cache buster it ignores. Reads answer "
						+ "with an ETag and Cache-Control, and 304 to an If-None-Match naming the current ETag; every "
						+ "answer carries X-Request-Id. Codes are upper case (UPPER_SNAKE_CASE: instruments, card "
						+ "networks, offer kinds, offer statuses); parameters taking a code accept any case.")
				// no license file in the project: all rights reserved
				.license(new License().name("Proprietary")))
			// relative: the origin the description was read from, so Swagger UI's "Try it
			// out" calls the host and port it was opened on, whatever they are
			.servers(List.of(new Server().url("/")
				.description("This service: the origin this description is served from (a generated client "
						+ "takes the service's URL as its base)")))
			.tags(List.of(
					new Tag().name("discounts")
						.description("What a shopper saves: answered from memory, for any amount, bank and instrument"),
					new Tag().name("offers")
						.description("Learning the offers of a payment-page response, and reading what was learned")))
			.components(new Components().addSecuritySchemes(API_KEY,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-API-Key")
						.description("Needed by writes when the service has a key (setting offers.api-key; always "
								+ "with the postgres profile): exactly the key, sent once.")));
	}

	/** Answers are records: every component required, @Nullable ones typed with null. */
	@Bean
	ModelConverter recordSchemas() {
		return new RecordSchemas();
	}

	/**
	 * Every query parameter an operation's handler accepts ({@link AcceptedParameters},
	 * derived from what the controller method reads), in that order and with that
	 * required-ness: a controller declares a parameter's documentation only to add an
	 * example or its own bounds. A parameter documented but not read is left for
	 * ApiDescriptionTests to catch.
	 */
	@Bean
	OperationCustomizer acceptedQueryParameters(AcceptedParameters accepted) {
		return (operation, handler) -> {
			List<QueryParameter> read = accepted.of(handler);
			List<Parameter> given = operation.getParameters() == null ? List.of() : operation.getParameters();
			Map<String, Parameter> documented = new LinkedHashMap<>();
			List<Parameter> parameters = new ArrayList<>();
			for (Parameter parameter : given) {
				if ("query".equals(parameter.getIn())) {
					documented.put(parameter.getName(), parameter);
				}
				else {
					parameters.add(parameter);
				}
			}
			for (QueryParameter query : read) {
				Parameter parameter = documented.remove(query.name());
				if (parameter == null) {
					parameter = new Parameter().name(query.name()).in("query");
				}
				parameters.add(parameter.required(query.required()));
			}
			parameters.addAll(documented.values());
			operation.setParameters(parameters.isEmpty() ? null : parameters);
			return operation;
		};
	}

	/**
	 * Query parameters shared by several operations, by name: one description each, typed
	 * as what they are. The service reads them as strings and validates them itself
	 * ({@link QueryParams}), with the same bounds.
	 */
	@Bean
	OpenApiCustomizer queryParameters() {
		Map<String, Consumer<Parameter>> shared = sharedParameters();
		return api -> operations(api, operation -> {
			for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
					: operation.getParameters()) {
				Consumer<Parameter> describe = shared.get(parameter.getName());
				if (describe != null && "query".equals(parameter.getIn())) {
					describe.accept(parameter);
				}
				// springdoc leaves it unsaid for a parameter declared by annotation
				// rather than read by @RequestParam
				if ("query".equals(parameter.getIn()) && parameter.getRequired() == null) {
					parameter.setRequired(false);
				}
			}
		});
	}

	private static Map<String, Consumer<Parameter>> sharedParameters() {
		return Map.of("amountToPay", p -> p.description(AMOUNT).schema(amount()), "bankName",
				p -> p
					.description("A bank code or a name as people write it: HDFC, hdfc bank, State Bank of India, "
							+ "Kotak Mahindra Bank, BOBCARD, Flipkart Axis Bank; 1 to 64 letters, digits, spaces or "
							+ "&.-_(). A bank the service does not know answers 0: new banks appear all the time.")
					.schema(typed("string").minLength(1).maxLength(64).pattern("^[A-Za-z0-9 &.()_-]+$")),
				"paymentInstrument",
				p -> p.description(INSTRUMENT)
					.schema(typed("string")._enum(new ArrayList<Object>(Instruments.knownCodes()))),
				"emiMonths",
				p -> p.description("EMI tenure in months; the best tenure counts when absent.")
					.schema(typed("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(60))),
				"cardNetwork",
				p -> p
					.description("The card's network; any network when absent. Accepted in any case, and as "
							+ "\"American Express\", \"Diners Club\" or MASTER; anything else is a 400 listing the "
							+ "codes.")
					.schema(typed("string")._enum(new ArrayList<Object>(CardNetworks.knownCodes()))),
				"includeProductOffers",
				p -> p
					.description("true to count offers limited to select products (\"on select Samsung "
							+ "appliances\"), which say nothing about a cart the query does not describe.")
					.schema(typed("boolean")._default(false)),
				"unconditionalOnly",
				p -> p
					.description("true to count only offers whose every condition the query settles: no \"once per "
							+ "user\", no cap per statement quarter or per card, no select cards or products. Each "
							+ "offer's conditions are listed in /best-offers, /payment-options and /offers.")
					.schema(typed("boolean")._default(false)),
				"active",
				p -> p
					.description("true: only offers applied now (status ACTIVE); false: only the others; all when "
							+ "absent.")
					.schema(typed("boolean")),
				"status",
				p -> p
					.description("Only offers with this status: ACTIVE (applied now), UPCOMING (not valid yet), "
							+ "EXPIRED (validity ended), RETIRED (not seen in a payload for offers.retire-after), "
							+ "WITHDRAWN (DELETE /offers/{id}), in any case; all when absent. Anything else is a 400 "
							+ "listing them.")
					.schema(typed("string")._enum(new ArrayList<Object>(OfferStatus.codes()))),
				"after",
				p -> p
					.description("Where the page starts: the nextCursor of the previous page, passed as it was, with "
							+ "the same other parameters (limit may change). Absent: the first page. Opaque; a cursor "
							+ "that is malformed or of another question (another amount, bank or filter) is a 400. "
							+ "Pages continue after the previous page's last row in the ranking even when offers "
							+ "changed in between: no row is answered twice unless its discount changed.")
					.schema(typed("string").minLength(1).maxLength(PageCursor.MAX_LENGTH).pattern("^[A-Za-z0-9_-]+$")));
	}

	/**
	 * Errors: every operation can answer 400 (a query string or Accept header that cannot
	 * be read), 406, 431 and 500, and each declares its own; all are problem+json with
	 * the one Problem schema. Reads need no key.
	 */
	@Bean
	OpenApiCustomizer errorResponses() {
		return api -> {
			// springdoc replaces the schemas given with the bean: added here, after it
			// built them
			api.getComponents().addSchemas("Problem", problem());
			headers().forEach(api.getComponents()::addHeaders);
			api.getPaths().forEach((path, item) -> {
				item.readOperationsMap().forEach((method, operation) -> {
					errorResponses(operation);
					if (method == PathItem.HttpMethod.GET && ReadEndpoints.TEMPLATES.contains(path)) {
						readResponses(operation);
					}
					answerHeaders(operation);
				});
			});
		};
	}

	/** The answer headers, described once and referred to by every response. */
	static Map<String, Header> headers() {
		Map<String, Header> headers = new LinkedHashMap<>();
		headers.put(REQUEST_ID, new Header()
			.description("This request's id: the caller's own X-Request-Id when it sent a sane one (1 to 64 letters, "
					+ "digits, dots, underscores or hyphens), else a new one. In every log line of the request: quote "
					+ "it when reporting a problem. On every answer the service gives; not on the few the server "
					+ "gives before the request reaches the service (431, a request line it cannot read).")
			.schema(typed("string").pattern("^[A-Za-z0-9._-]{1,64}$")));
		headers.put(ETAG, new Header().required(true)
			.description("A weak entity tag of the answer: the store's version, the offers' validity and the query. "
					+ "Send it back in If-None-Match for a 304 while the answer is unchanged.")
			.schema(typed("string")));
		headers.put(CACHE_CONTROL, new Header().required(true)
			.description("How long a client or a CDN may reuse the answer (setting offers.cache-control; by default "
					+ "max-age=30, stale-while-revalidate=60).")
			.schema(typed("string")));
		headers.put(RETRY_AFTER, new Header().description("Seconds to wait before trying again.")
			.schema(typed("integer").minimum(BigDecimal.ZERO)));
		return headers;
	}

	static final String REQUEST_ID = "X-Request-Id", ETAG = "ETag", CACHE_CONTROL = "Cache-Control",
			RETRY_AFTER = "Retry-After";

	private static Header header(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	/**
	 * What every read answers besides its own: its 200 can be revalidated (ETag,
	 * Cache-Control, and 304 to If-None-Match), and a browser page on an origin the
	 * service does not allow is refused (403 origin-not-allowed; CORS is offered on the
	 * reads only), and until the stored offers are loaded at start-up, a read is 503
	 * not-ready.
	 */
	private static void readResponses(Operation operation) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		ok.addHeaderObject(ETAG, header(ETAG)).addHeaderObject(CACHE_CONTROL, header(CACHE_CONTROL));
		responses.put("304", new ApiResponse()
			.description("Not modified: the If-None-Match sent names the current ETag; the answer held is still the "
					+ "answer. No body.")
			.addHeaderObject(ETAG, header(ETAG))
			.addHeaderObject(CACHE_CONTROL, header(CACHE_CONTROL)));
		ApiResponse refused = new ApiResponse()
			.description("The request's Origin is not one this service lets browser pages read from (setting "
					+ "offers.cors.allowed-origins): the preflight and the request itself are refused");
		problemContent(refused.content(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().example(Map.of("type", ProblemType.ORIGIN_NOT_ALLOWED.type().toString(), "title",
						ProblemType.ORIGIN_NOT_ALLOWED.title(), "status", 403, "detail",
						"This origin may not call the API from a browser, or not with this method or these headers "
								+ "(setting offers.cors.allowed-origins).",
						"instance", "/highest-discount")))));
		responses.put("403", refused);
		// every read takes the ETag of the offers held: none until they are loaded
		ApiResponse unavailable = responses.get("503");
		String notReady = "the service is starting and has not loaded the stored offers yet (not-ready); retry "
				+ "after Retry-After seconds";
		if (unavailable == null) {
			ApiResponse starting = new ApiResponse()
				.description(Character.toUpperCase(notReady.charAt(0)) + notReady.substring(1));
			problemContent(starting.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().example(Map.of(
					"type", ProblemType.NOT_READY.type().toString(), "title", ProblemType.NOT_READY.title(), "status",
					503, "detail",
					"The service is starting: the stored offers are still loading. Nothing was stored; retry shortly.",
					"instance", "/highest-discount")))));
			responses.put("503", starting);
		}
		else {
			unavailable.description(unavailable.getDescription() + "; or " + notReady);
		}
	}

	/**
	 * X-Request-Id on every answer; Retry-After on every 429 and 503, said once in the
	 * components.
	 */
	private static void answerHeaders(Operation operation) {
		operation.getResponses().forEach((code, response) -> {
			if (response.getHeaders() != null) {
				response.getHeaders().remove(RETRY_AFTER);
			}
			if (code.equals("429") || code.equals("503")) {
				response.addHeaderObject(RETRY_AFTER, header(RETRY_AFTER));
			}
			if (!code.equals("431")) {
				response.addHeaderObject(REQUEST_ID, header(REQUEST_ID));
			}
		});
	}

	/** RFC 9457 problem details, as every error of the service is written. */
	private static Schema<Object> problem() {
		return typed("object").description("An error, in RFC 9457 problem details")
			.addProperty("type", typed("string").format("uri")
				._enum(problemTypes())
				.description("What kind of problem, to branch on: one of the service's problem types "
						+ "(urn:flipkart-offers:problem:<kind>). about:blank is RFC 9457's type for a problem with "
						+ "none; the service always sends its own, a client may use it for an error something in "
						+ "between answered."))
			.addProperty("title", typed("string").description("A short summary, the same for every problem of a kind"))
			.addProperty("status",
					typed("integer").minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599))
						.description("The HTTP status code"))
			.addProperty("detail", typed("string").description("What went wrong with this request, for a person"))
			.addProperty("instance", typed("string").description("The path of the request"))
			.addProperty("parameters",
					typed("array").items(typed("string"))
						.description("The query parameters at fault, when a parameter problem"))
			.addProperty("acceptedValues",
					typed("array").items(typed("string"))
						.description("The values a parameter accepts, when one outside them was given"))
			.addProperty("acceptedParameters",
					typed("array").items(typed("string"))
						.description("The query parameters the endpoint reads, when it was given one it does not "
								+ "(named in parameters)"))
			.required(List.of("type", "title", "status", "detail", "instance"));
	}

	/** Every type the service answers (ProblemType), and RFC 9457's default. */
	private static List<Object> problemTypes() {
		List<Object> types = new ArrayList<>();
		for (ProblemType kind : ProblemType.values()) {
			types.add(kind.type().toString());
		}
		types.add("about:blank");
		return types;
	}

	private static void errorResponses(Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.putIfAbsent("400", new ApiResponse().description("A parameter is missing, repeated or malformed, or "
				+ "the query string or the Accept header cannot be read"));
		responses.putIfAbsent("406", new ApiResponse()
			.description("The Accept header allows no application/json; the problem is sent anyway"));
		responses.putIfAbsent("431", new ApiResponse().description("The request's headers are larger than 8 KB"));
		responses.putIfAbsent("500",
				new ApiResponse().description("Something went wrong on the service's side; nothing was stored"));
		responses.forEach((code, response) -> {
			if (code.length() == 3 && code.charAt(0) >= '4') {
				problemContent(response);
			}
		});
		// reads are public: an empty requirement says so, where none at all would leave
		// it unsaid
		if (operation.getSecurity() == null) {
			operation.setSecurity(List.of());
		}
	}

	/**
	 * The Problem schema as the only content of an error, keeping an example the
	 * operation gave.
	 */
	private static void problemContent(ApiResponse response) {
		MediaType problem = new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF));
		if (response.getContent() != null) {
			for (MediaType given : response.getContent().values()) {
				if (given.getExample() != null) {
					problem.setExample(given.getExample());
				}
				if (given.getExamples() != null) {
					problem.setExamples(given.getExamples());
				}
			}
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
	}

	private static void operations(OpenAPI api, Consumer<Operation> each) {
		if (api.getPaths() != null) {
			for (PathItem path : api.getPaths().values()) {
				path.readOperations().forEach(each);
			}
		}
	}

	private static Schema<Object> typed(String... types) {
		Schema<Object> schema = new JsonSchema();
		schema.setTypes(new LinkedHashSet<>(List.of(types)));
		return schema;
	}

}
