package app.offers.offer;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop connections to an H2 database that closed itself (a
 * full or failing disk makes H2 close the file): the pool keeps them otherwise, since
 * H2's codes are not the standard "connection lost" ones, and every later write would
 * fail even once the disk has space again. A new connection reopens the file. Named in
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

	@java.lang.Override
	public SQLExceptionOverride.Override adjudicate(SQLException sql) {
		for (Throwable t = sql; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException e && StoreFailures.brokenConnection(e)) {
				return SQLExceptionOverride.Override.MUST_EVICT;
			}
		}
		return SQLExceptionOverride.Override.CONTINUE_EVICT;
	}

}
