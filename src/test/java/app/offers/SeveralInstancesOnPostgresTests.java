package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;


/** Two instances on one PostgreSQL database. */
@ExtendWith(RequiresPostgres.class)
class SeveralInstancesOnPostgresTests extends SeveralInstancesTests {


	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", PostgresDatabase.url(), "spring.datasource.username",
				PostgresDatabase.user(), "spring.datasource.password", PostgresDatabase.password());
	}
}
