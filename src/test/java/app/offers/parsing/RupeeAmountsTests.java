package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupeeAmountsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			₹1,00,000     | 10000000
			₹10,00,000    | 100000000
			Rs. 24,990    | 2499000
			Rs.14999      | 1499900
			INR 500       | 50000
			₹1,499.50     | 149950
			₹1,499.5      | 149950
			24990         | 2499000
			₹1,000,000    | 100000000
			""")
	void readsIndianAndWesternGroupingAndDecimals(String text, long paise) {
		assertThat(RupeeAmounts.parse(text)).isEqualTo(paise);
	}

}
