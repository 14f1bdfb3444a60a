package app.offers;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import app.offers.testing.RequiresPostgres;
import app.offers.testing.ServerProcess;

/**
 * The AOT start with the {@code postgres} profile: the bean definitions were worked out
 * at build time without it, and the profile's settings still hold (it refuses to start
 * without an API key, so the test gives one).
 */
@ExtendWith(RequiresPostgres.class)
class AheadOfTimeStartOnPostgresIT extends AheadOfTimeStartIT {

	@Override
	List<String> database() {
		return ServerProcess.postgres();
	}

	@Override
	List<String> settings() {
		return List.of("--spring.profiles.active=postgres");
	}

}
