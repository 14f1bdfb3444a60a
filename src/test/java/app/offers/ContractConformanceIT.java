package app.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live service against its own description, through Stoplight Prism
 * (clients/typescript/scripts/prism-check.mjs): calls to every endpoint, valid and
 * invalid. A valid call must pass a Prism proxy with {@code --errors} without a single
 * violation; an invalid one must be flagged by Prism and still answered with a problem
 * the description documents. Needs node and {@code npm ci} in clients/typescript, like
 * {@link TypeScriptClientIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "offers.api-key=" + ContractConformanceIT.KEY)
class ContractConformanceIT {

	static final String KEY = "conformance-key";

	@LocalServerPort
	int port;

	@BeforeAll
	static void nodeAndTheClientsPackagesAreThere() {
		TypeScriptClientIT.nodeAndTheClientsPackagesAreThere();
	}

	@Test
	void everyCallAnswersWhatTheDescriptionSaysUnderPrism() throws Exception {
		Path log = Files.createTempFile("prism-check-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder("node", "scripts/prism-check.mjs", "http://localhost:" + port)
				.directory(TypeScriptClientIT.CLIENT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("OFFERS_API_KEY", KEY);
			builder.environment().put("PRISM_PORT", Integer.toString(twoFreePorts()));
			Process process = builder.start();
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail("the Prism check did not finish in 300s:%n%s", Files.readString(log));
			}
			String out = Files.readString(log);
			assertThat(process.exitValue()).as("the Prism check failed:%n%s", out).isZero();
			assertThat(out)
				.containsPattern(
						"\\n\\d+ calls: \\d+ allowed by the description, \\d+ refused by it; 0 violations; 0 failed\\.")
				.doesNotContain("FAIL ");
		}
		finally {
			Files.delete(log);
		}
	}

	/**
	 * A free port whose next one is free too: the script's two proxies listen on them.
	 */
	static int twoFreePorts() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket first = new ServerSocket(0)) {
				int port = first.getLocalPort();
				if (port < 65535) {
					try (ServerSocket second = new ServerSocket(port + 1)) {
						return port;
					}
					catch (IOException taken) {
						// try another pair
					}
				}
			}
		}
		throw new IOException("no two free consecutive ports");
	}

}
