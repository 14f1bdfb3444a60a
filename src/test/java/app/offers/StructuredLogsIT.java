package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.ServerProcess;

/**
 * With logging.structured.format.console set, log lines are JSON and carry the request's
 * id. In a process of its own: the test JVM's logging is already configured by the other
 * tests' application contexts.
 */
class StructuredLogsIT {

	@TempDir
	Path data;

	@Test
	void logLinesAreJsonWithTheRequestId() throws Exception {
		try (ServerProcess server = ServerProcess.start(data, ServerProcess.freePort(),
				"--logging.structured.format.console=ecs")) {
			HttpResponse<String> response = server.http()
				.send(server.post("/offer", GeneratedPayloads.wrapped("FPO-LOG-", 2, 9))
					.header("X-Request-Id", "trace-me-7")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-me-7");
			Thread.sleep(200);
			String line = server.logs()
				.lines()
				.filter(l -> l.contains("trace-me-7"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no log line with the request id"));
			assertThat(line).startsWith("{")
				.contains("\"requestId\":\"trace-me-7\"")
				.contains("\"message\":\"Payload with 2 offers");
		}
	}

}
