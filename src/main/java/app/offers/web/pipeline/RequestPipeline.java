package app.offers.web.pipeline;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;

import app.offers.OffersProperties;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The filters every request passes, registered here and only here, in the order of
 * {@link #ORDER}. Public so that the controller slice tests, which scan no configuration,
 * can import it and run behind the same filters.
 */
@Configuration(proxyBeanMethods = false)
// Boot's own server settings, bound here too so a slice without a server reads the same
// values
@EnableConfigurationProperties({ ServerProperties.class, TomcatServerProperties.class })
public class RequestPipeline {

	/**
	 * The application's filters by name, outermost first: the one place their order is
	 * stated. Spring Boot adds two of its own by their orders, kept where they fall:
	 * {@code characterEncodingFilter} right after {@code requestIds} and
	 * {@code requestContextFilter} (a request wrapper, below 0) after
	 * {@code requestShape}. {@code RequestPipelineTests} holds the whole chain.
	 */
	static final List<String> ORDER = List.of(
			// every log line of the request carries its id, the access log's too
			"requestIds",
			// only with offers.access-log.enabled
			"accessLog",
			// where Spring Boot puts its observation filter
			"requestTimer",
			// a body on a GET, a query Tomcat cannot decode, an unreadable Accept: 400
			// before anything reads them
			"requestShape",
			// after Spring's request wrappers, as they order themselves
			"apiKeyGuard",
			// counts the bytes of a body the gate lets in
			"bodySizeLimit", "uploadGate");

	/** The first of {@link #ORDER} that runs after Spring's request wrappers. */
	private static final int AFTER_REQUEST_WRAPPERS = ORDER.indexOf("apiKeyGuard");

	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		return registered("requestIds", new RequestIds());
	}

	/**
	 * Always a bean, registered with the server only when
	 * {@code offers.access-log.enabled}: a condition on the property would be settled
	 * once for good by Spring AOT at build time (docs/decisions/0009-fast-start.md), and
	 * the setting must hold when the service starts.
	 */
	@Bean
	FilterRegistrationBean<? extends Filter> accessLog(Environment environment, OffersProperties properties) {
		if (!properties.accessLog().enabled()) {
			FilterRegistrationBean<Filter> off = registered("accessLog",
					(request, response, chain) -> chain.doFilter(request, response));
			off.setEnabled(false);
			return off;
		}
		// what Spring Boot's ECS lines name the service by, with the same defaults
		String name = environment.getProperty("logging.structured.ecs.service.name",
				environment.getProperty("spring.application.name", "flipkart-offers"));
		String version = environment.getProperty("logging.structured.ecs.service.version",
				environment.getProperty("spring.application.version", ""));
		return registered("accessLog",
				new AccessLog(AccessLog.Format.of(environment.getProperty("logging.structured.format.console", "")),
						new AccessLog.Service(name, version.isBlank() ? null : version)));
	}

	@Bean
	FilterRegistrationBean<RequestTimer> requestTimer(MeterRegistry registry) {
		return registered("requestTimer", new RequestTimer(registry));
	}

	@Bean
	FilterRegistrationBean<RequestShape> requestShape(TomcatServerProperties tomcat) {
		return registered("requestShape", new RequestShape(tomcat.getMaxParameterCount()));
	}

	@Bean
	FilterRegistrationBean<ApiKeyGuard> apiKeyGuard(OffersProperties properties) {
		return registered("apiKeyGuard", new ApiKeyGuard(properties));
	}

	@Bean
	FilterRegistrationBean<BodySizeLimit> bodySizeLimit(OffersProperties properties) {
		return registered("bodySizeLimit", new BodySizeLimit(properties));
	}

	@Bean
	FilterRegistrationBean<UploadGate> uploadGate(OffersProperties properties) {
		return registered("uploadGate", new UploadGate(properties));
	}

	/**
	 * The order of a filter named in {@link #ORDER}: its place in the list, in one of two
	 * bands.
	 */
	static int order(String name) {
		int index = ORDER.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException(name + " is not in RequestPipeline.ORDER");
		}
		return index < AFTER_REQUEST_WRAPPERS ? Ordered.HIGHEST_PRECEDENCE + index
				: OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER + 1 + index - AFTER_REQUEST_WRAPPERS;
	}

	/**
	 * On every path, for the request dispatch only: error dispatches and forwards pass no
	 * filter twice.
	 */
	private static <F extends Filter> FilterRegistrationBean<F> registered(String name, F filter) {
		Registration<F> registration = new Registration<>(filter);
		registration.setName(name);
		registration.setOrder(order(name));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Destroys its filter with the context, as the filters were destroyed when they were
	 * beans themselves: the access log's writer has a thread to stop and lines to flush,
	 * also where no server runs (MockMvc tests).
	 */
	private static final class Registration<F extends Filter> extends FilterRegistrationBean<F>
			implements DisposableBean {

		Registration(F filter) {
			super(filter);
		}

		@Override
		public void destroy() {
			getFilter().destroy();
		}

	}

}
