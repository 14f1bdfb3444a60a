package app.offers;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

/** Acknowledged posts survive a SIGKILL on PostgreSQL too. */
@ExtendWith(RequiresPostgres.class)
class AcknowledgedWritesSurviveKillOnPostgresTests extends AcknowledgedWritesSurviveKillTests {

	@Override
	List<String> database() {
		return ServerProcess.postgres();
	}
}
