package app.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import app.offers.testing.TestDatabases;

/**
 * The offers.* settings: the service's defaults, and a value out of range stops the
 * start-up naming it.
 */
class OffersPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OffersProperties.class)
	static class Settings {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void nothingSetMeansTheServiceDefaults() {
		runner.run(context -> {
			OffersProperties settings = context.getBean(OffersProperties.class);
			assertThat(settings.dataDir()).isEqualTo("./data");
			assertThat(settings.apiKey()).isEmpty();
			assertThat(settings.requireApiKey()).isFalse();
			assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofMegabytes(5));
			assertThat(settings.maxOffersPerPayload()).isEqualTo(10_000);
			assertThat(settings.refreshInterval()).isEqualTo(Duration.ofMillis(250));
			assertThat(settings.maxConcurrentUploads()).isEqualTo(32);
			assertThat(settings.bodyReadTimeout()).isEqualTo(Duration.ofSeconds(15));
			assertThat(settings.writeProbeInterval()).isEqualTo(Duration.ofSeconds(1));
			assertThat(settings.cacheControl()).isEqualTo("max-age=30, stale-while-revalidate=60");
			assertThat(settings.maxSnapshotAge()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.cors().allowedOrigins()).containsExactly("http://localhost:*");
			assertThat(settings.accessLog().enabled()).isFalse();
		});
	}

	@Test
	void applicationYmlStatesTheSameDefaults() {
		OffersProperties[] bound = new OffersProperties[2];
		runner.run(context -> bound[0] = context.getBean(OffersProperties.class));
		// the application's own file only, not the tests' configuration beside it
		runner.withInitializer(new ConfigDataApplicationContextInitializer())
			.withPropertyValues("spring.config.location=classpath:/application.yml")
			.run(context -> bound[1] = context.getBean(OffersProperties.class));
		// the key comes from the environment
		assertThat(bound[1]).usingRecursiveComparison().ignoringFields("apiKey").isEqualTo(bound[0]);
	}

	@Test
	void thePostgresProfileRequiresAnApiKey() {
		runner.withInitializer(new ConfigDataApplicationContextInitializer())
			.withPropertyValues("spring.profiles.active=postgres")
			.run(context -> assertThat(context.getBean(OffersProperties.class).requireApiKey()).isTrue());
	}

	@Test
	void listsAreCommaSeparated() {
		runner.withPropertyValues("offers.cors.allowed-origins=http://localhost:*,https://checkout.example.com")
			.run(context -> assertThat(context.getBean(OffersProperties.class).cors().allowedOrigins())
				.isEqualTo(List.of("http://localhost:*", "https://checkout.example.com")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "max-body-size=-1", "max-body-size=0KB", "max-concurrent-uploads=0",
			"max-offers-per-payload=-1", "body-read-timeout=0s", "refresh-interval=-250ms", "write-probe-interval=0ms",
			"max-snapshot-age=-1s", "cache-control= ", "data-dir=", "retire-after=0d" })
	void aValueOutOfRangeStopsTheStartUp(String setting) {
		String field = toCamelCase(setting.substring(0, setting.indexOf('=')));
		runner.withPropertyValues("offers." + setting).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("Field error in object 'offers' on field '" + field + "'");
		});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theServiceRefusesToStartSayingWhichSettingIsWrongAndWhy(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(OffersApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + TestDatabases.h2Mem("bad-settings"), "--offers.max-body-size=-1",
					"--offers.max-concurrent-uploads=0")
			.close()).hasStackTraceContaining("offers");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Origin: \"offers.max-body-size\"")
			.contains("Origin: \"offers.max-concurrent-uploads\"")
			.contains("Reason: must be greater than 0");
	}

	private static String toCamelCase(String kebab) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : kebab.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

}
