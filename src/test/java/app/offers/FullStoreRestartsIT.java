package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.offers.offer.OfferLimits;
import app.offers.testing.ServerProcess;

/**
 * A store filled to its bound with the worst offers a post may carry (each naming the
 * per-offer maximum of made-up banks, instruments, card networks and tenures) refuses one
 * more offer with 507 and nothing stored, and a restart on it becomes ready within a
 * fixed heap and answers reads. Prints the heap used after the load.
 */
class FullStoreRestartsIT {

	/**
	 * Offers the store is filled with: as many worst offers as the default offer-bank
	 * link bound takes.
	 */
	static final int STORED = (int) (Long.getLong("fullStore.links", 500_000) / OfferLimits.DEFAULTS.banks());

	static final int PER_POST = 250;

	/** The heap the restart gets: what the figure below must fit. */
	static final String HEAP = System.getProperty("fullStore.heap", "1g");

	@TempDir
	Path data;

	@Test
	void aStoreFilledToItsBoundRefusesMoreAndLoadsAfterARestart() throws Exception {
		int port = ServerProcess.freePort();
		String bound = "--offers.max-stored-bank-links=" + (long) STORED * OfferLimits.DEFAULTS.banks();
		long started = System.nanoTime();
		try (ServerProcess server = ServerProcess.start(data, port, "--logging.level.root=WARN", bound)) {
			for (int from = 0; from < STORED; from += PER_POST) {
				HttpResponse<String> answer = post(server, payload(from, Math.min(PER_POST, STORED - from)));
				if (answer.statusCode() != 200) {
					String logs = server.logs();
					throw new AssertionError(answer.body() + "\n" + logs.substring(Math.max(0, logs.length() - 3000)));
				}
			}
			HttpResponse<String> full = post(server, payload(STORED, 1));
			assertThat(full.statusCode()).isEqualTo(507);
			assertThat(full.body()).contains("urn:flipkart-offers:problem:store-full")
				.contains("offers.max-stored-bank-links");
			assertThat(server.get("/offers/W" + STORED).statusCode()).as("nothing stored").isEqualTo(404);
		}
		System.out.printf("FullStoreRestartsIT: filled %d offers in %.1f s%n", STORED,
				(System.nanoTime() - started) / 1e9);
		long restarted = System.nanoTime();
		try (ServerProcess server = ServerProcess.start(List.of("-Xmx" + HEAP), data, port, ServerProcess.h2(data),
				"--logging.level.root=WARN", bound)) {
			System.out.printf("FullStoreRestartsIT: ready in %.1f s with -Xmx%s%n",
					(System.nanoTime() - restarted) / 1e9, HEAP);
			HttpResponse<String> read = server.get("/highest-discount?amountToPay=100000&bankName=ZB0X0");
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).isEqualTo("{\"highestDiscountAmount\":1500}");
			assertThat(server.get("/payment-options?amountToPay=100000").statusCode()).isEqualTo(200);
			assertThat(server.get("/offers?size=1").body()).contains("\"totalOffers\":" + STORED);
			long heap = heapUsed(server);
			System.out.printf(
					"FullStoreRestartsIT: %d offers of %d banks, %d instruments, %d networks, %d tenures: "
							+ "heap used after load %d MB (%d KB per offer)%n",
					STORED, OfferLimits.DEFAULTS.banks(), OfferLimits.DEFAULTS.instruments(),
					OfferLimits.DEFAULTS.cardNetworks(), OfferLimits.DEFAULTS.tenures(), heap >> 20,
					(heap >> 10) / STORED);
		}
	}

	static HttpResponse<String> post(ServerProcess server, String body) throws Exception {
		return server.http().send(server.post("/offer", body).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Heap in use (after the load and the reads, garbage included) from the Prometheus
	 * endpoint.
	 */
	static long heapUsed(ServerProcess server) throws Exception {
		String metrics = server.get("/actuator/prometheus").body();
		Matcher m = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} (\\S+)").matcher(metrics);
		double sum = 0;
		while (m.find()) {
			sum += Double.parseDouble(m.group(1));
		}
		return (long) sum;
	}

	/**
	 * Offers {@code from} to {@code from + n}, each naming the per-offer maximum: banks
	 * made up and its own (no two offers share one, so none is shared in memory),
	 * instruments known and made up, networks, tenures.
	 */
	static String payload(int from, int n) {
		OfferLimits max = OfferLimits.DEFAULTS;
		List<String> known = List.of("CREDIT", "CREDIT_CARD", "DEBIT", "EMI_OPTIONS", "DEBIT_EMI", "NET_OPTIONS", "UPI",
				"UPI_INTENT", "UPI_COLLECT", "FK_UPI", "PHONEPE", "GOOGLEPAY", "PAYTM", "BHIM", "MOBIKWIK", "CRED",
				"AMAZONPAY");
		StringBuilder json = new StringBuilder(n * 12_000);
		json.append("{\"flipkartOfferApiResponse\":{\"offer_sections\":{\"PBO\":{\"offers\":[");
		for (int i = from; i < from + n; i++) {
			json.append(i == from ? "" : ",")
				.append("{\"adjustment_type\":\"INSTANT_DISCOUNT\",\"adjustment_id\":\"W")
				.append(i)
				.append("\",\"summary\":\"10% off up to ₹1,500 on Credit Card Txns, Min Txn Value: ₹")
				.append(5000 + i % 1000)
				.append("\",\"contributors\":{\"banks\":[");
			for (int b = 0; b < max.banks(); b++) {
				json.append(b == 0 ? "\"" : ",\"").append("ZB").append(i).append('X').append(b).append('"');
			}
			json.append("],\"payment_instrument\":[");
			for (int k = 0; k < max.instruments(); k++) {
				json.append(k == 0 ? "\"" : ",\"")
					.append(k < known.size() ? known.get(k) : "ZZ_MADE_UP_" + k)
					.append('"');
			}
			json.append("],\"card_networks\":[");
			for (int k = 0; k < max.cardNetworks(); k++) {
				json.append(k == 0 ? "\"" : ",\"").append("NETWORK").append(k).append('"');
			}
			json.append("],\"emi_months\":[");
			for (int k = 1; k <= max.tenures(); k++) {
				json.append(k == 1 ? "\"" : ",\"").append(k).append('"');
			}
			json.append("]}}");
		}
		return json.append("]}}}}").toString();
	}

}
