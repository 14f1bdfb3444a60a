package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The widths the parser checks against ({@link Columns}) are those the migrations gave
 * the columns, and an offer at every width is stored and read back whole: a value the
 * parser lets through always fits.
 */
@DataJpaTest
class ColumnWidthsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Offers offers;

	/** Table, column and the width {@link Columns} states for it. */
	record Width(String table, String column, int width) {
	}

	static final List<Width> WIDTHS = List.of(new Width("offer", "offer_key", Columns.OFFER_KEY),
			new Width("offer", "flipkart_id", Columns.FLIPKART_ID), new Width("offer", "summary", Columns.SUMMARY),
			new Width("offer", "conditions", Columns.CONDITIONS),
			new Width("offer_bank", "bank_code", Columns.BANK_CODE),
			new Width("offer_instrument", "instrument", Columns.INSTRUMENT),
			new Width("offer_card_network", "network", Columns.CARD_NETWORK),
			new Width("offer_revision", "summary", Columns.SUMMARY),
			new Width("offer_lifecycle", "offer_key", Columns.OFFER_KEY));

	@Test
	void theSchemaHasTheWidthsTheParserChecks() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			for (Width w : WIDTHS) {
				assertThat(width(connection, w.table(), w.column())).as("%s.%s", w.table(), w.column())
					.isEqualTo(w.width());
			}
		}
	}

	/** The column's width, whichever case the database keeps names in. */
	private static int width(Connection connection, String table, String column) throws java.sql.SQLException {
		for (boolean upper : new boolean[] { false, true }) {
			String t = upper ? table.toUpperCase(java.util.Locale.ROOT) : table;
			String c = upper ? column.toUpperCase(java.util.Locale.ROOT) : column;
			try (ResultSet columns = connection.getMetaData().getColumns(null, null, t, c)) {
				if (columns.next()) {
					return columns.getInt("COLUMN_SIZE");
				}
			}
		}
		throw new AssertionError("no column " + table + "." + column);
	}

	@Test
	void anOfferAtEveryWidthIsStoredAndReadBackWhole() {
		String key = "K".repeat(Columns.OFFER_KEY);
		List<Condition> conditions = List.of(Condition.selectCards("S".repeat(200)));
		Offer offer = new Offer(key, "I".repeat(Columns.FLIPKART_ID), OfferKind.CASHBACK,
				"x".repeat(Offer.MAX_SUMMARY_LENGTH), Set.of("B".repeat(Columns.BANK_CODE)),
				Set.of("P".repeat(Columns.INSTRUMENT)), Set.of("N".repeat(Columns.CARD_NETWORK)),
				new DiscountTerms(1000, null, null, null, null), Tenure.ANY, null, null, true, "[]", conditions);
		offers.insertNew(List.of(offer), 1, OfferRepositoriesTests.NOW);
		assertThat(offers.findById(key).orElseThrow().toOffer()).isEqualTo(offer);
	}

}
