package app.offers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.offers.OffersApplication;
import app.offers.testing.TestDatabases;

/**
 * The service refuses to start, saying why, on a database that will not take its writes.
 */
class StartupChecksTheStoreTests {

	@TempDir
	Path data;

	static ConfigurableApplicationContext start(String url) {
		// as arguments: they win over the test configuration's own database
		return new SpringApplicationBuilder(OffersApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
					"--logging.level.root=OFF");
	}

	@Test
	void anH2UrlWithoutAnyModeStarts() {
		try (ConfigurableApplicationContext started = start(TestDatabases.bareH2Mem("plain-mode"))) {
			assertThat(started.isRunning()).isTrue();
		}
	}

	@Test
	void aReadOnlyDatabaseIsRefusedAtStartUp() {
		String file = TestDatabases.bareH2File(data.resolve("offers"));
		start(file).close();
		assertThatThrownBy(() -> start(file + ";ACCESS_MODE_DATA=r").close())
			.hasStackTraceContaining("does not accept this service's writes")
			.hasStackTraceContaining("writable data directory");
	}

}
