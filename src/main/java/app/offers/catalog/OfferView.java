package app.offers.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import app.offers.offer.OfferKind;
import io.swagger.v3.oas.annotations.media.Schema;
import app.offers.offer.ProductScope;
import app.offers.parsing.RupeeAmounts;

/**
 * An offer as the service understood it: amounts in rupees, lists sorted. {@code givesAmountOff} is false for
 * No Cost EMI and for offers whose terms could not be read; {@code productScoped} marks offers limited to select
 * products, which discount answers leave out unless asked to include them.
 */
public record OfferView(@Schema(description = "The offer's id: Flipkart's, or a fingerprint of its terms") String id,
		@Schema(description = "Flipkart's id; null for offers found without one") @Nullable String flipkartId,
		@Schema(implementation = OfferKind.class) String kind,
		@Schema(description = "The offer's text, cut to 500 characters") String summary,
		@Schema(description = "Canonical bank codes; empty for offers tied to no bank") List<String> banks,
		@Schema(description = "Canonical instrument codes; empty for every instrument") List<String> instruments,
		@Schema(description = "Card networks the offer is limited to; empty for any") List<String> cardNetworks,
		@Schema(description = "Percent off; null when the offer is a flat amount") @Nullable BigDecimal percent,
		@Schema(description = "Rupees off; null when the offer is a percent") @Nullable BigDecimal flatAmount,
		@Schema(description = "The most it gives, in rupees; null for no cap") @Nullable BigDecimal maxDiscount,
		@Schema(description = "The least amount it applies to, in rupees; null for none")
		@Nullable BigDecimal minAmount,
		@Schema(description = "The largest amount it applies to, in rupees; null for none")
		@Nullable BigDecimal maxAmount,
		@Schema(description = "EMI tenures in months it is limited to; empty for any") List<Integer> emiMonths,
		@Schema(description = "Shortest EMI tenure, in months; null for none") @Nullable Integer minEmiMonths,
		@Schema(description = "Longest EMI tenure, in months; null for none") @Nullable Integer maxEmiMonths,
		@Schema(description = "Valid from; null when the offer does not say") @Nullable Instant validFrom,
		@Schema(description = "Valid until (exclusive); null when the offer does not say") @Nullable Instant validUntil,
		@Schema(description = "Valid now") boolean active,
		@Schema(description = "Its terms were read with confidence; unreadable offers never apply") boolean readable,
		@Schema(description = "It can give an amount: readable and not No Cost EMI") boolean givesAmountOff,
		@Schema(description = "Limited to select products; discount answers count it only with "
				+ "includeProductOffers=true") boolean productScoped,
		Instant firstSeen, Instant lastChanged) {

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
