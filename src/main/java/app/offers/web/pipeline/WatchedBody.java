package app.offers.web.pipeline;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is read under a {@link Watch}: before every read and after every
 * read that gave bytes, so a filter can stop a body that runs too long
 * ({@link BodySizeLimit}) or too slow ({@link UploadGate}) while it is read, with the
 * exception the filter's problem maps.
 */
final class WatchedBody extends HttpServletRequestWrapper {

	/** What a filter checks on the body's reads; each method may refuse by throwing. */
	interface Watch {

		/** Before each read. */
		default void beforeRead() throws IOException {
		}

		/** After a read that gave {@code bytes} bytes (at least one). */
		default void afterRead(int bytes) throws IOException {
		}

	}

	private final Watch watch;

	private @Nullable ServletInputStream stream;

	WatchedBody(HttpServletRequest request, Watch watch) {
		super(request);
		this.watch = watch;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			ServletInputStream in = super.getInputStream();
			stream = new ServletInputStream() {

				@Override
				public int read() throws IOException {
					watch.beforeRead();
					int b = in.read();
					if (b >= 0) {
						watch.afterRead(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					watch.beforeRead();
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						watch.afterRead(n);
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
		return stream;
	}

}
