package app.offers.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to the service a test started on a port of localhost. */
public final class LocalHttp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private LocalHttp() {
	}

	/** GET path (with its query), as the service answered it. */
	public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HTTP.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** POST /offer of a JSON body, without an API key, as the service answered it. */
	public static HttpResponse<String> postOffer(int port, String body) throws IOException, InterruptedException {
		return HTTP.send(request(port, "/offer").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
