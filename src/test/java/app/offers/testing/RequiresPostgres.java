package app.offers.testing;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL test classes, reported as skipped and the reason printed once, when no
 * test database is configured; in CI ({@code CI=true}) they run regardless and fail with
 * the same message, since CI must provide one.
 */
public class RequiresPostgres implements ExecutionCondition {

	static final String HOW = "PostgreSQL tests skipped: start PostgreSQL and set " + PostgresDatabase.URL
			+ "=jdbc:postgresql://localhost:5432/offers_test (user and password in OFFERS_TEST_POSTGRES_USER / "
			+ "OFFERS_TEST_POSTGRES_PASSWORD, default offers/offers) to run them";

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = System.getenv(PostgresDatabase.URL);
		if ((url != null && !url.isBlank()) || "true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("PostgreSQL configured (or required in CI)");
		}
		if (TOLD.compareAndSet(false, true)) {
			System.out.println(HOW);
		}
		return ConditionEvaluationResult.disabled(HOW);
	}

}
