package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole path on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class HighestDiscountOnPostgresTests extends HighestDiscountOnRealSamplesTests {


	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
