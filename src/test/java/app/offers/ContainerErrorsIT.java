package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.offers.testing.RawHttp.Answer;
import app.offers.testing.RawHttp;
import app.offers.web.problems.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat and the framework answer before or around the controllers come back as
 * problem+json with an honest status, over a real connection: never an HTML page, an
 * empty body or the server's version.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContainerErrorsIT {

	@LocalServerPort
	int port;

	static final String QUERY = "/highest-discount?amountToPay=1000&bankName=HDFC";

	@Test
	void theErrorPageCalledDirectlyIsNotFound() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get("/error"));
		assertProblem(answer, 404);
		assertThat(answer.body()).doesNotContain("999");
	}

	@Test
	void headersAboveTheLimitAreTooLarge() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY, "X-Padding: " + "a".repeat(20_000)));
		assertProblem(answer, 431);
		assertThat(problem(answer).get("detail").asString()).contains("8KB");
	}

	@Test
	void tenThousandQueryParametersAreABadRequest() throws Exception {
		String many = IntStream.range(0, 10_000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
		Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY + "&" + many));
		assertProblem(answer, 400);
		assertThat(problem(answer).get("detail").asString()).contains("request line");
	}

	@Test
	void anAcceptHeaderThatIsNotAMediaTypeIsABadRequest() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY, "Accept: foo"));
		assertProblem(answer, 400);
		assertThat(problem(answer).get("detail").asString()).contains("Accept");
	}

	@Test
	void anAcceptHeaderWeCannotServeIsExplainedAnyway() throws Exception {
		assertProblem(RawHttp.exchange(port, RawHttp.get(QUERY, "Accept: text/html")), 406);
	}

	@Test
	void aTargetTomcatCannotParseIsABadRequest() throws Exception {
		assertProblem(RawHttp.exchange(port, RawHttp.get("/highest-discount{x}")), 400);
		assertProblem(RawHttp.exchange(port, RawHttp.get("/highest-discount%ff")), 400);
	}

	@Test
	void traceIsAMethodNotAllowedProblem() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY).replaceFirst("GET", "TRACE"));
		assertProblem(answer, 405);
		assertThat(problem(answer).get("type").asString()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED.type().toString());
	}

	@Test
	void aRejectedOriginIsAProblemToo() throws Exception {
		Answer answer = RawHttp.exchange(port, "OPTIONS /highest-discount HTTP/1.1\r\nHost: localhost\r\n"
				+ "Origin: https://elsewhere.example\r\nAccess-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
		assertProblem(answer, 403);
		assertThat(problem(answer).get("type").asString()).isEqualTo(ProblemType.ORIGIN_NOT_ALLOWED.type().toString());
	}

	@Test
	void anotherHttpVersionIsTheClientsMistakeNotAServerFault() throws Exception {
		for (String version : new String[] { "HTTP/2.5", "HTTP/3.0" }) {
			Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY).replaceFirst("HTTP/1.1", version));
			assertProblem(answer, 505);
			assertThat(problem(answer).get("type").asString())
				.isEqualTo(ProblemType.HTTP_VERSION_NOT_SUPPORTED.type().toString());
			assertThat(problem(answer).get("detail").asString()).contains("HTTP/1.1").doesNotContain("our side");
		}
	}

	@Test
	void theOrdinaryQueryStillWorks() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get(QUERY));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
	}

	static void assertProblem(Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("at org.");
		JsonNode problem = problem(answer);
		ProblemType kind = ProblemType.forStatus(status);
		assertThat(problem.get("type").asString()).startsWith(ProblemType.PREFIX);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(java.util.Arrays.stream(ProblemType.values())
			.filter(t -> t.type().toString().equals(problem.get("type").asString()))
			.findFirst()
			.orElse(kind)
			.title());
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.has("instance")).isTrue();
	}

	static JsonNode problem(Answer answer) {
		return JsonMapper.builder().build().readTree(answer.body());
	}

}
