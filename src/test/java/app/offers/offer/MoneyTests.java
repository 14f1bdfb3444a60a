package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

	@ParameterizedTest
	@CsvSource({ "0, ₹0", "5, ₹0.05", "50, ₹0.50", "100, ₹1", "99900, ₹999", "100000, '₹1,000'", "1000000, '₹10,000'",
			"10000000, '₹1,00,000'", "149950, '₹1,499.50'", "1000000000, '₹1,00,00,000'",
			"12345678901, '₹12,34,56,789.01'" })
	void writesAmountsWithIndianGrouping(long paise, String words) {
		assertThat(Money.words(paise)).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			175000 | 1750
			92550  | 925.5
			92555  | 925.55
			0      | 0
			""")
	void writesRupeesWithoutTrailingZeros(long paise, String rupees) {
		assertThat(Money.rupees(paise).toPlainString()).isEqualTo(rupees);
	}

}
