package app.offers;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole path on PostgreSQL. */
class HighestDiscountOnPostgresTests extends HighestDiscountOnRealSamplesTests {

	@BeforeAll
	static void requirePostgres() {
		PostgresDatabase.url();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
