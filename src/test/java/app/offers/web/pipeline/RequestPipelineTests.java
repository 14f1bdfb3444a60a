package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import app.offers.OffersProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The filters run in the order {@link RequestPipeline#ORDER} states, with Spring Boot's
 * own two where they have always run, and no filter is registered anywhere else. The same
 * context as {@code ObservabilityTests}: the access log on, so every filter is there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestPipelineTests {

	/** The whole chain, outermost first, as Tomcat and MockMvc get it. */
	static final List<String> CHAIN = List.of("requestIds", "characterEncodingFilter", "accessLog", "requestTimer",
			"requestShape", "requestContextFilter", "apiKeyGuard", "bodySizeLimit", "uploadGate");

	/**
	 * Spring Boot's filters, registered by their own auto-configuration as Filter beans.
	 */
	static final List<String> SPRINGS = List.of("characterEncodingFilter", "requestContextFilter");

	@Autowired
	ConfigurableApplicationContext context;

	/** What the server registers, in the order it registers it (the servlets aside). */
	List<AbstractFilterRegistrationBean<?>> registered() {
		return new ServletContextInitializerBeans(context.getBeanFactory()).stream()
			.<AbstractFilterRegistrationBean<?>>mapMulti((initializer, next) -> {
				if (initializer instanceof AbstractFilterRegistrationBean<?> filter) {
					next.accept(filter);
				}
			})
			.toList();
	}

	@Test
	void theFiltersRunInTheOrderOfTheOneList() {
		assertThat(registered()).extracting(AbstractFilterRegistrationBean::getFilterName)
			.containsExactlyElementsOf(CHAIN);
		assertThat(registered()).extracting(AbstractFilterRegistrationBean::getFilterName)
			.filteredOn(name -> !SPRINGS.contains(name))
			.containsExactlyElementsOf(RequestPipeline.ORDER);
	}

	@Test
	void everyApplicationFilterIsRegisteredByThePipelineOnEveryPathForTheRequestDispatchOnly() {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.extracting(AbstractFilterRegistrationBean::getFilterName)
			.containsExactlyInAnyOrderElementsOf(RequestPipeline.ORDER);
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values()).allSatisfy(registration -> {
			assertThat(registration.getFilter().getClass().getPackageName())
				.isEqualTo(RequestPipeline.class.getPackageName());
			assertThat(registration.getUrlPatterns()).isEmpty();
			assertThat(registration.determineDispatcherTypes()).isEqualTo(EnumSet.of(DispatcherType.REQUEST));
		});
		// no filter of the application's is a bean of its own, which Spring Boot would
		// register by its order
		assertThat(context.getBeansOfType(Filter.class).keySet()).containsExactlyInAnyOrderElementsOf(SPRINGS);
	}

	@Test
	void theAccessLogIsRegisteredOnlyWhenEnabled() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(Settings.class, RequestPipeline.class)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new);
		// the registration is a bean either way (no condition for Spring AOT to settle at
		// build time); only an enabled one reaches the server
		runner.run(off -> assertThat(off.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn(AbstractFilterRegistrationBean::isEnabled)
			.extracting(AbstractFilterRegistrationBean::getFilterName)
			.containsExactlyInAnyOrderElementsOf(
					RequestPipeline.ORDER.stream().filter(name -> !"accessLog".equals(name)).toList()));
		runner.withPropertyValues("offers.access-log.enabled=true")
			.run(on -> assertThat(on.getBeansOfType(FilterRegistrationBean.class).values())
				.filteredOn(AbstractFilterRegistrationBean::isEnabled)
				.extracting(AbstractFilterRegistrationBean::getFilterName)
				.containsExactlyInAnyOrderElementsOf(RequestPipeline.ORDER));
	}

	/**
	 * Final, so that the test context does not take it for its own configuration instead
	 * of the application's.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OffersProperties.class)
	static final class Settings {

	}

}
