package app.offers.offer;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.offers.PostgresDatabase;

/** The store's guarantees on PostgreSQL. */
class OfferStoreOnPostgresTests extends OfferStoreTests {

	@BeforeAll
	static void requirePostgres() {
		PostgresDatabase.url();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
