package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same races on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class ConcurrentIngestionOnPostgresTests extends ConcurrentIngestionTests {


	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
