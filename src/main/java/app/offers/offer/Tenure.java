package app.offers.offer;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The EMI tenures (months) an offer is limited to: an explicit list from the payload
 * ({@code emi_months}) and/or a range read from the text ("on 9 months and above tenure",
 * "on 6 months tenure"). Empty means any tenure.
 */
public record Tenure(Set<Integer> months, @Nullable Integer minMonths, @Nullable Integer maxMonths) {

	public static final Tenure ANY = new Tenure(Set.of(), null, null);

	public Tenure {
		months = Set.copyOf(months);
	}

	public boolean allows(int requested) {
		return (months.isEmpty() || months.contains(requested)) && (minMonths == null || requested >= minMonths)
				&& (maxMonths == null || requested <= maxMonths);
	}

	public boolean isAny() {
		return months.isEmpty() && minMonths == null && maxMonths == null;
	}
}
