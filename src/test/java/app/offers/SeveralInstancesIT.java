package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import app.offers.discount.DiscountCriteria;
import app.offers.discount.LiveOffers;
import app.offers.ingest.OfferIngestion;
import app.offers.testing.Samples;
import app.offers.testing.TestDatabases;
import tools.jackson.databind.json.JsonMapper;

/** Two instances on one database: what one learns, the other answers within a second. */
class SeveralInstancesIT {

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	/** The database both instances share. */
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", TestDatabases.h2Mem("two-instances"));
	}

	ConfigurableApplicationContext start() {
		// command-line arguments: they win over the test configuration's own database
		String[] args = database().entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(OffersApplication.class).web(WebApplicationType.NONE).run(args);
	}

	@AfterEach
	void stop() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	@Test
	void anOfferPostedThroughOneInstanceIsAnsweredByTheOtherWithinASecond() throws Exception {
		first = start();
		second = start();
		assertThat(first.getBean(javax.sql.DataSource.class).getConnection().getMetaData().getURL())
			.startsWith(database().get("spring.datasource.url").toString().split(";")[0]);
		first.getBean(JdbcTemplate.class).update("delete from offer");
		first.getBean(LiveOffers.class).reloadAll();
		second.getBean(LiveOffers.class).reloadAll();
		LiveOffers other = second.getBean(LiveOffers.class);
		long amount = 80_000_00;
		DiscountCriteria hdfcEmi = DiscountCriteria.of("HDFC", "EMI_OPTIONS");
		assertThat(other.current().highestDiscountPaise(hdfcEmi, amount, java.time.Instant.now())).isZero();

		var payload = JsonMapper.builder()
			.build()
			.readTree(Samples.wrapped("real-01-offer-banners-and-sections.json"))
			.get("flipkartOfferApiResponse");
		first.getBean(OfferIngestion.class).ingest(payload);
		// from the commit on: how long the write itself takes is not what several
		// instances change
		long committed = System.nanoTime();
		long seen = -1;
		while (System.nanoTime() - committed < Duration.ofSeconds(3).toNanos()) {
			if (other.current().highestDiscountPaise(hdfcEmi, amount, java.time.Instant.now()) == 4500_00) {
				seen = System.nanoTime() - committed;
				break;
			}
			Thread.sleep(10);
		}
		assertThat(seen).as("the second instance never saw the offer").isPositive();
		assertThat(Duration.ofNanos(seen)).isLessThan(Duration.ofSeconds(1));
	}

}
