package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import app.offers.testing.PostgresDatabase;
import app.offers.testing.RequiresPostgres;

/** Two instances on one PostgreSQL database. */
@ExtendWith(RequiresPostgres.class)
class SeveralInstancesOnPostgresIT extends SeveralInstancesIT {

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", PostgresDatabase.url(), "spring.datasource.username",
				PostgresDatabase.user(), "spring.datasource.password", PostgresDatabase.password());
	}

}
