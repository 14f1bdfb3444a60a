package app.offers.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import app.offers.offer.OfferKind;
import app.offers.offer.ProductScope;
import app.offers.parsing.RupeeAmounts;

/**
 * An offer as the service understood it: amounts in rupees, lists sorted. {@code givesAmountOff} is false for
 * No Cost EMI and for offers whose terms could not be read; {@code productScoped} marks offers limited to select
 * products, which discount answers leave out unless asked to include them.
 */
public record OfferView(String id, @Nullable String flipkartId, String kind, String summary, List<String> banks,
		List<String> instruments, List<String> cardNetworks, @Nullable BigDecimal percent,
		@Nullable BigDecimal flatAmount, @Nullable BigDecimal maxDiscount, @Nullable BigDecimal minAmount,
		@Nullable BigDecimal maxAmount, List<Integer> emiMonths, @Nullable Integer minEmiMonths,
		@Nullable Integer maxEmiMonths, @Nullable Instant validFrom, @Nullable Instant validUntil, boolean active,
		boolean readable, boolean givesAmountOff, boolean productScoped, Instant firstSeen, Instant lastChanged) {

	static OfferView of(StoredOffer o, Instant now) {
		boolean active = (o.getValidFrom() == null || !now.isBefore(o.getValidFrom()))
				&& (o.getValidUntil() == null || now.isBefore(o.getValidUntil()));
		return new OfferView(o.getKey(), o.getFlipkartId(), o.getKind(), o.getSummary(),
				List.copyOf(new TreeSet<>(o.getBanks())), List.copyOf(new TreeSet<>(o.getInstruments())),
				List.copyOf(new TreeSet<>(o.getCardNetworks())),
				o.getPercentBps() == null ? null : RupeeAmounts.rupees(o.getPercentBps()), rupees(o.getFlatPaise()),
				rupees(o.getCapPaise()), rupees(o.getMinTxnPaise()), rupees(o.getMaxTxnPaise()),
				List.copyOf(new TreeSet<>(o.getEmiMonths())), o.getEmiMinMonths(), o.getEmiMaxMonths(),
				o.getValidFrom(), o.getValidUntil(), active, o.isReadable(),
				o.isReadable() && !OfferKind.NO_COST_EMI.name().equals(o.getKind()),
				ProductScope.limitsProducts(o.getSummary()), o.getCreatedAt(), o.getUpdatedAt());
	}

	private static @Nullable BigDecimal rupees(@Nullable Long paise) {
		return paise == null ? null : RupeeAmounts.rupees(paise);
	}
}
