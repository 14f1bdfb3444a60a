package app.offers.testing;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database tests run against, from {@code OFFERS_TEST_POSTGRES_URL} (with
 * {@code OFFERS_TEST_POSTGRES_USER} / {@code OFFERS_TEST_POSTGRES_PASSWORD}, default
 * offers/offers). Without it the tests are skipped locally, and fail in CI, where
 * {@code .ci/run} always provides one.
 */
public final class PostgresDatabase {

	public static final String URL = "OFFERS_TEST_POSTGRES_URL";

	private PostgresDatabase() {
	}

	public static String url() {
		String url = System.getenv(URL);
		if (url == null || url.isBlank()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(URL + " is not set in CI: .ci/run must start PostgreSQL and pass its URL");
			}
			Assumptions.abort("PostgreSQL tests skipped: start PostgreSQL and set " + URL
					+ "=jdbc:postgresql://localhost:5432/offers_test (user/password in OFFERS_TEST_POSTGRES_USER/"
					+ "OFFERS_TEST_POSTGRES_PASSWORD, default offers/offers) to run them");
		}
		return url;
	}

	public static String user() {
		return System.getenv().getOrDefault("OFFERS_TEST_POSTGRES_USER", "offers");
	}

	public static String password() {
		return System.getenv().getOrDefault("OFFERS_TEST_POSTGRES_PASSWORD", "offers");
	}

	/** Points a Spring test context at the PostgreSQL test database. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresDatabase::url);
		registry.add("spring.datasource.username", PostgresDatabase::user);
		registry.add("spring.datasource.password", PostgresDatabase::password);
	}

}
