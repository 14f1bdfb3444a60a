package app.offers.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket: requests no client library sends (bodies on GET,
 * oversized or broken headers, bytes that are not valid percent-encoding, bodies that
 * stop halfway) and answers exactly as the server wrote them.
 */
public final class RawHttp {

	/** An answer; header names in lower case. */
	public record Answer(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? "" : String.join(", ", values);
		}
	}

	private RawHttp() {
	}

	/**
	 * A GET with the given header lines, asking the server to close the connection after
	 * answering.
	 */
	public static String get(String target, String... headers) {
		StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").toString();
	}

	/** Sends a request on a new connection and reads its answer. */
	public static Answer exchange(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			Answer answer = readAnswer(socket, Duration.ofSeconds(10));
			if (answer == null) {
				throw new SocketTimeoutException("no answer within 10s");
			}
			return answer;
		}
	}

	/**
	 * Reads one answer: the head, then the body by chunks, by Content-Length or to the
	 * end of the connection. Null when nothing arrives within the wait; EOFException when
	 * the server closes the connection without answering.
	 */
	public static @Nullable Answer readAnswer(Socket socket, Duration wait) throws IOException {
		socket.setSoTimeout((int) wait.toMillis());
		InputStream in = new BufferedInputStream(socket.getInputStream());
		String statusLine;
		try {
			statusLine = line(in);
		}
		catch (SocketTimeoutException ex) {
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line; !(line = line(in)).isEmpty();) {
			int colon = line.indexOf(':');
			headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		Answer head = new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (head.header("Transfer-Encoding").contains("chunked")) {
			for (int size; (size = Integer.parseInt(line(in).trim(), 16)) > 0; line(in)) {
				body.write(in.readNBytes(size));
			}
			line(in);
		}
		else if (!head.header("Content-Length").isEmpty()) {
			body.write(in.readNBytes(Integer.parseInt(head.header("Content-Length"))));
		}
		else if (head.header("Connection").contains("close")) {
			in.transferTo(body);
		}
		return new Answer(head.status(), headers, body.toString(StandardCharsets.UTF_8));
	}

	/**
	 * True when the server closes the connection (or resets it) within the wait, with
	 * nothing more to read.
	 */
	public static boolean closedWithin(Socket socket, Duration wait) throws IOException {
		socket.setSoTimeout((int) wait.toMillis());
		try {
			return socket.getInputStream().read() < 0;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException reset) {
			return true;
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b; (b = in.read()) != '\n';) {
			if (b < 0) {
				throw new EOFException("connection closed after \"" + line + "\"");
			}
			line.append((char) b);
		}
		return line.toString().strip();
	}

}
