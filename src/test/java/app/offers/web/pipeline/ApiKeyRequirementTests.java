package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import app.offers.OffersProperties;

/**
 * offers.require-api-key decides whether a service without a key may start, whatever the
 * profile.
 */
class ApiKeyRequirementTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OffersProperties.class)
	static class Settings {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class)
		.withBean(ApiKeyGuard.class);

	@Test
	void aRequiredKeyThatIsMissingOrBlankStopsTheStartUpNamingTheVariable() {
		for (String key : new String[] { "", "   " }) {
			runner.withPropertyValues("offers.require-api-key=true", "offers.api-key=" + key).run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("offers.require-api-key")
					.hasMessageContaining("OFFERS_API_KEY");
			});
		}
	}

	@Test
	void aRequiredKeyThatIsSetStarts() {
		runner.withPropertyValues("offers.require-api-key=true", "offers.api-key=s3cret-key")
			.run(context -> assertThat(context).hasNotFailed().hasSingleBean(ApiKeyGuard.class));
	}

	@Test
	void withoutTheRequirementAServiceWithoutAKeyStarts() {
		runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(ApiKeyGuard.class));
	}

}
