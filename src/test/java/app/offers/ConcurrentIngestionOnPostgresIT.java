package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.offers.testing.PostgresDatabase;
import app.offers.testing.RequiresPostgres;

/** The same races on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class ConcurrentIngestionOnPostgresIT extends ConcurrentIngestionIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
