package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access-log lines as text and, with structured logs on, as JSON a log pipeline can read.
 */
class AccessLogTests {

	static final long NOW = Instant.parse("2026-11-29T14:05:01.007Z").toEpochMilli();

	static String line(String structuredFormat, String template) {
		AccessLog log = new AccessLog(structuredFormat);
		try {
			return log.line(NOW, "req-7", "GET", template, 200, 412_345);
		}
		finally {
			log.destroy();
		}
	}

	@Test
	void aTextLineLikeTheOtherLogLines() {
		assertThat(line("", "/offers/{id}"))
			.isEqualTo("2026-11-29T14:05:01.007Z ACCESS [req-7] GET /offers/{id} 200 0.412 ms\n");
	}

	@Test
	void aJsonLineWithStructuredLogs() {
		JsonNode json = JsonMapper.builder().build().readTree(line("ecs", "/odd\"path\\"));
		assertThat(json.get("@timestamp").asString()).isEqualTo("2026-11-29T14:05:01.007Z");
		assertThat(json.get("requestId").asString()).isEqualTo("req-7");
		assertThat(json.get("message").asString()).isEqualTo("GET /odd\"path\\ 200 0.412 ms");
		assertThat(json.get("http.route").asString()).isEqualTo("/odd\"path\\");
		assertThat(json.get("http.response.status_code").asInt()).isEqualTo(200);
		assertThat(json.get("event.duration").asLong()).isEqualTo(412_345);
	}

}
