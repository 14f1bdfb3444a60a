package app.offers.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * If-None-Match read as RFC 9110 says, and the query hash blind to the order of
 * parameters only.
 */
class RevalidationTests {

	static final String ETAG = "W/\"12.0-abc\"";

	static boolean matches(String... headers) {
		return Revalidation.matches(Collections.enumeration(List.of(headers)), ETAG);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			W/"12.0-abc"                     | true
			"12.0-abc"                       | true
			*                                | true
			"x", W/"12.0-abc"                | true
			W/"x",,  "12.0-abc" ,"y"         | true
			"12.0-ab"                        | false
			"12.0-abcd"                      | false
			W/"x", "y"                       | false
			12.0-abc                         | false
			W/12.0-abc                       | false
			"12.0-abc                        | false
			"a,b", garbage, W/"12.0-abc"     | true
			""")
	void weakComparisonOverAList(String header, boolean expected) {
		assertThat(matches(header)).isEqualTo(expected);
	}

	@Test
	void severalHeaderLinesMakeOneList() {
		assertThat(matches("\"x\"", "W/\"12.0-abc\"")).isTrue();
		assertThat(matches("\"x\"", "\"y\"")).isFalse();
	}

	@Test
	void theQueryHashIgnoresTheOrderOfParametersButNotTheirValuesOrThePath() {
		long hash = QueryHash.of("/highest-discount", "amountToPay=100&bankName=HDFC");
		assertThat(QueryHash.of("/highest-discount", "bankName=HDFC&amountToPay=100")).isEqualTo(hash);
		assertThat(QueryHash.of("/highest-discount", "amountToPay=100&bankName=HDFC&")).isEqualTo(hash);
		assertThat(QueryHash.of("/highest-discount", "amountToPay=1000&bankName=HDFC")).isNotEqualTo(hash);
		assertThat(QueryHash.of("/highest-discount", "amountToPay=100&bankName=AXIS")).isNotEqualTo(hash);
		assertThat(QueryHash.of("/best-offers", "amountToPay=100&bankName=HDFC")).isNotEqualTo(hash);
		assertThat(QueryHash.of("/highest-discount", "amountToPay=100bankName=HDFC")).isNotEqualTo(hash);
		assertThat(QueryHash.of("/highest-discount", null)).isNotEqualTo(QueryHash.of("/best-offers", null));
	}

}
