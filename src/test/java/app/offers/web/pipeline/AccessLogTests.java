package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access-log lines as text and, with structured logs on, as JSON in the shape of the
 * format's other lines: Spring Boot's own encoder writes the line they are compared with.
 */
class AccessLogTests {

	static final long NOW = Instant.parse("2026-11-29T14:05:01.007Z").toEpochMilli();

	static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static String line(AccessLog.Format format, String template, @Nullable String traceId) {
		AccessLog log = new AccessLog(format, new AccessLog.Service("flipkart-offers", "1.2.3"));
		try {
			return log.line(
					new AccessLog.Entry(NOW, "req-7", traceId, "http-nio-8080-exec-1", "GET", template, 200, 412_345));
		}
		finally {
			log.destroy();
		}
	}

	/** A line of Spring Boot's own structured format, with the request's MDC. */
	static JsonNode bootLine(String format) {
		LoggerContext context = new LoggerContext();
		Environment environment = new MockEnvironment().withProperty("spring.application.name", "flipkart-offers")
			.withProperty("spring.application.version", "1.2.3");
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		LoggingEvent event = new LoggingEvent("x", context.getLogger("app.offers.Something"), Level.INFO, "hello", null,
				null);
		event.setThreadName("http-nio-8080-exec-1");
		event.setMDCPropertyMap(Map.of("requestId", "req-7", "traceId", TRACE));
		return JSON.readTree(new String(encoder.encode(event), StandardCharsets.UTF_8));
	}

	/** Every field path of a JSON object, nested ones as a.b.c. */
	static List<String> paths(JsonNode node, String prefix) {
		List<String> paths = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String path = prefix + field.getKey();
			if (field.getValue().isObject() && !field.getValue().isEmpty()) {
				paths.addAll(paths(field.getValue(), path + "."));
			}
			else {
				paths.add(path);
			}
		}
		return paths;
	}

	@Test
	void aTextLineLikeTheOtherLogLines() {
		assertThat(line(AccessLog.Format.TEXT, "/offers/{id}", null))
			.isEqualTo("2026-11-29T14:05:01.007Z ACCESS [req-7] GET /offers/{id} 200 0.412 ms\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void aStructuredLineHasEveryFieldOfTheFormatsOtherLines(String format) {
		JsonNode boot = bootLine(format);
		JsonNode access = JSON.readTree(line(AccessLog.Format.of(format), "/offers/{id}", TRACE));
		List<String> bootPaths = paths(boot, "");
		bootPaths.removeAll(List.of("tags", "service.node"));
		assertThat(paths(access, "")).containsAll(bootPaths);
		for (String path : List.of("requestId", "traceId", "service.name", "service.version", "ecs.version", "@version",
				"level", "log.level")) {
			JsonNode expected = boot.at("/" + path.replace('.', '/'));
			if (!expected.isMissingNode()) {
				assertThat(access.at("/" + path.replace('.', '/'))).as(path).isEqualTo(expected);
			}
		}
	}

	@Test
	void anEcsLineCarriesTheRequestInEcsFields() {
		JsonNode json = JSON.readTree(line(AccessLog.Format.ECS, "/odd\"path\\", TRACE));
		assertThat(json.get("@timestamp").asString()).isEqualTo("2026-11-29T14:05:01.007Z");
		assertThat(json.get("message").asString()).isEqualTo("GET /odd\"path\\ 200 0.412 ms");
		assertThat(json.at("/log/logger").asString()).isEqualTo("access");
		assertThat(json.at("/http/route").asString()).isEqualTo("/odd\"path\\");
		assertThat(json.at("/http/request/method").asString()).isEqualTo("GET");
		assertThat(json.at("/http/response/status_code").asInt()).isEqualTo(200);
		assertThat(json.at("/event/duration").asLong()).isEqualTo(412_345);
		assertThat(json.at("/trace/id").asString()).isEqualTo(TRACE);
	}

	@Test
	void aLogstashLineCarriesTheRequestInFlatFields() {
		JsonNode json = JSON.readTree(line(AccessLog.Format.LOGSTASH, "/offers", null));
		assertThat(json.get("logger_name").asString()).isEqualTo("access");
		assertThat(json.get("route").asString()).isEqualTo("/offers");
		assertThat(json.get("status").asInt()).isEqualTo(200);
		assertThat(json.get("duration_ns").asLong()).isEqualTo(412_345);
		assertThat(json.has("traceId")).isFalse();
		assertThat(json.has("ecs")).isFalse();
	}

	@Test
	void anyOtherStructuredFormatGetsEcsAndNoneGetsText() {
		assertThat(AccessLog.Format.of("gelf")).isEqualTo(AccessLog.Format.ECS);
		assertThat(AccessLog.Format.of(" ")).isEqualTo(AccessLog.Format.TEXT);
		assertThat(AccessLog.Format.of("LOGSTASH")).isEqualTo(AccessLog.Format.LOGSTASH);
	}

}
