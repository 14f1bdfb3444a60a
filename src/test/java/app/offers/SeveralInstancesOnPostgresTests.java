package app.offers;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database. */
class SeveralInstancesOnPostgresTests extends SeveralInstancesTests {

	@BeforeAll
	static void requirePostgres() {
		PostgresDatabase.url();
	}

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", PostgresDatabase.url(), "spring.datasource.username",
				PostgresDatabase.user(), "spring.datasource.password", PostgresDatabase.password());
	}
}
