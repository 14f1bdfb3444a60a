package app.offers.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
			return json.contains("\"flipkartOfferApiResponse\"") ? json
					: "{\"flipkartOfferApiResponse\": " + json + "}";
		}
	}

	/**
	 * Every capture by file name, as the parser takes it: the payment page's response,
	 * unwrapped.
	 */
	public static Map<String, JsonNode> all() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> all = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of(Samples.class.getResource("/samples/").toURI()))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
				JsonNode root = json.readTree(Files.readString(file));
				all.put(file.getFileName().toString(),
						root.has("flipkartOfferApiResponse") ? root.get("flipkartOfferApiResponse") : root);
			}
		}
		catch (URISyntaxException e) {
			throw new IOException(e);
		}
		return all;
	}

}
