package app.offers.offer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (the client may retry: connection refused or lost, a timeout, a
 * full or failing disk) from an error that retrying cannot fix (bad SQL for this
 * database, a value it refuses): the first is a 503 with Retry-After, the second a 500
 * whose cause is logged.
 */
public final class StoreFailures {

	/**
	 * H2's codes for a failing file or a closed database: IO_EXCEPTION_1/2 (90028,
	 * 90031), DATABASE_IS_CLOSED (90098), DATABASE_IS_READ_ONLY (90097: the disk went
	 * read-only after start-up, which checks it), NO_DISK_SPACE_AVAILABLE (90100),
	 * OUT_OF_MEMORY (90108), CONNECTION_BROKEN_1 (90067), DATABASE_CALLED_AT_SHUTDOWN
	 * (90121), LOCK_TIMEOUT_1 (50200), FILE_CORRUPTED_1 (90030).
	 */
	private static final Set<Integer> H2_OUTAGES = Set.of(90028, 90031, 90098, 90097, 90100, 90108, 90067, 90121, 50200,
			90030);

	/**
	 * Of those, the ones after which H2 has closed its database: the connection is
	 * useless, a new one reopens it.
	 */
	private static final Set<Integer> H2_CLOSED = Set.of(90028, 90031, 90098, 90097, 90100, 90067, 90121, 90030);

	/** Named, not imported: H2 is only one of the databases the service runs on. */
	private static final String H2_STORAGE_FAILURE = "org.h2.mvstore.MVStoreException";

	private StoreFailures() {
	}

	/**
	 * True when the connection that raised this is broken for good and must leave the
	 * pool.
	 */
	static boolean brokenConnection(SQLException sql) {
		return H2_CLOSED.contains(sql.getErrorCode()) && String.valueOf(sql.getErrorCode()).equals(sql.getSQLState());
	}

	/** True when the failure is an outage a later retry can succeed after. */
	public static boolean isOutage(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientException || t instanceof SQLRecoverableException
					|| t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof IOException
					// the connection could not begin, commit or roll back: the database,
					// not the data, failed
					|| t instanceof org.hibernate.TransactionException) {
				return true;
			}
			if (t instanceof SQLException sql && isOutage(sql)) {
				return true;
			}
			// H2's storage layer failed (writing, closed, corrupt), whatever general
			// error
			// the SQL layer wrapped it in: "Transaction 2 is closed" after a full disk
			if (t.getClass().getName().equals(H2_STORAGE_FAILURE)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutage(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null && (state.startsWith("08") // connection exception
				|| state.startsWith("53") // insufficient resources: disk full, out of
											// memory, too many connections
				|| state.startsWith("57P") // the server shut down or cannot take
											// connections yet
				|| state.equals("40001") || state.equals("40P01"))) { // serialization
																		// failure,
																		// deadlock
			return true;
		}
		// H2 reports its own codes, with the SQL state equal to the code
		return H2_OUTAGES.contains(sql.getErrorCode()) && String.valueOf(sql.getErrorCode()).equals(state);
	}

}
