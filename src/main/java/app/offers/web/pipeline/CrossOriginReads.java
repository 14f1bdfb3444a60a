package app.offers.web.pipeline;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import app.offers.OffersProperties;
import app.offers.web.problems.ProblemCorsProcessor;

/**
 * CORS for a checkout frontend on another origin: the read endpoints answer browsers from
 * {@code offers.cors.allowed-origins} (patterns; default any localhost port, for
 * development). POST /offer is not offered to browsers: offers are learned server to
 * server.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginReads implements WebMvcConfigurer {

	private final String[] allowedOrigins;

	CrossOriginReads(OffersProperties properties) {
		this.allowedOrigins = properties.cors().allowedOrigins().toArray(String[]::new);
	}

	/** Every handler mapping answers a rejected origin as problem+json. */
	@Bean
	static BeanPostProcessor problemCorsRejections() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor());
				}
				return bean;
			}
		};
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		// the templates are path patterns: /offers/{id} matches one segment, as the
		// mapping does
		for (String path : ReadEndpoints.TEMPLATES) {
			registry.addMapping(path)
				.allowedOriginPatterns(allowedOrigins)
				.allowedMethods(ReadEndpoints.METHODS.toArray(String[]::new))
				.allowedHeaders("*")
				// readable by the page's code: the id to quote in a support ticket, the
				// ETag to revalidate with, how long to wait before a retry
				.exposedHeaders("X-Request-Id", "ETag", "Retry-After")
				.maxAge(3600);
		}
	}

}
