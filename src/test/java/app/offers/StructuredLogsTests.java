package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** With logging.structured.format.console set, log lines are JSON and carry the request's id. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

	@Test
	void logLinesAreJsonWithTheRequestId(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OffersApplication.class)
			.run("--server.port=0", "--logging.structured.format.console=ecs",
					"--spring.datasource.url=jdbc:h2:mem:structured-logs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offer"))
					.header("Content-Type", "application/json")
					.header("X-Request-Id", "trace-me-7")
					.POST(HttpRequest.BodyPublishers
						.ofString(GeneratedPayloads.wrapped("FPO-LOG-" + System.nanoTime() + "-", 2, 9)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-me-7");
		}
		String line = output.getOut()
			.lines()
			.filter(l -> l.contains("trace-me-7"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no log line with the request id"));
		assertThat(line).startsWith("{").contains("\"requestId\":\"trace-me-7\"").contains("\"message\":\"Payload with 2 offers");
	}
}
