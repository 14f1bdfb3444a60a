package app.offers.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Condition;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Lifecycle;
import app.offers.offer.Money;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.OfferStatus;
import app.offers.offer.ProductScope;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An offer as the service understood it: amounts in rupees, lists sorted.
 * {@code givesAmountOff} is false for No Cost EMI and for offers whose terms could not be
 * read; {@code productScoped} marks offers limited to select products, which discount
 * answers leave out unless asked to include them.
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
		@Schema(description = "The least amount it applies to, in rupees; null for none") @Nullable BigDecimal minAmount,
		@Schema(description = "The largest amount it applies to, in rupees; null for none") @Nullable BigDecimal maxAmount,
		@Schema(description = "EMI tenures in months it is limited to; empty for any") List<Integer> emiMonths,
		@Schema(description = "Shortest EMI tenure, in months; null for none") @Nullable Integer minEmiMonths,
		@Schema(description = "Longest EMI tenure, in months; null for none") @Nullable Integer maxEmiMonths,
		@Schema(description = "Valid from; null when the offer does not say") @Nullable Instant validFrom,
		@Schema(description = "Valid until (exclusive); null when the offer does not say") @Nullable Instant validUntil,
		@Schema(description = "Applied now: valid, seen recently enough and not withdrawn (status ACTIVE)") boolean active,
		@Schema(implementation = OfferStatus.class, description = "ACTIVE: applied now; UPCOMING: not valid yet; "
				+ "EXPIRED: its validity ended; RETIRED: no payload showed it for offers.retire-after; WITHDRAWN: "
				+ "withdrawn by DELETE /offers/{id}") String status,
		@Schema(description = "Its terms were read with confidence; unreadable offers never apply") boolean readable,
		@Schema(description = "It can give an amount: readable and not No Cost EMI") boolean givesAmountOff,
		@Schema(description = "Limited to select products; discount answers count it only with "
				+ "includeProductOffers=true") boolean productScoped,
		@Schema(description = "What the offer asks that a query cannot check (once per user, a cap per quarter, "
				+ "select cards or products), in a shopper's words; empty when it asks nothing") List<String> conditions,
		Instant firstSeen, Instant lastChanged,
		@Schema(description = "When a posted payload last showed it (recorded to the minute)") Instant lastSeen) {

	/**
	 * The offer as understood, with the domain's own rules for its status and "gives an
	 * amount off".
	 */
	static OfferView of(Offer o, OfferStatus status, Instant firstSeen, Instant lastChanged,
			@Nullable Lifecycle lifecycle) {
		DiscountTerms t = o.terms();
		return new OfferView(o.key(), o.flipkartId(), o.kind().name(), o.summary(), sorted(o.banks()),
				sorted(o.instruments()), sorted(o.cardNetworks()),
				t.percentBps() == null ? null : Money.percent(t.percentBps()), rupees(t.flatPaise()),
				rupees(t.capPaise()), rupees(t.minTxnPaise()), rupees(t.maxTxnPaise()), sorted(o.tenure().months()),
				o.tenure().minMonths(), o.tenure().maxMonths(), o.validFrom(), o.validUntil(),
				status == OfferStatus.ACTIVE, status.code(), o.readable(), o.givesAmountOff(),
				ProductScope.limitsProducts(o.summary()), Condition.describe(o.conditions()), firstSeen, lastChanged,
				lifecycle == null ? lastChanged : lifecycle.lastSeen());
	}

	private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
		return List.copyOf(new TreeSet<>(values));
	}

	private static @Nullable BigDecimal rupees(@Nullable Long paise) {
		return paise == null ? null : Money.rupees(paise);
	}
}
