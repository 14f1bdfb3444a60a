package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.offers.offer.Banks;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.ProductScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser on every real payment-page capture, checked against
 * {@code samples/expected-offers.csv}: one row per offer, transcribed by hand from the
 * careful-reader notes that came with the captures (never from the parser's own output).
 * CSV columns: {@code file,id,kind,percent,flat,cap,min,max,banks,instruments,scope};
 * amounts in rupees, empty for "none"; banks separated by {@code |}, with a leading
 * {@code +} meaning "contains at least these" (offers listing hundreds of codes);
 * instruments the canonical codes the offer is for, read from its text by the strict
 * rules (credit means credit cards, CREDIT is Flipkart's card option naming neither),
 * empty for any; scope {@code product} for offers limited to select products.
 */
class RealSampleParsingTests {

	private static final String SAMPLES = "/samples/";

	private static final String EXPECTATIONS = SAMPLES + "expected-offers.csv";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Invented captures of shapes integrators post, with their offers read by hand too.
	 */
	private static final Set<String> HAND_READ_INVENTED = Set.of("invented-12-offer-list-under-wrapper.json",
			"invented-13-offer-boxes-key-value-rows.json", "invented-14-list-of-offer-boxes.json");

	/** Each real file is parsed once, whatever the number of rows that look into it. */
	private static final Map<String, List<Offer>> PARSED = new ConcurrentHashMap<>();

	@Test
	void hasHandWrittenExpectationsForEveryRealSample() {
		List<ExpectedOffer> rows = expectations();
		assertThat(rows.stream().map(ExpectedOffer::file).distinct()).as("files in %s", EXPECTATIONS)
			.containsExactlyInAnyOrderElementsOf(realSampleFiles().toList());
		assertThat(rows.stream().map(row -> row.file() + " " + row.id())).as("(file, id) rows in %s", EXPECTATIONS)
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("realSampleFiles")
	void findsEveryOfferInEachRealSample(String file) {
		List<String> expectedIds = expectations().stream()
			.filter(row -> row.file().equals(file))
			.map(ExpectedOffer::id)
			.toList();
		List<String> keys = parse(file).stream().map(Offer::key).toList();
		assertThat(keys).as("offer keys found in %s", file).containsExactlyInAnyOrderElementsOf(expectedIds);
	}

	/**
	 * Large payloads are converted on several cores; the offers and their order must not
	 * change with that.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("realSampleFiles")
	void convertingOnSeveralCoresFindsTheSameOffersInTheSameOrder(String file) throws IOException {
		try (InputStream in = RealSampleParsingTests.class.getResourceAsStream(SAMPLES + file)) {
			JsonNode root = JSON.readTree(in);
			JsonNode payload = root.isObject() && root.has("flipkartOfferApiResponse")
					? root.get("flipkartOfferApiResponse") : root;
			List<Offer> alone = new FlipkartOfferParser(Integer.MAX_VALUE).parse(payload);
			assertThat(alone).isNotEmpty();
			assertThat(new FlipkartOfferParser(1).parse(payload)).containsExactlyElementsOf(alone);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("expectedOffers")
	void readsTheTermsOfEachOfferAsACarefulReaderWould(String file, String id, ExpectedOffer expected) {
		Offer offer = parse(file).stream().filter(o -> o.key().equals(id)).findFirst().orElse(null);
		assertThat(offer).as("%s: no offer with key %s", file, id).isNotNull();
		DiscountTerms terms = offer.terms();
		String where = file + " " + id + " ";
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(offer.kind().name()).as(where + "kind").isEqualTo(expected.kind());
			softly.assertThat(terms.percentBps()).as(where + "percentBps").isEqualTo(expected.percentBps());
			softly.assertThat(terms.flatPaise()).as(where + "flatPaise").isEqualTo(expected.flatPaise());
			softly.assertThat(terms.capPaise()).as(where + "capPaise").isEqualTo(expected.capPaise());
			softly.assertThat(terms.minTxnPaise()).as(where + "minTxnPaise").isEqualTo(expected.minTxnPaise());
			softly.assertThat(terms.maxTxnPaise()).as(where + "maxTxnPaise").isEqualTo(expected.maxTxnPaise());
			softly.assertThat(offer.instruments())
				.as(where + "instruments")
				.containsExactlyInAnyOrderElementsOf(expected.instrumentCodes());
			softly.assertThat(ProductScope.limitsProducts(offer.summary()))
				.as(where + "limited to select products")
				.isEqualTo(expected.scope().equals("product"));
			Set<String> banks = expected.canonicalBanks();
			if (expected.banksAtLeast()) {
				softly.assertThat(offer.banks()).as(where + "banks (at least)").containsAll(banks);
			}
			else if (banks.isEmpty()) {
				softly.assertThat(offer.banks()).as(where + "banks").isEmpty();
			}
			else {
				softly.assertThat(offer.banks()).as(where + "banks").containsExactlyInAnyOrderElementsOf(banks);
			}
		});
	}

	static Stream<String> realSampleFiles() {
		URL dir = RealSampleParsingTests.class.getResource(SAMPLES);
		assertThat(dir).as("test resource folder %s", SAMPLES).isNotNull();
		try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
			List<String> names = files.map(path -> path.getFileName().toString())
				.filter(name -> (name.startsWith("real-") || HAND_READ_INVENTED.contains(name))
						&& name.endsWith(".json"))
				.sorted()
				.toList();
			assertThat(names).as("real samples in %s", SAMPLES).isNotEmpty();
			return names.stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static Stream<Arguments> expectedOffers() {
		return expectations().stream().map(row -> Arguments.of(row.file(), row.id(), row));
	}

	/**
	 * The offers the parser finds in a sample, unwrapped from
	 * {@code flipkartOfferApiResponse} when wrapped.
	 */
	private static List<Offer> parse(String file) {
		return PARSED.computeIfAbsent(file, name -> {
			try (InputStream in = RealSampleParsingTests.class.getResourceAsStream(SAMPLES + name)) {
				assertThat(in).as("test resource %s%s", SAMPLES, name).isNotNull();
				JsonNode root = JSON.readTree(in);
				JsonNode payload = root.isObject() && root.has("flipkartOfferApiResponse")
						? root.get("flipkartOfferApiResponse") : root;
				return new FlipkartOfferParser().parse(payload);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static List<ExpectedOffer> expectations() {
		try (InputStream in = RealSampleParsingTests.class.getResourceAsStream(EXPECTATIONS)) {
			assertThat(in).as("test resource %s", EXPECTATIONS).isNotNull();
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			assertThat(lines).as("header of %s", EXPECTATIONS)
				.first()
				.isEqualTo("file,id,kind,percent,flat,cap,min,max,banks,instruments,scope");
			List<ExpectedOffer> rows = new ArrayList<>();
			for (int i = 1; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.isEmpty()) {
					continue;
				}
				String[] f = line.split(",", -1);
				if (f.length != 11) {
					throw new IllegalStateException(
							EXPECTATIONS + " line " + (i + 1) + " has " + f.length + " fields, not 11: " + line);
				}
				rows.add(new ExpectedOffer(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]));
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One CSV row as written: rupee amounts and percents as text, empty for "none". */
	record ExpectedOffer(String file, String id, String kind, String percent, String flat, String cap, String min,
			String max, String banks, String instruments, String scope) {

		Set<String> instrumentCodes() {
			return instruments.isEmpty() ? Set.of() : Set.of(instruments.split("\\|"));
		}

		@Nullable Integer percentBps() {
			return percent.isEmpty() ? null : new BigDecimal(percent).movePointRight(2).intValueExact();
		}

		@Nullable Long flatPaise() {
			return paise(flat);
		}

		@Nullable Long capPaise() {
			return paise(cap);
		}

		@Nullable Long minTxnPaise() {
			return paise(min);
		}

		@Nullable Long maxTxnPaise() {
			return paise(max);
		}

		/**
		 * A leading {@code +}: the offer lists many more codes; these few must be among
		 * them.
		 */
		boolean banksAtLeast() {
			return banks.startsWith("+");
		}

		Set<String> canonicalBanks() {
			String list = banksAtLeast() ? banks.substring(1) : banks;
			return Arrays.stream(list.split("\\|"))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.map(Banks::canonical)
				.collect(Collectors.toSet());
		}

		private static @Nullable Long paise(String rupees) {
			return rupees.isEmpty() ? null : new BigDecimal(rupees).movePointRight(2).longValueExact();
		}
	}

}
