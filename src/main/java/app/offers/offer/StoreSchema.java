package app.offers.offer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's schema is this build's to migrate, never newer than it: a database a newer
 * version migrated may hold columns and rules this build does not know, and writing to it
 * would fail or lose them. Flyway only ignores such "future" migrations, so the start-up
 * stops here instead, naming both versions.
 */
@Configuration(proxyBeanMethods = false)
class StoreSchema {

	@Bean
	FlywayMigrationStrategy migrateUnlessNewer() {
		return flyway -> {
			refuseNewer(flyway.info());
			flyway.migrate();
		};
	}

	static void refuseNewer(MigrationInfoService info) {
		Optional<MigrationVersion> known = newest(Arrays.stream(info.all()).filter(m -> m.getState().isResolved()));
		Optional<MigrationVersion> store = newest(Arrays.stream(info.applied()));
		if (store.isEmpty() || (known.isPresent() && store.get().compareTo(known.get()) <= 0)) {
			return;
		}
		throw new IllegalStateException("The database was migrated by a newer version of this service: its schema "
				+ "is at version " + store.get().getVersion() + ", and this build knows migrations up to version "
				+ known.map(MigrationVersion::getVersion).orElse("none")
				+ ". Run that newer version (or a later one) against it, or point spring.datasource.url at another "
				+ "database.");
	}

	private static Optional<MigrationVersion> newest(Stream<MigrationInfo> migrations) {
		return migrations.map(MigrationInfo::getVersion).filter(Objects::nonNull).max(Comparator.naturalOrder());
	}

}
