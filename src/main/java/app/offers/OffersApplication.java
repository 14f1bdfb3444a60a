package app.offers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

// the settings are enabled here rather than in a scanned configuration class so that slice tests bind them too
@SpringBootApplication
@EnableConfigurationProperties(OffersProperties.class)
public class OffersApplication {

	public static void main(String[] args) {
		SpringApplication.run(OffersApplication.class, args);
	}

}
