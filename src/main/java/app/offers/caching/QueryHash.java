package app.offers.caching;

import org.jspecify.annotations.Nullable;

/**
 * A 64-bit hash of a path and its query string, the same whatever the order of the
 * parameters (the canonical query: {@code a=1&b=2} and {@code b=2&a=1} ask the same).
 * Computed over the characters as sent, without decoding or allocating: it runs on every
 * read.
 */
final class QueryHash {

	private QueryHash() {
	}

	static long of(String path, @Nullable String query) {
		long hash = mix(fnv(path, 0, path.length()));
		if (query == null) {
			return hash;
		}
		// each name=value pair hashed alone and the results added: addition does not care
		// about order
		long pairs = 0;
		int from = 0;
		int length = query.length();
		while (from <= length) {
			int to = query.indexOf('&', from);
			if (to < 0) {
				to = length;
			}
			if (to > from) {
				pairs += mix(fnv(query, from, to));
			}
			from = to + 1;
		}
		return mix(hash * 31 + pairs);
	}

	/** FNV-1a over the characters from..to. */
	private static long fnv(String text, int from, int to) {
		long hash = 0xcbf29ce484222325L;
		for (int i = from; i < to; i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** MurmurHash3's finalizer: spreads every input bit over the output. */
	private static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

}
