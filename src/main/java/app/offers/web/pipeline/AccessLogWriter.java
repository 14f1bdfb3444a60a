package app.offers.web.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Access-log lines to standard output in batches: a write when 32 KB are pending or 50 ms
 * have passed since the last one, and a flush every 200 ms for what a quiet moment leaves
 * behind. A lone request's line goes out at once; under load, one write carries hundreds
 * of lines instead of one system call each. Writes go through {@code System.out}, whole
 * lines at a time, so they never split the lines of other loggers.
 */
final class AccessLogWriter {

	private static final int FLUSH_CHARS = 32 * 1024;

	private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** "2026-11-29T14:05:01." for one second: formatted once per second, not per line. */
	private record Second(long epochSecond, String prefix) {
	}

	private volatile Second second = new Second(-1, "");

	private final StringBuilder pending = new StringBuilder(FLUSH_CHARS * 2);

	private long lastFlush = System.nanoTime() - FLUSH_NANOS;

	private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "access-log-flush");
		thread.setDaemon(true);
		return thread;
	});

	AccessLogWriter() {
		flusher.scheduleWithFixedDelay(this::flush, 200, 200, TimeUnit.MILLISECONDS);
	}

	synchronized void write(String line) {
		pending.append(line);
		long now = System.nanoTime();
		if (pending.length() >= FLUSH_CHARS || now - lastFlush >= FLUSH_NANOS) {
			flush(now);
		}
	}

	synchronized void flush() {
		flush(System.nanoTime());
	}

	private void flush(long now) {
		lastFlush = now;
		if (pending.isEmpty()) {
			return;
		}
		byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
		pending.setLength(0);
		// one write, whole lines; looked up each time so a replaced System.out (tests)
		// gets them
		System.out.write(bytes, 0, bytes.length);
		System.out.flush();
	}

	/** {@code 2026-11-29T14:05:01.123Z}: ISO 8601 in UTC, to the millisecond. */
	void timestamp(long epochMillis, StringBuilder out) {
		long epochSecond = Math.floorDiv(epochMillis, 1000);
		Second s = second;
		if (s.epochSecond() != epochSecond) {
			s = new Second(epochSecond,
					SECONDS.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)) + ".");
			second = s;
		}
		int millis = (int) Math.floorMod(epochMillis, 1000);
		out.append(s.prefix()).append(millis < 10 ? "00" : millis < 100 ? "0" : "").append(millis).append('Z');
	}

	void close() {
		flusher.shutdownNow();
		flush();
	}

}
