package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shapes integrations and tests write by hand, simpler than Flipkart's: the offers a
 * person sees in them.
 */
class HandWrittenShapesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static List<Offer> parse(String json) {
		return new FlipkartOfferParser().parse(JSON.readTree(json));
	}

	@Test
	void anOffersArrayWithPlainStringDescriptionsBesideIdsNamesBanksInItsWords() {
		List<Offer> offers = parse(
				"""
						{"offers": [
						  {"offerId": "HW-1", "offerDescription": "10% off up to ₹1,500 on HDFC Bank Credit Card, min txn ₹5,000"},
						  {"offerId": "HW-2", "offerDescription": "Flat ₹500 off on ICICI Bank Debit Card"},
						  {"offerId": "HW-3", "offerDescription": "5% cashback on Flipkart Axis Bank Credit Card"}
						]}""");
		assertThat(offers).extracting(Offer::key).containsExactly("HW-1", "HW-2", "HW-3");
		assertThat(offers.get(0).banks()).containsExactly("HDFC");
		assertThat(offers.get(0).instruments()).containsExactly(Instruments.CREDIT_CARD);
		assertThat(offers.get(0).terms()).isEqualTo(new DiscountTerms(1000, null, 150_000L, 500_000L, null));
		assertThat(offers.get(1).banks()).containsExactly("ICICI");
		assertThat(offers.get(1).instruments()).containsExactly(Instruments.DEBIT);
		assertThat(offers.get(1).terms().flatPaise()).isEqualTo(50_000L);
		// the longest name wins: the co-branded card is a bank of its own
		assertThat(offers.get(2).banks()).containsExactly("FLIPKARTAXISBANK");
		assertThat(offers).allMatch(Offer::readable);
	}

	@Test
	void aLonePromotionStringNamingBankInstrumentAndAmountIsAnOffer() throws Exception {
		String sample = Files
			.readString(Path.of("src/test/resources/samples/invented-11-promotion-message-pricingdata.json"));
		List<Offer> offers = parse(sample);
		// "No Cost EMI on Credit Cards" beside it names no bank and no amount: not an
		// offer
		assertThat(offers).hasSize(1);
		Offer offer = offers.get(0);
		assertThat(offer.key()).startsWith("fp-");
		assertThat(offer.banks()).containsExactly("HDFC");
		assertThat(offer.instruments()).containsExactly(Instruments.CREDIT_CARD);
		assertThat(offer.terms().flatPaise()).isEqualTo(50_000L);
		assertThat(offer.summary()).isEqualTo("Flat ₹500 on HDFC Bank Credit Card");
		// posted again, the same key: a re-post creates nothing
		assertThat(parse(sample)).extracting(Offer::key).containsExactly(offer.key());
	}

	@Test
	void theSameIdTwiceInOnePayloadIsOneOffer() {
		List<Offer> offers = parse("""
				{"offers": [
				  {"offerId": "HW-9", "offerDescription": "5% off on Axis Bank Debit Card"},
				  {"offerId": "HW-9", "offerDescription": "5% off on Axis Bank Debit Card"},
				  {"offerId": "HW-10", "offerDescription": "₹200 off on SBI Credit Card EMI"}
				]}""");
		assertThat(offers).extracting(Offer::key).containsExactly("HW-9", "HW-10");
	}

	@Test
	void stringsThatAreNotOffersAreLeftAlone() {
		assertThat(
				parse("""
						{"banner": "Pay with HDFC Bank", "price": "₹24,990", "cta": "Credit Card", "hint": "No Cost EMI on Credit Cards",
						 "note": "Yes, one card per user", "nested": {"deep": [1, 2, {"x": "₹500"}]}}"""))
			.isEmpty();
		assertThat(parse("{\"foo\": {\"bar\": [1, 2, 3]}}")).isEmpty();
	}

	@Test
	void stringsAreReadOnlyWhenNoObjectReadsAsAnOffer() {
		// an identified offer is there: the promotion string beside it is page chrome,
		// not a second offer
		List<Offer> offers = parse("""
				{"promotionMessage": "Flat ₹500 on HDFC Bank Credit Card",
				 "offers": [{"offerId": "HW-20", "offerDescription": "10% off on ICICI Bank Credit Card"}]}""");
		assertThat(offers).extracting(Offer::key).containsExactly("HW-20");
	}

}
