package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.offers.offer.Instruments;

class OfferTextReaderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					10% off up to ₹1,500 on HDFC Bank Credit Card EMI, min txn ₹5,000                          | 1000 | -      | 150000 | 500000
					7.5% Instant Discount up to Rs. 2,000 on Axis Bank Credit Cards                            | 750  | -      | 200000 | -
					5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter             | 500  | -      | 400000 | -
					Flat ₹750 on HDFC Bank Credit Card EMI on 6 months tenure. Min Txn Value: ₹15000           | -    | 75000  | -      | 1500000
					Extra ₹500 off on BOBCARD EMI Transactions on 9 months and above tenures. Min Product Value ₹25000 | - | 50000 | - | 2500000
					Get additional ₹1000 off on Credit/Debit Card, UPI and EMI Transactions                    | -    | 100000 | -      | -
					₹10 Cashback on Paytm UPI                                                                   | -    | 1000   | -      | -
					Flat ₹500 on HDFC Bank Credit Card EMI on 6 months tenure. Min. Txn Value: ₹10000          | -    | 50000  | -      | 1000000
					10% off up to ₹1,500 on BOBCARD EMI Transactions of 6 months and above tenures, Min TxnValue: ₹7,500 | 1000 | - | 150000 | 750000
					Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account   | -    | 1000   | -      | 50000
					Flat ₹100 off on Flipkart Bajaj Finserv Insta EMI Card. Min Booking Amount: ₹7,500          | -    | 10000  | -      | 750000
					Extra ₹500 off on SBI Credit Card EMI Transaction on orders of ₹24,990 and above           | -    | 50000  | -      | 2499000
					5% off up to ₹1000 on Flipkart SBI Credit Card Transactions of ₹4,990 and above            | 500  | -      | 100000 | 499000
					Up To ₹50 Cashback on BHIM Payments App. Min Order Value ₹199. Offer Valid Once Per User   | -    | 5000   | -      | 19900
					10% off on ICICI Credit Card EMI Transactions, up to ₹1250 on orders of ₹9,990 and above   | 1000 | -      | 125000 | 999000
					Flat ₹2,000 off on min. order ₹10,000                                                       | -    | 200000 | -      | 1000000
					Instant ₹1,00,000 off on Rs 10,00,000 and above. Min Txn Value: INR 10,00,000              | -    | 10000000 | -    | 100000000
					Flat ₹1,499.50 off, Min Order Value ₹12,999.99                                             | -    | 149950 | -      | 1299999
					₹4000 Off On Kotak Bank Credit Card Transactions.                                          | -    | 400000 | -      | -
					""")
	void readsPercentFlatCapAndMinimumAsWritten(String text, Integer percentBps, Long flatPaise, Long capPaise,
			Long minPaise) {
		TextTerms terms = OfferTextReader.read(text);
		assertThat(terms.percentBps()).isEqualTo(percentBps);
		assertThat(terms.flatPaise()).isEqualTo(flatPaise);
		assertThat(terms.capPaise()).isEqualTo(capPaise);
		assertThat(terms.minTxnPaise()).isEqualTo(minPaise);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					10% off up to ₹1,500 on HDFC Bank Credit Card EMI                          | EMI_OPTIONS
					Extra ₹500 off on Axis Bank Credit Cards (incl. migrated ones)             | CREDIT_CARD
					5% cashback on Axis Bank Flipkart Debit Card up to ₹750                    | DEBIT
					5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature DebitCards | DEBIT
					Flat ₹1000 on HDFC Bank Debit Card EMI on 9 months and above tenure        | DEBIT_EMI
					Get additional ₹1000 off on Credit/Debit Card, UPI and EMI Transactions    | CREDIT_CARD DEBIT EMI_OPTIONS UPI
					Extra ₹500 on IDFC First Bank Credit Card and Credit EMI Transactions       | CREDIT_CARD EMI_OPTIONS
					₹4000 Off On ICICI Bank Credit Non EMI, Credit and Debit Card EMI Transactions | CREDIT_CARD DEBIT_EMI EMI_OPTIONS
					Extra ₹250 Off on Debit, Credit Cards and UPI transactions.                | CREDIT_CARD DEBIT UPI
					Flat ₹10 Cashback on Paytm UPI Trxns                                       | UPI
					No Cost EMI on Credit and Debit Card Transaction                           | DEBIT_EMI EMI_OPTIONS
					No Cost EMI on Debit Cards                                                 | DEBIT_EMI
					No Cost EMI Upto 6 Months                                                  | EMI_OPTIONS
					10% off on SBI Net Banking                                                  | NET_OPTIONS
					""")
	void readsInstrumentsFromText(String text, String expected) {
		assertThat(OfferTextReader.read(text).instruments()).containsExactlyInAnyOrder(expected.split(" "));
	}

	@Test
	void anOfferForSelectedBankTransactionsIsOpenToEveryInstrument() {
		assertThat(OfferTextReader.read("Extra ₹10000 Off On selected  Bank TRNX").instruments()).isEmpty();
	}

	@Test
	void readsTenureLimits() {
		TextTerms above = OfferTextReader.read("Flat ₹1500 on HDFC Bank Credit Card EMI on 9 months and above tenure");
		assertThat(above.minMonths()).isEqualTo(9);
		assertThat(above.maxMonths()).isNull();
		TextTerms only = OfferTextReader.read("Flat ₹1750 on HDFC Bank Credit Card EMI on 6 months Tenure");
		assertThat(only.minMonths()).isEqualTo(6);
		assertThat(only.maxMonths()).isEqualTo(6);
	}

	@Test
	void recognisesNoCostEmiAndCashback() {
		TextTerms noCost = OfferTextReader.read("No Cost EMI on Bajaj Finserv EMI Card on cart value above ₹2999");
		assertThat(noCost.noCostEmi()).isTrue();
		assertThat(noCost.minTxnPaise()).isEqualTo(299900L);
		assertThat(noCost.instruments()).containsExactly(Instruments.EMI);
		assertThat(OfferTextReader.read("5% cashback on Flipkart SBI Credit Card").cashback()).isTrue();
		assertThat(OfferTextReader.read("10% Instant Discount on Axis Bank").cashback()).isFalse();
	}

	@Test
	void readsValidityAsTheEndOfThatDayInIndia() {
		assertThat(OfferTextReader.read("Flat ₹500 off on HDFC Credit Card, valid till 31st Dec 2025").validUntil())
			.isEqualTo(Instant.parse("2025-12-31T18:30:00Z"));
	}

	@Test
	void textWithoutAnAmountReadsAsNothing() {
		TextTerms terms = OfferTextReader.read("Bank offer on select cards");
		assertThat(terms.percentBps()).isNull();
		assertThat(terms.flatPaise()).isNull();
	}

	/**
	 * What normalising meant before texts without spacing to collapse were let through as
	 * they are.
	 */
	private static final Pattern SPACING = Pattern.compile("[\\p{Cntrl}\\p{Zs}\\p{Cf}\\s]+");

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"10% off up to ₹1,500"
			" leading"
			"trailing "
			"two  spaces"
			"tab\there"
			"no\u00a0break"
			"zero\u200bwidth"
			"thin\u2009space"
			"del\u007fete"
			"c1\u0085control"
			"tag\udb40\udc01char"
			"emoji \ud83d\ude00 ok"
			"हिंदी ऑफर ₹500"
			""
			" "
			""")
	void normalisingCollapsesExactlyWhatTheSpacingExpressionDoes(String text) {
		String unescaped = text == null ? "" : text.translateEscapes();
		assertThat(OfferTextReader.normalize(unescaped)).isEqualTo(SPACING.matcher(unescaped).replaceAll(" ").trim());
	}

	@Test
	void normalisingRandomTextAgreesWithTheSpacingExpression() {
		Random random = new Random(42);
		char[] alphabet = " \t\n\u00a0\u200b\u2009\u007f\u0085\ud83d\ude00aZ9₹%.,-ऑ".toCharArray();
		for (int n = 0; n < 20_000; n++) {
			char[] chars = new char[random.nextInt(12)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String text = new String(chars);
			assertThat(OfferTextReader.normalize(text)).as("%s", text.codePoints().boxed().toList())
				.isEqualTo(SPACING.matcher(text).replaceAll(" ").trim());
		}
	}

}
