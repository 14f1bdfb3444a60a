package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.offers.testing.RawHttp.Answer;
import app.offers.testing.RawHttp;

/**
 * Query strings Tomcat cannot decode are the client's mistake: 400 problem+json on every
 * path, never a 500. Sent over a real connection, as the bytes are (MockMvc does not
 * decode the way Tomcat does).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueryStringIT {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/highest-discount?amountToPay=100&bankName=HDFC&x=%ff", "/offers?x=%ff",
			"/actuator/health?x=%ff", "/best-offers?amountToPay=100&bankName=HDFC&x=%ff",
			"/highest-discount?amountToPay=100&bankName=HD%zzFC", "/highest-discount?amountToPay=100&bankName=%e2%82",
			"/nope?x=%ff" })
	void badPercentEncodingIsABadRequest(String target) throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get(target));
		ContainerErrorsIT.assertProblem(answer, 400);
		assertThat(ContainerErrorsIT.problem(answer).get("detail").asString())
			.contains("not valid percent-encoded UTF-8");
	}

	@Test
	void moreParametersThanTomcatTakesIsABadRequest() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get("/offers?" + "a=1&".repeat(1500)));
		ContainerErrorsIT.assertProblem(answer, 400);
		assertThat(ContainerErrorsIT.problem(answer).get("detail").asString()).contains("more than 1000 parameters");
	}

	@Test
	void aParameterWithoutANameIsABadRequest() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get("/highest-discount?amountToPay=100&bankName=HDFC&=x"));
		ContainerErrorsIT.assertProblem(answer, 400);
		assertThat(ContainerErrorsIT.problem(answer).get("detail").asString()).contains("name=value");
	}

	@Test
	void wellEncodedParametersAreDecoded() throws Exception {
		Answer answer = RawHttp.exchange(port, RawHttp.get("/highest-discount?amountToPay=1%30%30&bankName=%48DFC"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("highestDiscountAmount");
	}

}
