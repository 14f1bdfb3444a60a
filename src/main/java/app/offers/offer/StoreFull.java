package app.offers.offer;

/**
 * A write that would take the store beyond {@code offers.max-stored-offers}: refused, nothing stored. The bound
 * keeps every store that accepted writes can produce loadable at start-up.
 *
 * @param stored offers the store holds
 * @param adding new offers the write brought
 * @param limit the most the store may hold
 */
public class StoreFull extends RuntimeException {

	private final long stored;

	private final int adding;

	private final int limit;

	StoreFull(long stored, int adding, int limit) {
		super("The store holds " + stored + " offers; " + adding + " new ones would take it beyond " + limit);
		this.stored = stored;
		this.adding = adding;
		this.limit = limit;
	}

	public long stored() {
		return stored;
	}

	public int adding() {
		return adding;
	}

	public int limit() {
		return limit;
	}
}
