package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.ServerProcess;

/**
 * The default H2 store on a disk that fills up: writes answer 503 and health turns DOWN
 * while reads go on, nothing acknowledged is lost, and once space is back writes and
 * health recover by themselves. The data directory is a small tmpfs of its own, which
 * needs root to mount: without it the test is skipped.
 */
class FullDiskIT {

	@TempDir
	Path temp;

	Path disk;

	@BeforeEach
	void mountASmallDisk() throws Exception {
		disk = Files.createDirectories(temp.resolve("disk"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString())
			.redirectErrorStream(true)
			.start();
		boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
		Assumptions.assumeTrue(mounted, "mounting a small tmpfs needs root: full-disk test skipped");
	}

	@AfterEach
	void unmount() throws Exception {
		new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
	}

	static HttpResponse<String> post(ServerProcess server, String body) throws Exception {
		return server.http().send(server.post("/offer", body).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String storeWrites(ServerProcess server) throws Exception {
		Matcher m = Pattern.compile("\"storeWrites\":\\{[^}]*?\"status\":\"(\\w+)\"")
			.matcher(server.get("/actuator/health").body());
		return m.find() ? m.group(1) : "missing";
	}

	/**
	 * Fills the disk to the last byte: blocks of a megabyte, then smaller ones down to
	 * one byte.
	 */
	static void fill(Path file) throws IOException {
		try (var out = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE)) {
			for (int size = 1 << 20; size >= 1; size /= 2) {
				try {
					while (true) {
						out.write(java.nio.ByteBuffer.allocate(size));
					}
				}
				catch (IOException full) {
					// no room for a block this size: try a smaller one
				}
			}
		}
	}

	@Test
	void aFullDiskAnswers503AndRecoversByItselfWithoutLosingAnAcknowledgedPost() throws Exception {
		int port = ServerProcess.freePort();
		// the log goes beside the full disk, not onto it
		ServerProcess server = ServerProcess.start(temp, port, ServerProcess.h2(disk),
				"--offers.access-log.enabled=false", "--logging.level.root=WARN",
				"--logging.level.app.offers.offer=INFO", "--offers.write-probe-interval=200ms");
		try {
			assertThat(post(server, GeneratedPayloads.wrapped("DISK-A-", 20, 1)).statusCode()).isEqualTo(200);

			fill(disk.resolve("filler"));
			HttpResponse<String> refused = post(server, GeneratedPayloads.wrapped("DISK-B-", 200, 2));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			HttpResponse<String> health = server.get("/actuator/health");
			assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
			assertThat(health.body()).containsPattern("\"diskSpace\":\\{[^}]*\\}?[^}]*\"status\":\"DOWN\"");
			assertThat(server.get("/highest-discount?amountToPay=100000&bankName=HDFC").statusCode()).isEqualTo(200);

			// the outage is logged once: more refused posts, reads and health checks add
			// no line
			long linesOnceKnown = server.logs().lines().count();
			for (int i = 0; i < 30; i++) {
				assertThat(post(server, GeneratedPayloads.wrapped("DISK-B" + i + "-", 50, 2)).statusCode())
					.isEqualTo(503);
				server.get("/offers?size=5");
				server.get("/actuator/health");
			}
			assertThat(server.logs().lines().count()).as(server.logs()).isEqualTo(linesOnceKnown);
			assertThat(server.logs()).containsOnlyOnce("The offer store is unavailable")
				.contains("(No space left on device)");

			Files.delete(disk.resolve("filler"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (server.get("/actuator/health").statusCode() != 200 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(server.get("/actuator/health").statusCode()).as("health after space is back").isEqualTo(200);
			assertThat(storeWrites(server)).isEqualTo("UP");
			Matcher ended = Pattern.compile("takes writes again after \\d+ s: (\\d+) requests answered 503")
				.matcher(server.logs());
			assertThat(ended.find()).as(server.logs()).isTrue();
			assertThat(Integer.parseInt(ended.group(1))).as("every refused post counted").isGreaterThanOrEqualTo(31);
			assertThat(server.logs()).containsOnlyOnce("The offer store takes writes again after");
			HttpResponse<String> accepted = post(server, GeneratedPayloads.wrapped("DISK-C-", 20, 3));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		}
		finally {
			server.kill();
		}
		try (ServerProcess restarted = ServerProcess.start(disk, port, "--logging.level.root=WARN")) {
			assertThat(restarted.get("/offers/DISK-A-19").statusCode()).isEqualTo(200);
			assertThat(restarted.get("/offers/DISK-C-19").statusCode()).isEqualTo(200);
			assertThat(restarted.get("/offers/DISK-B-0").statusCode()).isEqualTo(404);
		}
	}

}
