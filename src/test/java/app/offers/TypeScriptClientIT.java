package app.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.offers.discount.LiveOffers;

/**
 * The TypeScript client in clients/typescript, against the running service: its types are
 * generated again from this service's /v3/api-docs (src/api.d.ts, committed), the client,
 * the README's example and the client's tests must compile with {@code tsc --strict
 * --exactOptionalPropertyTypes}, the client's own tests ({@code npm test}: node http
 * stubs of the service and of a proxy, the packed package, and with OFFERS_URL this
 * service: a real call with its ETag, then a 304) must pass, the package's version must
 * be the service's and its apiVersion the description's, and the example must get the
 * answers it prints. An API change that breaks the client fails here. Needs node and
 * {@code npm ci} in clients/typescript: skipped without them, failed in CI
 * ({@code CI=true}), which must provide them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TypeScriptClientIT {

	static final Path CLIENT = Path.of("clients", "typescript");

	static final String HOW = "TypeScript client test skipped: install node and npm, then run npm ci in " + CLIENT
			+ " to run it";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@BeforeAll
	static void nodeAndTheClientsPackagesAreThere() {
		boolean ready = Files.isDirectory(CLIENT.resolve("node_modules").resolve(".bin")) && runs("node", "--version")
				&& runs("npm", "--version");
		if (!ready && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(HOW.replace("skipped", "cannot run") + "; CI must provide them");
		}
		Assumptions.assumeTrue(ready, HOW);
	}

	@BeforeEach
	void emptyStore() {
		jdbc.update("delete from offer");
		live.reloadAll();
	}

	@Test
	void theLiveDescriptionPassesRedoclysRecommendedLintWithoutErrors() throws Exception {
		String out = run("npx", "--no-install", "redocly", "lint", "http://localhost:" + port + "/v3/api-docs",
				"--format=summary");
		assertThat(out).doesNotContainIgnoringCase("error");
	}

	@Test
	void theClientGeneratedFromTheDescriptionCompilesAndGetsTheExamplesAnswers() throws Exception {
		run("npx", "--no-install", "openapi-typescript", "http://localhost:" + port + "/v3/api-docs", "-o",
				"src/api.d.ts");
		assertThat(Files.readString(CLIENT.resolve("src/api.d.ts"))).contains("getHighestDiscount: {",
				"paymentInstrument: string | null;",
				"flipkartOfferApiResponse: {\n                [key: string]: unknown;\n            } | unknown[];");
		run("npm", "run", "--silent", "typecheck");
		run("npm", "run", "--silent", "build");
		run("npm", "run", "--silent", "compile");
		String out = run("node", "build/examples/checkout.js", "http://localhost:" + port);
		assertThat(out.lines()).containsExactly("learned 3 offers, 3 new",
				// CREDIT reaches the IDFC debit-card offer filed under Flipkart's card
				// option, CREDIT_CARD not
				"IDFC CREDIT on ₹20000: save ₹750", "IDFC CREDIT_CARD on ₹20000: save ₹0",
				// the same question again: the client sends the ETag it kept, the
				// service answers 304 and the client gives the kept answer
				"again: 304, the kept copy: save ₹750",
				"HDFC, any way to pay, ₹600: FPO250626172916JI4VZ gives ₹10 (flat ₹10; amount at least ₹500; "
						+ "any bank; instruments UPI_COLLECT, UPI_INTENT)",
				"pay ₹600 by FLIPKARTAXISBANK CREDIT_CARD: save ₹30", "pay ₹600 by any bank UPI_COLLECT: save ₹10",
				"pay ₹600 by any bank UPI_INTENT: save ₹10",
				"refused (400, request checkout-example-1): amountToPay must be greater than 0; got \"0\".");
	}

	@Test
	void theClientsOwnTestsPassAgainstStubsAndAgainstThisService() throws Exception {
		String url = "http://localhost:" + port;
		String out = run(Map.of("OFFERS_URL", url), 300, "npm", "test");
		assertThat(out)
			.contains("ℹ fail 0", "connection refused is a network-error problem",
					"an HTML 503 from a proxy is an unexpected-response problem",
					"gives back the kept data: the last ETag is sent as If-None-Match",
					"Retry-After: 1 is waited for, then the call is sent again", "POST is sent once by default",
					"aborts a call waiting for its answer", "are on a data outcome",
					"npm pack makes a tarball that installs",
					// the tests against this service ran
					"a call gives data with an ETag; the same call again is a 304 that gives the same data back")
			.doesNotContain("OFFERS_URL is not set");
		assertThat(run("npm", "run", "--silent", "check:version", "--", url + "/v3/api-docs"))
			.contains("matches pom.xml and " + url + "/v3/api-docs");
	}

	/** Runs a command in the client's folder; its output, or a failure showing it. */
	static String run(String... command) throws IOException, InterruptedException {
		return run(Map.of(), 120, command);
	}

	/**
	 * Runs a command in the client's folder with these environment variables, for at most
	 * this many seconds; its output, or a failure showing it.
	 */
	static String run(Map<String, String> environment, int seconds, String... command)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile("typescript-client-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish in " + seconds + "s:\n" + Files.readString(log));
			}
			String out = Files.readString(log);
			assertThat(process.exitValue()).as(String.join(" ", command) + " failed:%n%s", out).isZero();
			return out;
		}
		finally {
			Files.delete(log);
		}
	}

	static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
