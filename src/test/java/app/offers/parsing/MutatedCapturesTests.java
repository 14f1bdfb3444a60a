package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import app.offers.discount.DiscountCriteria;
import app.offers.discount.OfferIndex;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import app.offers.testing.MutatedCaptures;
import app.offers.testing.Samples;
import tools.jackson.databind.JsonNode;

/**
 * A property of the whole reading: every real capture, corrupted (structured values
 * replaced by corrupt ones, corrupt tokens in texts, offers shown again in shuffled
 * order), never answers more than the capture itself, for any bank, instrument, tenure,
 * network and amount; shuffled but not corrupted, it answers the same.
 */
class MutatedCapturesTests {

	private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

	private static final long[] AMOUNTS = { 1, 99_99, 500_00, 1_000_00, 1_000_01, 2_999_00, 5_000_00, 10_000_00,
			15_000_00, 29_999_00, 50_000_00, 80_000_00, 2_00_000_00, 1_00_00_000_00L };

	private static final Integer[] TENURES = { null, 3, 9, 24 };

	private static final String[] NETWORKS = { null, "VISA", "RUPAY" };

	private static final FlipkartOfferParser PARSER = new FlipkartOfferParser();

	/**
	 * Queries over every bank the capture names (and one it does not), every instrument
	 * and some amounts.
	 */
	private static List<Object[]> queries(List<Offer> offers) {
		Set<String> banks = new TreeSet<>();
		offers.forEach(o -> banks.addAll(o.banks()));
		banks.add("NOSUCHBANK");
		List<String> instruments = new ArrayList<>();
		instruments.add(null);
		instruments.addAll(Instruments.knownCodes());
		List<Object[]> queries = new ArrayList<>();
		Random r = new Random(3);
		for (String bank : banks) {
			for (String instrument : instruments) {
				Integer months = TENURES[r.nextInt(TENURES.length)];
				String network = NETWORKS[r.nextInt(NETWORKS.length)];
				queries.add(new Object[] { bank, instrument, months, network, r.nextBoolean() });
			}
		}
		return queries;
	}

	private static long answer(OfferIndex index, Object[] q, long amount) {
		return index.highestDiscountPaise(new DiscountCriteria((String) q[0], (@Nullable String) q[1], (Integer) q[2],
				(String) q[3], (boolean) q[4], false), amount, NOW);
	}

	@Test
	void aCorruptedCaptureNeverAnswersMoreThanTheCaptureItself() throws Exception {
		int mutations = 0;
		int compared = 0;
		for (Map.Entry<String, JsonNode> capture : Samples.all().entrySet()) {
			List<Offer> offers = PARSER.parse(capture.getValue());
			OfferIndex original = OfferIndex.of(1, offers);
			List<Object[]> queries = queries(offers);
			Random r = new Random(capture.getKey().hashCode());
			for (int m = 0; m < 40; m++) {
				JsonNode mutated = MutatedCaptures.mutate(capture.getValue(), r);
				OfferIndex corrupted = OfferIndex.of(1, PARSER.parse(mutated));
				mutations++;
				for (Object[] q : queries) {
					for (long amount : AMOUNTS) {
						long before = answer(original, q, amount);
						long after = answer(corrupted, q, amount);
						assertThat(after)
							.as("%s mutated (%s) for %s at %d paise:%n%s", capture.getKey(), m,
									java.util.Arrays.toString(q), amount, mutated)
							.isLessThanOrEqualTo(before);
						compared++;
					}
				}
			}
		}
		System.out.printf("%d corrupted captures, %d answers compared%n", mutations, compared);
	}

}
