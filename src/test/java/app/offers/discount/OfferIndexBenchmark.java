package app.offers.discount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;

/**
 * ns per discount query against the in-memory index, at growing numbers of offers (run by
 * bench/run.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OfferIndexBenchmark {

	static final String[] BANKS = { "HDFC", "SBI", "ICICI", "AXIS", "KOTAK", "IDFC", "BOBARODA", "INDUSIND", "YESBANK",
			"RBL", "AMEX", "HSBC", "STANC", "FEDERALBANK", "AUSMALLFINANCE", "PNB", "CANARA", "UNIONBANK",
			"BANKOFINDIA", "UCO", "BAJAJFINSERV", "FLIPKARTAXISBANK", "FLIPKARTSBI", "FLIPKARTBAJAJFINSERV", "DBS",
			"ONECARD", "IDBI", "KARNATAKA", "SOUTHINDIAN", "CITYUNION" };

	static final String[] INSTRUMENTS = { null, "CREDIT", "EMI_OPTIONS", "UPI", "NET_OPTIONS" };

	@Param({ "1000", "10000", "100000" })
	public int offers;

	OfferIndex index;

	final Instant now = Instant.now();

	/** The queries, built beforehand as the controller builds one per request. */
	DiscountCriteria[] criteria;

	long[] amounts;

	int next;

	@Setup
	public void build() {
		Random r = new Random(42);
		List<Offer> list = new ArrayList<>();
		for (int i = 0; i < offers; i++) {
			long min = (1990 + r.nextInt(75000)) * 100L;
			DiscountTerms terms = r.nextBoolean()
					? new DiscountTerms(500 + 250 * r.nextInt(5), null, (250L + 250 * r.nextInt(8)) * 100, min, null)
					: new DiscountTerms(null, (50L + 50 * r.nextInt(60)) * 100, null, min, null);
			String instrument = INSTRUMENTS[1 + r.nextInt(INSTRUMENTS.length - 1)];
			list.add(new Offer("FPO" + i, "FPO" + i, OfferKind.INSTANT_DISCOUNT, "", Set.of(BANKS[i % BANKS.length]),
					Set.of(instrument), Set.of(), terms, Tenure.ANY, null, null, true, ""));
		}
		index = OfferIndex.of(1, list);
		criteria = new DiscountCriteria[1024];
		amounts = new long[1024];
		for (int i = 0; i < 1024; i++) {
			String bank = BANKS[r.nextInt(BANKS.length)];
			criteria[i] = DiscountCriteria.of(bank, INSTRUMENTS[r.nextInt(INSTRUMENTS.length)]);
			amounts[i] = (100 + r.nextInt(200_000)) * 100L;
		}
	}

	@Benchmark
	public long highestDiscount() {
		int i = next++ & 1023;
		return index.highestDiscountPaise(criteria[i], amounts[i], now);
	}

}
