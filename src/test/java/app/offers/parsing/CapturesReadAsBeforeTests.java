package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import app.offers.offer.Condition;
import app.offers.offer.Offer;
import app.offers.testing.Samples;
import tools.jackson.databind.JsonNode;

/**
 * Every capture gives the offers it gave when {@code offers-as-read.txt} was written: a
 * new reader or shape may add captures, never change what an existing one reads as. The
 * file is written by running this class with
 * {@code -Dsamples.rewrite=src/test/resources/samples/offers-as-read.txt}, and reviewed
 * like code.
 */
class CapturesReadAsBeforeTests {

	private static final String AS_READ = "/samples/offers-as-read.txt";

	/** One line per offer, every part the service understood, sets sorted. */
	static String line(String file, Offer o) {
		return String.join(" | ", file, o.key(), o.kind().name(), o.readable() ? "readable" : "unreadable",
				o.terms().toString(), new TreeSet<>(o.banks()).toString(), new TreeSet<>(o.instruments()).toString(),
				new TreeSet<>(o.cardNetworks()).toString(),
				new TreeSet<>(o.tenure().months()) + " " + o.tenure().minMonths() + "-" + o.tenure().maxMonths(),
				o.validFrom() + "-" + o.validUntil(),
				String.valueOf(Condition.encode(o.conditions())).replace('\n', ';'), o.summary());
	}

	static List<String> lines(Map<String, JsonNode> captures) {
		List<String> lines = new ArrayList<>();
		captures.forEach((file, payload) -> new FlipkartOfferParser().parse(payload)
			.forEach(offer -> lines.add(line(file, offer))));
		return lines;
	}

	@Test
	void everyCaptureReadsAsItDidBefore() throws Exception {
		Map<String, JsonNode> captures = Samples.all();
		String rewrite = System.getProperty("samples.rewrite");
		List<String> now = lines(captures);
		if (rewrite != null) {
			Files.write(Path.of(rewrite), now, StandardCharsets.UTF_8);
		}
		List<String> before;
		try (InputStream in = getClass().getResourceAsStream(AS_READ)) {
			assertThat(in).as(AS_READ).isNotNull();
			before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		// captures added since are compared once they are in the file
		List<String> known = now.stream()
			.filter(line -> before.stream().anyMatch(b -> b.startsWith(line.substring(0, line.indexOf(" | ")) + " | ")))
			.toList();
		assertThat(known).containsExactlyElementsOf(before);
	}

}
