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
		ServerProcess server = ServerProcess.start(disk, port, "--logging.level.root=WARN",
				"--offers.write-probe-interval=200ms");
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

			Files.delete(disk.resolve("filler"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (server.get("/actuator/health").statusCode() != 200 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(server.get("/actuator/health").statusCode()).as("health after space is back").isEqualTo(200);
			assertThat(storeWrites(server)).isEqualTo("UP");
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
