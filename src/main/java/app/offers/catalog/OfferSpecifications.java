package app.offers.catalog;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

import app.offers.offer.Instruments;

/** Filters of GET /offers as JPA criteria. */
final class OfferSpecifications {

	private OfferSpecifications() {
	}

	static Specification<StoredOffer> bank(String code) {
		return (root, query, cb) -> cb.isMember(code, root.<Set<String>>get("banks"));
	}

	/** Offers a query for this instrument reaches: its family, and offers open to every instrument. */
	static Specification<StoredOffer> instrument(String code) {
		return (root, query, cb) -> {
			var reached = Instruments.reachedBy(code).stream()
				.map(c -> cb.isMember(c, root.<Set<String>>get("instruments")))
				.toArray(jakarta.persistence.criteria.Predicate[]::new);
			var anyOf = cb.or(reached);
			return Instruments.known(code) ? cb.or(anyOf, cb.isEmpty(root.<Set<String>>get("instruments"))) : anyOf;
		};
	}

	static Specification<StoredOffer> active(Instant now, boolean active) {
		return (root, query, cb) -> {
			var started = cb.or(cb.isNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), now));
			var notEnded = cb.or(cb.isNull(root.get("validUntil")), cb.greaterThan(root.get("validUntil"), now));
			var isActive = cb.and(started, notEnded);
			return active ? isActive : cb.not(isActive);
		};
	}
}
