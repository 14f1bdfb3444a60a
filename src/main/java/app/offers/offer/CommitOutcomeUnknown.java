package app.offers.offer;

/**
 * A write failed while the database was committing it (the connection died before the
 * commit was acknowledged): the database may have made it durable or not. Not "nothing
 * was stored", which only a failure before the commit can promise; the cause tells
 * whether it was an outage.
 */
public final class CommitOutcomeUnknown extends RuntimeException {

	CommitOutcomeUnknown(RuntimeException cause) {
		super("The commit's outcome is unknown: " + cause.getMessage(), cause);
	}

}
