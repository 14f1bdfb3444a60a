package app.offers.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an offer stands at an instant; only {@link #ACTIVE} offers take part in discount
 * answers.
 */
public enum OfferStatus {

	/** Valid now, seen recently enough and not withdrawn. */
	ACTIVE,

	/** Not valid yet: its validity starts later. */
	UPCOMING,

	/** Its own validity ended. */
	EXPIRED,

	/** Not seen in any payload for longer than {@code offers.retire-after}. */
	RETIRED,

	/** Withdrawn through DELETE /offers/{id}, and not posted since with changed terms. */
	WITHDRAWN;

	/**
	 * The code the API shows, upper case like every other code; the filter takes any
	 * case.
	 */
	public String code() {
		return name();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(OfferStatus::code).toList();
	}

	/** When an offer last seen at {@code lastSeen} retires; null when it never does. */
	public static @Nullable Instant retiresAt(@Nullable Lifecycle lifecycle, @Nullable Duration retireAfter) {
		return lifecycle == null || retireAfter == null ? null : lifecycle.lastSeen().plus(retireAfter);
	}

	/**
	 * The offer's status at {@code now}: a withdrawal outranks everything, then the
	 * offer's own end, then retirement, then a start still to come.
	 */
	public static OfferStatus of(Offer offer, @Nullable Lifecycle lifecycle, @Nullable Duration retireAfter,
			Instant now) {
		if (lifecycle != null && lifecycle.withdrawn()) {
			return WITHDRAWN;
		}
		if (offer.validUntil() != null && !now.isBefore(offer.validUntil())) {
			return EXPIRED;
		}
		Instant retires = retiresAt(lifecycle, retireAfter);
		if (retires != null && !now.isBefore(retires)) {
			return RETIRED;
		}
		if (offer.validFrom() != null && now.isBefore(offer.validFrom())) {
			return UPCOMING;
		}
		return ACTIVE;
	}

}
