package app.offers.offer;

import org.junit.jupiter.api.extension.ExtendWith;

import app.offers.testing.PostgresDatabase;
import app.offers.testing.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store's guarantees on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class OfferStoreOnPostgresTests extends OfferStoreTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
