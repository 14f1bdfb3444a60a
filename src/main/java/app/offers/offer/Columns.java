package app.offers.offer;

/**
 * The width of every text column of the offer tables, as the migrations create them: the
 * entity mappings and the parser's checks read them here, and {@code ColumnWidthsTests}
 * checks them against the schema, so a value too long for its column is a doubt about its
 * offer before it reaches the database, never a failed write.
 */
public final class Columns {

	public static final int OFFER_KEY = 80;

	public static final int FLIPKART_ID = 64;

	public static final int SUMMARY = 2000;

	public static final int BANK_CODE = 64;

	public static final int INSTRUMENT = 40;

	public static final int CARD_NETWORK = 40;

	/** {@link Condition#encode}: every condition's code, one per line. */
	public static final int CONDITIONS = 4000;

	private Columns() {
	}

}
