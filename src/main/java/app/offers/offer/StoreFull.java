package app.offers.offer;

/**
 * A write that would take the store beyond one of its bounds
 * ({@code offers.max-stored-offers}, {@code offers.max-stored-bank-links}): refused,
 * nothing stored. The bounds keep every store that accepted writes can produce loadable
 * at start-up.
 *
 * @param what what is counted ("offers", "offer-bank links")
 * @param setting the setting that bounds it
 * @param stored how many the store holds
 * @param adding how many the write brought
 * @param limit the most the store may hold
 */
public class StoreFull extends RuntimeException {

	private final String what;

	private final String setting;

	private final long stored;

	private final long adding;

	private final long limit;

	StoreFull(String what, String setting, long stored, long adding, long limit) {
		super("The store holds " + stored + " " + what + "; " + adding + " more would take it beyond " + limit);
		this.what = what;
		this.setting = setting;
		this.stored = stored;
		this.adding = adding;
		this.limit = limit;
	}

	public String what() {
		return what;
	}

	public String setting() {
		return setting;
	}

	public long stored() {
		return stored;
	}

	public long adding() {
		return adding;
	}

	public long limit() {
		return limit;
	}

}
