package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardNetworksTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(textBlock = """
			American Express,          AMEX
			american express,          AMEX
			Amex,                      AMEX
			AMEX,                      AMEX
			AMERICAN_EXPRESS,          AMEX
			Master Card,               MASTERCARD
			MasterCard,                MASTERCARD
			mastercard,                MASTERCARD
			MASTER,                    MASTERCARD
			RuPay,                     RUPAY
			Rupay,                     RUPAY
			VISA,                      VISA
			Visa,                      VISA
			Diners Club,               DINERS
			Diners,                    DINERS
			Diners Club International, DINERS
			""")
	void theWaysPayloadsTextsAndPeopleWriteANetworkMeet(String name, String code) {
		assertThat(CardNetworks.canonical(name)).isEqualTo(code);
		assertThat(CardNetworks.known(CardNetworks.canonical(name))).isTrue();
	}

	@Test
	void aNetworkQueriesCannotNameStaysItselfSoItNeverMatchesAnother() {
		assertThat(CardNetworks.canonical("Discover")).isEqualTo("DISCOVER");
		assertThat(CardNetworks.canonical("Maestro")).isEqualTo("MAESTRO");
		assertThat(CardNetworks.known("DISCOVER")).isFalse();
		assertThat(CardNetworks.canonical(" - ")).isEmpty();
	}

	@Test
	void queriesMayNameTheFiveListedNetworks() {
		assertThat(CardNetworks.knownCodes()).containsExactly("VISA", "MASTERCARD", "RUPAY", "AMEX", "DINERS");
	}

}
