package app.offers.discount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import app.offers.offer.DiscountTerms;

/**
 * The upper envelope of many offers' discount functions, so a query costs one binary
 * search whatever the number of offers. Every offer's discount is, on an interval of
 * amounts, either a constant (a flat amount, or a cap reached) or a percent of the amount
 * (a flat offer applies only to amounts above its own). The amount line is cut where any
 * of those intervals starts or ends; on each piece the best discount is
 * {@code max(best constant, amount × best percent)}, exact in paise because rounding down
 * is monotonic.
 */
final class DiscountEnvelope {

	static final DiscountEnvelope EMPTY = new DiscountEnvelope(new long[0], new long[0], new int[0]);

	/** Where each piece starts (paise, ascending); a piece runs to the next start. */
	private final long[] starts;

	private final long[] constants;

	private final int[] percentBps;

	private DiscountEnvelope(long[] starts, long[] constants, int[] percentBps) {
		this.starts = starts;
		this.constants = constants;
		this.percentBps = percentBps;
	}

	/**
	 * The best discount in paise at an amount: 0 when no offer applies, never more than
	 * the amount.
	 */
	long best(long amountPaise) {
		if (amountPaise <= 0) {
			return 0;
		}
		int i = Arrays.binarySearch(starts, amountPaise);
		if (i < 0) {
			i = -i - 2;
		}
		if (i < 0) {
			return 0;
		}
		long best = Math.max(constants[i], Math.multiplyExact(amountPaise, (long) percentBps[i]) / 10_000);
		return Math.min(best, amountPaise);
	}

	int pieces() {
		return starts.length;
	}

	/**
	 * One piece of the envelope: on amounts from {@code fromPaise} to {@code toPaise}
	 * (inclusive; null for no end) the best discount is
	 * {@code min(amount, max(constantPaise, floor(amount × percentBps / 10^4)))}.
	 */
	record Piece(long fromPaise, @Nullable Long toPaise, long constantPaise, int percentBps) {
	}

	/**
	 * The pieces from one paisa on, covering every amount: a piece with nothing to give
	 * comes first when no offer applies to the smallest amounts.
	 */
	List<Piece> curve() {
		List<Piece> pieces = new ArrayList<>();
		if (starts.length == 0 || starts[0] > 1) {
			pieces.add(new Piece(1, starts.length == 0 ? null : starts[0] - 1, 0, 0));
		}
		for (int i = 0; i < starts.length; i++) {
			Long to = i + 1 < starts.length ? starts[i + 1] - 1 : null;
			pieces.add(new Piece(starts[i], to, constants[i], percentBps[i]));
		}
		return pieces;
	}

	/**
	 * One regime of one offer: on [from, to] it gives {@code constant} or
	 * {@code percentBps} of the amount.
	 */
	private record Regime(long from, long to, long constant, int percentBps) {
	}

	static DiscountEnvelope of(List<DiscountTerms> offers) {
		List<Regime> regimes = new ArrayList<>();
		for (DiscountTerms t : offers) {
			addRegimes(t, regimes);
		}
		if (regimes.isEmpty()) {
			return EMPTY;
		}
		// events: +regime at from, -regime at to + 1
		int n = regimes.size();
		long[][] events = new long[2 * n][];
		for (int i = 0; i < n; i++) {
			Regime r = regimes.get(i);
			events[2 * i] = new long[] { r.from(), 1, i };
			events[2 * i + 1] = new long[] { r.to() == Long.MAX_VALUE ? Long.MAX_VALUE : r.to() + 1, -1, i };
		}
		Arrays.sort(events, (a, b) -> Long.compare(a[0], b[0]));
		TreeMap<Long, Integer> constants = new TreeMap<>();
		TreeMap<Integer, Integer> percents = new TreeMap<>();
		long[] starts = new long[2 * n];
		long[] bestConstant = new long[2 * n];
		int[] bestPercent = new int[2 * n];
		int pieces = 0;
		int e = 0;
		while (e < events.length) {
			long point = events[e][0];
			if (point == Long.MAX_VALUE) {
				break;
			}
			for (; e < events.length && events[e][0] == point; e++) {
				Regime r = regimes.get((int) events[e][2]);
				if (r.percentBps() > 0) {
					percents.merge(r.percentBps(), (int) events[e][1], (a, b) -> a + b == 0 ? null : a + b);
				}
				else {
					constants.merge(r.constant(), (int) events[e][1], (a, b) -> a + b == 0 ? null : a + b);
				}
			}
			long constant = constants.isEmpty() ? 0 : constants.lastKey();
			int percent = percents.isEmpty() ? 0 : percents.lastKey();
			if (pieces > 0 && bestConstant[pieces - 1] == constant && bestPercent[pieces - 1] == percent) {
				continue;
			}
			starts[pieces] = point;
			bestConstant[pieces] = constant;
			bestPercent[pieces] = percent;
			pieces++;
		}
		return new DiscountEnvelope(Arrays.copyOf(starts, pieces), Arrays.copyOf(bestConstant, pieces),
				Arrays.copyOf(bestPercent, pieces));
	}

	/** The regimes of one offer's discount over the amounts it applies to. */
	private static void addRegimes(DiscountTerms t, List<Regime> regimes) {
		if (!t.readable()) {
			return;
		}
		long lo = t.lowestAmountPaise();
		long hi = t.maxTxnPaise() == null ? Long.MAX_VALUE : t.maxTxnPaise();
		// Long.MAX_VALUE: applies to no amount (100% without a cap)
		if (lo > hi || lo == Long.MAX_VALUE) {
			return;
		}
		if (t.percentBps() != null) {
			int p = t.percentBps();
			if (t.capPaise() == null) {
				regimes.add(new Regime(lo, hi, 0, p));
				return;
			}
			// from the knee on, the percent reaches the cap: floor(a·p/10^4) >= cap <=> a
			// >= ceil(cap·10^4/p);
			// DiscountTerms bounds the cap to ₹10 crore, so the product stays far below a
			// long's range
			long knee = ceilDiv(Math.multiplyExact(t.capPaise(), 10_000L), p);
			addRegime(regimes, lo, Math.min(hi, knee - 1), 0, p);
			addRegime(regimes, Math.max(lo, knee), hi, t.capPaise(), 0);
			return;
		}
		// a flat offer applies only above its own amount (lowestAmountPaise), where it
		// gives that amount
		addRegime(regimes, lo, hi, t.flatAmountPaise(), 0);
	}

	private static void addRegime(List<Regime> regimes, long from, long to, long constant, int percentBps) {
		if (from <= to) {
			regimes.add(new Regime(from, to, constant, percentBps));
		}
	}

	private static long ceilDiv(long a, long b) {
		return -Math.floorDiv(-a, b);
	}

}
