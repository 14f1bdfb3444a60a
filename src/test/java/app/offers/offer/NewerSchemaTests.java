package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import app.offers.OffersApplication;
import app.offers.testing.TestDatabases;

/**
 * A database a newer version of the service migrated stops the start-up, naming both
 * versions.
 */
class NewerSchemaTests {

	static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(OffersApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--logging.level.root=OFF");
	}

	/**
	 * The newest migration this build has, from its file names (V3__offer_lifecycle.sql:
	 * 3).
	 */
	static int newestKnown() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
			.map(r -> Objects.requireNonNull(r.getFilename()))
			.mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
			.max()
			.orElseThrow();
	}

	@Test
	void aSchemaMigratedByANewerVersionStopsTheStartUpNamingBothVersions() throws IOException, SQLException {
		String url = TestDatabases.h2Mem("newer-schema");
		start(url).close();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, "
					+ "script, checksum, installed_by, execution_time, success) values (99, '99', 'from the future', "
					+ "'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, true)");
		}
		int known = newestKnown();
		assertThat(known).isLessThan(99);
		assertThatThrownBy(() -> start(url).close()).hasStackTraceContaining("migrated by a newer version")
			.hasStackTraceContaining("at version 99,")
			.hasStackTraceContaining("up to version " + known + ".");
	}

	@Test
	void theSchemaThisBuildMigratedStartsAgain() {
		String url = TestDatabases.h2Mem("same-schema");
		start(url).close();
		try (ConfigurableApplicationContext again = start(url)) {
			assertThat(again.isRunning()).isTrue();
		}
	}

}
