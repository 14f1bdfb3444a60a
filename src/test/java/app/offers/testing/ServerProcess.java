package app.offers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.offers.OffersApplication;

/**
 * The service in a process of its own (the test's classpath), for what a shared test JVM
 * cannot show.
 */
public final class ServerProcess implements AutoCloseable {

	public final int port;

	public final Path log;

	private final Process process;

	private final HttpClient http = HttpClient.newHttpClient();

	private ServerProcess(int port, Path log, Process process) {
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts the service on a free port with its H2 database in {@code data}, and waits
	 * until it is ready.
	 */
	public static ServerProcess start(Path data, int port, String... args) throws Exception {
		return start(data, port, h2(data), args);
	}

	/**
	 * The arguments that put the service's H2 file, with the settings application.yml
	 * uses, in {@code data}.
	 */
	public static List<String> h2(Path data) {
		return List.of("--offers.data-dir=" + data,
				"--spring.datasource.url=" + TestDatabases.h2File(data.resolve("offers")));
	}

	/** The arguments that put the service on the PostgreSQL test database. */
	public static List<String> postgres() {
		return List.of("--spring.datasource.url=" + PostgresDatabase.url(),
				"--spring.datasource.username=" + PostgresDatabase.user(),
				"--spring.datasource.password=" + PostgresDatabase.password());
	}

	/**
	 * Starts the service on the database the arguments name; its log goes to
	 * {@code data}.
	 */
	public static ServerProcess start(Path data, int port, List<String> database, String... args) throws Exception {
		return start(List.of(), data, port, database, args);
	}

	/** As above, with these JVM options (a heap size) before the main class. */
	public static ServerProcess start(List<String> jvm, Path data, int port, List<String> database, String... args)
			throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(jvm);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), OffersApplication.class.getName(),
				"--server.port=" + port));
		command.addAll(database);
		command.addAll(List.of(args));
		Path log = data.resolve("server-" + System.nanoTime() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ServerProcess server = new ServerProcess(port, log, process);
		server.awaitReady();
		return server;
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitReady() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			assertThat(process.isAlive()).as("server exited: %s", logs()).isTrue();
			Thread.sleep(100);
		}
		kill();
		throw new AssertionError("server did not become ready: " + logs());
	}

	public HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	public HttpClient http() {
		return http;
	}

	public String logs() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	/** SIGKILL: no shutdown hooks, no graceful anything. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
