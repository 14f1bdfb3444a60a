package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.offers.offer.Condition;
import app.offers.offer.Condition.Kind;
import app.offers.offer.Offer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of condition the real captures state, read from their texts, titles and
 * structured limits.
 */
class ConditionsOnRealSamplesTests {

	static final Path SAMPLES = Path.of("src", "test", "resources", "samples");

	/**
	 * Every offer of every real capture: one id captured in several files is here once
	 * per file.
	 */
	static final List<Offer> OFFERS = new ArrayList<>();

	@BeforeAll
	static void parseEveryRealCapture() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("real-")).sorted().toList()) {
				for (Offer offer : new FlipkartOfferParser().parse(json.readTree(Files.readString(file)))) {
					OFFERS.add(offer);
				}
			}
		}
		assertThat(OFFERS).hasSizeGreaterThan(50);
	}

	static List<Offer> with(Kind kind) {
		return OFFERS.stream().filter(o -> o.conditions().stream().anyMatch(c -> c.kind() == kind)).toList();
	}

	@Test
	void theFlipkartCardsCashbackIsCappedPerStatementQuarter() {
		assertThat(with(Kind.PERIOD_CAP)).isNotEmpty().allSatisfy(o -> {
			assertThat(o.summary()).containsIgnoringCase("upto ₹4,000 per").endsWithIgnoringCase("quarter");
			assertThat(o.conditions()).containsAnyOf(Condition.periodCap(400_000, "statement quarter"),
					Condition.periodCap(400_000, "calendar quarter"));
		});
	}

	@Test
	void upiCashbackIsOncePerAccountOrUser() {
		assertThat(with(Kind.ONCE_PER)).extracting(o -> Condition.describe(o.conditions()))
			.contains(List.of("Once per Paytm account"), List.of("Once per user"));
		assertThat(with(Kind.ONCE_PER)).allSatisfy(o -> assertThat(o.summary()).containsIgnoringCase("once per"));
	}

	@Test
	void perCardCapsComeFromTheOfferBoxesRows() {
		// "Max Discount per card ₹500" beside "Extra ₹500 off on SBI Credit Card
		// Transaction"
		assertThat(with(Kind.CAP_PER_CARD)).anySatisfy(o -> {
			assertThat(o.key()).isEqualTo("FPO251202180150LAFBG");
			assertThat(o.conditions()).containsExactly(Condition.capPerCard(50_000));
		});
	}

	@Test
	void transactionLimitsComeFromAggregationLimits() {
		assertThat(with(Kind.MAX_TRANSACTIONS)).extracting(o -> Condition.describe(o.conditions()))
			.anySatisfy(words -> assertThat(words).contains("Only one transaction"))
			.anySatisfy(words -> assertThat(words).contains("Up to 10 transactions"));
	}

	@Test
	void selectProductsAndSelectCardsAreRead() {
		assertThat(with(Kind.SELECT_PRODUCTS)).extracting(o -> Condition.describe(o.conditions()))
			.contains(List.of("Only on select Samsung appliances"));
		assertThat(with(Kind.SELECT_CARDS)).isNotEmpty()
			.allSatisfy(o -> assertThat(Condition.describe(o.conditions())).contains("Only on select cards"));
	}

	@Test
	void mostOffersStateNoConditionAtAll() {
		long unconditional = OFFERS.stream().filter(Offer::unconditional).count();
		assertThat(unconditional).isGreaterThan(OFFERS.size() / 2);
	}

}
