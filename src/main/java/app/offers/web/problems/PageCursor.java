package app.offers.web.problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An opaque cursor for keyset paging: where the last page ended, as the sort key of its
 * last row, tied to one endpoint and one question. Written as base64url (no padding) of a
 * JSON array {@code ["c1", scope, key...]}; the client passes it back as it was.
 * {@link #read} refuses (400 invalid-parameter) a cursor that is malformed, too long, of
 * another version, or of another endpoint or question (another amount, bank, filter):
 * continuing it would answer a question nobody asked. The scope is a hash of the
 * question, not the question itself, so a cursor stays short. Nothing in a cursor is
 * secret or trusted: it only says where to continue, and any position is allowed.
 */
public final class PageCursor {

	/** No cursor this service writes is longer; a longer one is refused unread. */
	public static final int MAX_LENGTH = 512;

	private static final String VERSION = "c1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PageCursor() {
	}

	/**
	 * The scope of a question: the endpoint and a hash of the question in its canonical
	 * form (values as the service read them, not as they were written).
	 */
	public static String scope(String endpoint, String question) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(question.getBytes(StandardCharsets.UTF_8));
			return endpoint + ":" + HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** The cursor after a row with this sort key, for this scope. */
	public static String write(String scope, String... key) {
		List<String> parts = new ArrayList<>();
		parts.add(VERSION);
		parts.add(scope);
		parts.addAll(List.of(key));
		byte[] json = JSON.writeValueAsBytes(parts);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	/**
	 * The sort key a cursor holds ({@code keyLength} parts), null when none was given;
	 * refused as a 400 naming the parameter when it is not a cursor of this scope.
	 */
	public static @Nullable List<String> read(String name, @Nullable String value, String scope, int keyLength) {
		if (value == null) {
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			throw malformed(name);
		}
		JsonNode parts;
		try {
			parts = JSON.readTree(Base64.getUrlDecoder().decode(value));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw malformed(name);
		}
		if (parts == null || !parts.isArray() || parts.size() < 2 || !parts.get(0).isString()
				|| !VERSION.equals(parts.get(0).asString())) {
			throw malformed(name);
		}
		if (!parts.get(1).isString() || !scope.equals(parts.get(1).asString())) {
			throw BadRequest.parameter(name,
					name + " is a cursor of another question: pass the nextCursor of the "
							+ "previous page with the same parameters (limit may change), or leave " + name
							+ " out to start again.");
		}
		if (parts.size() != 2 + keyLength) {
			throw malformed(name);
		}
		List<String> key = new ArrayList<>(keyLength);
		for (int i = 2; i < parts.size(); i++) {
			if (!parts.get(i).isString()) {
				throw malformed(name);
			}
			key.add(parts.get(i).asString());
		}
		return key;
	}

	/**
	 * A cursor whose key does not read as its endpoint's: refused like a malformed one.
	 */
	public static BadRequest malformed(String name) {
		return BadRequest.parameter(name, name + " is not a cursor this service wrote: pass the nextCursor of the "
				+ "previous page as it was, or leave " + name + " out to start from the first page.");
	}

}
