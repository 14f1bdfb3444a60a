package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanksInTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Flat ₹500 on HDFC Bank Credit Card                        | [HDFC]
			10% off on State Bank of India cards                      | [SBI]
			5% cashback on Flipkart Axis Bank Credit Card             | [FLIPKARTAXISBANK]
			₹750 off on Kotak Mahindra Bank and ICICI Bank cards      | [KOTAK, ICICI]
			Extra ₹100 on YES Bank cards                              | [YESBANK]
			Yes, valid on one card per user                            | []
			Pay with a credit card                                     | []
			""")
	void findsTheBanksATextNamesByTheAliasTable(String text, String banks) {
		assertThat(Banks.inText(text).toString()).isEqualTo(banks);
	}

}
