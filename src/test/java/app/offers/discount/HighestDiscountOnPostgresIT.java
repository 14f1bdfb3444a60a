package app.offers.discount;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.offers.testing.PostgresDatabase;
import app.offers.testing.RequiresPostgres;

/** The whole path on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class HighestDiscountOnPostgresIT extends HighestDiscountOnRealSamplesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
