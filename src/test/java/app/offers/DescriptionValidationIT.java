package app.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The description as the running service serves it on a port of its own, read by a
 * standard JSON Schema validator (ajv, scripts/description-check): its server is relative
 * (Swagger UI's "Try it out" calls whatever host and port it was opened on), every
 * amountToPay schema accepts 100,000 random valid amounts and refuses invalid ones, and
 * every example fits its schema. Needs node and {@code npm ci} in
 * scripts/description-check: skipped without them, failed in CI ({@code CI=true}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DescriptionValidationIT {

	static final Path CHECK = Path.of("scripts", "description-check");

	@LocalServerPort
	int port;

	@BeforeAll
	static void nodeAndTheCheckersPackagesAreThere() {
		boolean ready = Files.isDirectory(CHECK.resolve("node_modules").resolve("ajv"))
				&& TypeScriptClientIT.runs("node", "--version");
		String how = "description check skipped: install node, then run npm ci in " + CHECK + " to run it";
		if (!ready && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(how.replace("skipped", "cannot run") + "; CI must provide them");
		}
		Assumptions.assumeTrue(ready, how);
	}

	@Test
	void theServedDescriptionHasARelativeServerAndPassesAjv() throws Exception {
		HttpResponse<String> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(served.statusCode()).isEqualTo(200);
		JsonNode api = JsonMapper.builder().build().readTree(served.body());
		// not this port, nor any other: the origin the description was read from
		assertThat(api.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(served.body()).doesNotContain("localhost");

		Path description = Files.createTempFile("api-docs-", ".json");
		Path log = Files.createTempFile("description-check-", ".log");
		try {
			Files.writeString(description, served.body());
			Process process = new ProcessBuilder("node", "check.mjs", description.toAbsolutePath().toString())
				.directory(CHECK.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("the description check did not finish in 120s:%n%s", Files.readString(log));
			}
			String out = Files.readString(log);
			System.out.print(out);
			assertThat(process.exitValue()).as("the description check failed:%n%s", out).isZero();
			assertThat(out).contains("amounts: 100007 valid amounts accepted by 3 amountToPay schemas")
				.containsPattern("multipleOf 0.01 would refuse [1-9]\\d* ")
				.containsPattern("examples: [1-9]\\d* checked")
				.contains("description check passed")
				.doesNotContain("FAIL ");
		}
		finally {
			Files.delete(description);
			Files.delete(log);
		}
	}

}
