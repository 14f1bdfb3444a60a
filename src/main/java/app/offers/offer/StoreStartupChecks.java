package app.offers.offer;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Before the service takes a request: the database is set up to make each commit durable
 * before it returns, and it takes this service's writes. A read-only file or a user
 * without rights stops the start-up here, with what to check, rather than failing the
 * first post.
 */
@Component
class StoreStartupChecks {

	StoreStartupChecks(OfferStore store) {
		try {
			store.applyDatabaseSettings();
			store.checkWritable();
		}
		catch (DataAccessException e) {
			throw new IllegalStateException("The database does not accept this service's writes ("
					+ ClientText.forLog(String.valueOf(e.getMostSpecificCause().getMessage()))
					+ "). Check spring.datasource.url: an H2 file needs a writable data directory (offers.data-dir "
					+ "for the default one); a PostgreSQL user needs insert and update rights on the service's "
					+ "tables.", e);
		}
	}

}
