package app.offers.caching;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import app.offers.OffersProperties;
import app.offers.discount.LiveOffers;
import app.offers.web.pipeline.ReadEndpoints;

/**
 * Revalidation on the read endpoints, with {@code offers.cache-control} (default
 * {@code max-age=30, stale-while-revalidate=60}) on every answer they give. Declared here
 * rather than scanned so that controller slice tests, which have no offers, leave it out.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	/**
	 * The mappings of the read endpoints, as Spring MVC names the one that answers a
	 * request.
	 */
	static final Set<String> READ_ENDPOINTS = ReadEndpoints.TEMPLATES;

	@Bean
	Revalidation revalidation(LiveOffers live, Clock clock, OffersProperties properties) {
		return new Revalidation(live, clock, properties.cacheControl(), READ_ENDPOINTS);
	}

	/**
	 * On every request, choosing by the mapping that answers rather than by path
	 * patterns: an interceptor with patterns is matched against each of them on every
	 * request, one without is not.
	 */
	@Bean
	WebMvcConfigurer revalidationOnReads(Revalidation revalidation) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(revalidation);
			}
		};
	}

}
