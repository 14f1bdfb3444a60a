package app.offers;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OffersConfiguration {

	/** Offers carry validity; tests replace this clock to control time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
