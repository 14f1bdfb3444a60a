package app.offers.offer;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * While a store outage is known, holds back the warnings libraries repeat for every
 * request it fails (each failed statement, broken connection, failed rollback and health
 * check), counting them: the outage itself is logged once, by {@link StoreWrites}. The
 * failure that reveals an outage still logs in full, and outside an outage nothing is
 * held back.
 */
final class QuietDuringOutage extends TurboFilter {

	/**
	 * The loggers that repeat an outage per request or per probe: the connection pool,
	 * the JDBC driver, Hibernate (failed statements, sessions), Spring's JPA, JDBC and
	 * transaction support (failed rollbacks and closes), the database and disk health
	 * checks.
	 */
	static final List<String> LOGGERS = List.of("com.zaxxer.hikari", "org.postgresql", "org.hibernate",
			"org.springframework.orm", "org.springframework.jdbc", "org.springframework.transaction",
			"org.springframework.boot.jdbc.health", "org.springframework.boot.health");

	private final BooleanSupplier outage;

	private final LongAdder held = new LongAdder();

	QuietDuringOutage(BooleanSupplier outage) {
		this.outage = outage;
		setName("quiet-during-outage");
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, @Nullable Logger logger, @Nullable Level level,
			@Nullable String format, Object @Nullable [] params, @Nullable Throwable t) {
		// called for every logging call, enabled or not: the cheap tests first
		if (level == null || logger == null || !level.isGreaterOrEqual(Level.WARN) || !outage.getAsBoolean()) {
			return FilterReply.NEUTRAL;
		}
		String name = logger.getName();
		for (String prefix : LOGGERS) {
			if (name.startsWith(prefix)) {
				held.increment();
				return FilterReply.DENY;
			}
		}
		return FilterReply.NEUTRAL;
	}

	/** The lines held back since the last call. */
	long takeHeld() {
		return held.sumThenReset();
	}

}
