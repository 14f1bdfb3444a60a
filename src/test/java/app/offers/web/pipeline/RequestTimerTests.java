package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The tags Spring's observation would give, and one timer per combination of them. */
class RequestTimerTests {

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final RequestTimer timer = new RequestTimer(registry);

	@Test
	void tagsAsSpringNamesThem() {
		Timer ok = timer.timer("GET", "/highest-discount", 200, null);
		assertThat(ok.getId().getTags()).extracting(t -> t.getKey() + "=" + t.getValue())
			.containsExactly("error=none", "exception=none", "method=GET", "outcome=SUCCESS", "status=200",
					"uri=/highest-discount");
		Timer failed = timer.timer("BREW", "UNKNOWN", 500, new IllegalStateException("x"));
		assertThat(failed.getId().getTags()).extracting(t -> t.getKey() + "=" + t.getValue())
			.containsExactly("error=IllegalStateException", "exception=IllegalStateException", "method=UNKNOWN",
					"outcome=SERVER_ERROR", "status=500", "uri=UNKNOWN");
	}

	@Test
	void oneTimerPerCombination() {
		assertThat(timer.timer("GET", "/offers/{id}", 404, null))
			.isSameAs(timer.timer("GET", "/offers/{id}", 404, null));
		assertThat(timer.timer("GET", "/offers/{id}", 200, null))
			.isNotSameAs(timer.timer("GET", "/offers/{id}", 404, null));
		assertThat(registry.find("http.server.requests").timers()).hasSize(2);
	}

}
