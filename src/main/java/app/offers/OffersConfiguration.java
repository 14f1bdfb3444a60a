package app.offers;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OffersConfiguration {

	/** Offers carry validity; tests replace this clock to control time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
