package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.offers.testing.RawHttp.Answer;
import app.offers.testing.RawHttp;

/**
 * Clients that open connections and then send too slowly, or not at all, cannot starve
 * the others: an ordinary query on a fresh connection is answered at once while hundreds
 * of stalled connections are open, and every stalled request is answered or closed within
 * seconds instead of holding a thread.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "offers.max-concurrent-uploads=32", "offers.body-read-timeout=2s" })
class SlowClientsIT {

	static final String QUERY = "/highest-discount?amountToPay=1000&bankName=HDFC";

	/** Headers of an upload of 100,000 bytes and the first half of its body. */
	static final byte[] HALF_AN_UPLOAD = ("POST /offer HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
			+ "Content-Length: 100000\r\n\r\n{\"flipkartOfferApiResponse\": \"" + "x".repeat(50_000 - 30))
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	final List<Socket> sockets = new ArrayList<>();

	@AfterEach
	void closeAll() {
		for (Socket socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// already gone
			}
		}
		sockets.clear();
	}

	Socket send(byte[] bytes) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		sockets.add(socket);
		socket.getOutputStream().write(bytes);
		return socket;
	}

	Socket send(String text) throws IOException {
		return send(text.getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void anOrdinaryQueryIsAnsweredAtOnceWhileHundredsOfConnectionsStall() throws Exception {
		warmUp();
		List<Socket> uploads = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			uploads.add(send(HALF_AN_UPLOAD));
		}
		List<Socket> halfHeaders = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			halfHeaders.add(send("GET " + QUERY + " HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
		}
		List<Socket> getsWithABody = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			getsWithABody.add(send("GET " + QUERY + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n"));
		}

		long start = System.nanoTime();
		assertAnsweredAtOnce("while " + sockets.size() + " connections were just opened and stall");

		// a GET that declares a body is refused and its connection closed, not kept
		// waiting for the body
		for (Socket socket : getsWithABody) {
			Answer refused = RawHttp.readAnswer(socket, Duration.ofSeconds(2));
			assertThat(refused).isNotNull();
			ContainerErrorsIT.assertProblem(refused, 400);
			assertThat(refused.header("Connection")).isEqualTo("close");
			assertThat(RawHttp.closedWithin(socket, Duration.ofSeconds(1))).isTrue();
		}

		assertAnsweredAtOnce("while 300 connections stall within their headers and 32 within their body");

		// uploads beyond the limit are refused at once; the ones let in are answered when
		// their body stalls
		int refused = 0;
		long deadline = start + Duration.ofSeconds(12).toNanos();
		for (Socket socket : uploads) {
			Answer answer = answerOrClose(socket, left(deadline));
			if (answer != null && answer.status() == 429) {
				refused++;
			}
			else if (answer != null) {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(408);
			}
		}
		assertThat(refused).isGreaterThanOrEqualTo(300 - 32);
		System.out.println("stalled uploads refused at once: " + refused + ", answered when they stalled: "
				+ (300 - refused) + ", all within " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");

		// connections stalled within their headers are closed by the server
		for (Socket socket : halfHeaders) {
			assertThat(RawHttp.closedWithin(socket, left(deadline))).isTrue();
		}
	}

	static Duration left(long deadline) {
		return Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
	}

	/**
	 * The JIT compiles the ordinary and the refused paths first, as in a service that has
	 * been running.
	 */
	void warmUp() throws IOException {
		for (int i = 0; i < 300; i++) {
			RawHttp.exchange(port, RawHttp.get(QUERY));
			RawHttp.exchange(port, RawHttp.get(QUERY, "Content-Length: 10"));
		}
	}

	void assertAnsweredAtOnce(String when) throws IOException {
		long start = System.nanoTime();
		Answer ordinary = RawHttp.exchange(port, RawHttp.get(QUERY));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("ordinary query answered in " + took.toMillis() + " ms " + when);
		assertThat(ordinary.status()).isEqualTo(200);
		assertThat(took).as(when).isLessThan(Duration.ofSeconds(1));
	}

	/**
	 * The answer, or null when the server closed the connection without one; fails when
	 * neither happens.
	 */
	static Answer answerOrClose(Socket socket, Duration wait) throws IOException {
		try {
			Answer answer = RawHttp.readAnswer(socket, wait);
			assertThat(answer).as("an answer or a closed connection within " + wait).isNotNull();
			return answer;
		}
		catch (IOException closedOrReset) {
			return null;
		}
	}

	@Test
	void theUploadAboveTheLimitIsRefusedAtOnceAndItsConnectionClosed() throws Exception {
		for (int i = 0; i < 32; i++) {
			send(HALF_AN_UPLOAD);
		}
		Thread.sleep(1000);
		long start = System.nanoTime();
		Socket extra = send(HALF_AN_UPLOAD);
		Answer answer = RawHttp.readAnswer(extra, Duration.ofSeconds(1));
		assertThat(answer).as("answered at once").isNotNull();
		ContainerErrorsIT.assertProblem(answer, 429);
		assertThat(answer.header("Retry-After")).isEqualTo("1");
		assertThat(answer.header("Connection")).isEqualTo("close");
		assertThat(ContainerErrorsIT.problem(answer).get("detail").asString())
			.contains("offers.max-concurrent-uploads");
		// closed, not held open while Tomcat waits for the rest of a body nobody will
		// read
		assertThat(RawHttp.closedWithin(extra, Duration.ofSeconds(1))).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void anErrorAnswerDoesNotWaitForTheBodyItLeftUnread() throws Exception {
		// 415: a status after which Tomcat itself would keep the connection and wait for
		// the body
		Socket wrongType = send("POST /offer HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
				+ "Content-Length: 100000\r\n\r\n");
		Answer answer = RawHttp.readAnswer(wrongType, Duration.ofSeconds(2));
		assertThat(answer).isNotNull();
		ContainerErrorsIT.assertProblem(answer, 415);
		assertThat(RawHttp.closedWithin(wrongType, Duration.ofSeconds(1))).isTrue();

		Socket chunkedGet = send("GET " + QUERY + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
		answer = RawHttp.readAnswer(chunkedGet, Duration.ofSeconds(2));
		assertThat(answer).isNotNull();
		ContainerErrorsIT.assertProblem(answer, 400);
		assertThat(RawHttp.closedWithin(chunkedGet, Duration.ofSeconds(1))).isTrue();
	}

	@Test
	void anUploadTricklingInIsCutOffByTheBodyReadTimeout() throws Exception {
		Socket trickle = send("POST /offer HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 100000\r\n\r\n{\"flipkartOfferApiResponse\": \"");
		OutputStream out = trickle.getOutputStream();
		long start = System.nanoTime();
		Answer answer = null;
		while (answer == null && System.nanoTime() - start < Duration.ofSeconds(6).toNanos()) {
			try {
				out.write('x');
			}
			catch (IOException closed) {
				answer = RawHttp.readAnswer(trickle, Duration.ofSeconds(1));
				break;
			}
			answer = RawHttp.readAnswer(trickle, Duration.ofMillis(200));
		}
		assertThat(answer).as("answered while still trickling").isNotNull();
		ContainerErrorsIT.assertProblem(answer, 408);
		assertThat(ContainerErrorsIT.problem(answer).get("detail").asString()).contains("offers.body-read-timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
	}

}
