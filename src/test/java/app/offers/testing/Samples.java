package app.offers.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The payment-page captures in src/test/resources/samples. */
public final class Samples {

	private Samples() {
	}

	/** A sample as a client posts it: raw captures get wrapped. */
	public static String wrapped(String file) throws IOException {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + file)) {
			if (in == null) {
				throw new IOException("no sample " + file);
			}
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return json.contains("\"flipkartOfferApiResponse\"") ? json : "{\"flipkartOfferApiResponse\": " + json + "}";
		}
	}
}
