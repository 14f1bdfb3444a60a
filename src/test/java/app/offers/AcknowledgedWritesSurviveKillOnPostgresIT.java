package app.offers;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import app.offers.testing.RequiresPostgres;
import app.offers.testing.ServerProcess;

/** Acknowledged posts survive a SIGKILL on PostgreSQL too. */
@ExtendWith(RequiresPostgres.class)
class AcknowledgedWritesSurviveKillOnPostgresIT extends AcknowledgedWritesSurviveKillIT {

	@Override
	List<String> database() {
		return ServerProcess.postgres();
	}

}
