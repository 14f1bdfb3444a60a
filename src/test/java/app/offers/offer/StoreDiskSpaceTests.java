package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The disk check watches the directory of the H2 file the datasource URL names, whatever
 * shape the URL has, and nothing for a database on its own server: a PostgreSQL URL
 * without the postgres profile is no longer DOWN for a data directory it never uses.
 */
class StoreDiskSpaceTests {

	@TempDir
	Path temp;

	@Test
	void theDirectoryOfTheFileAnH2UrlOpens() {
		Path here = Path.of("").toAbsolutePath();
		assertThat(StoreDiskSpace.h2FileDirectory("jdbc:h2:file:./data/offers;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0"))
			.isEqualTo(here.resolve("data"));
		assertThat(StoreDiskSpace.h2FileDirectory("jdbc:h2:/var/lib/offers/db")).isEqualTo(Path.of("/var/lib/offers"));
		assertThat(StoreDiskSpace.h2FileDirectory("JDBC:H2:FILE:/srv/offers/offers;MODE=PostgreSQL"))
			.isEqualTo(Path.of("/srv/offers"));
		assertThat(StoreDiskSpace.h2FileDirectory("jdbc:h2:~/offers"))
			.isEqualTo(Path.of(System.getProperty("user.home")));
		assertThat(StoreDiskSpace.h2FileDirectory("jdbc:h2:offers")).isEqualTo(here);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:mem:offers;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db.internal/offers",
			"jdbc:h2:ssl://db.internal:9092/offers", "jdbc:h2:zip:/backups/offers.zip!/offers",
			"jdbc:postgresql://localhost:5432/offers", "", "jdbc:h2:" })
	void noDirectoryForADatabaseWithoutALocalFile(String url) {
		assertThat(StoreDiskSpace.h2FileDirectory(url)).isNull();
	}

	@Test
	void aDatabaseOnItsOwnServerIsNotCheckedAndSaysSo() {
		Health health = new StoreDiskSpace()
			.diskSpaceHealthIndicator("jdbc:postgresql://localhost:5432/offers", DataSize.ofMegabytes(10))
			.health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("checked", false);
	}

	@Test
	void anH2FileIsCheckedWhereItIsAgainstTheThreshold() {
		String url = "jdbc:h2:file:" + temp.resolve("offers") + ";WRITE_DELAY=0";
		Health roomy = new StoreDiskSpace().diskSpaceHealthIndicator(url, DataSize.ofBytes(1)).health(true);
		assertThat(roomy.getStatus()).isEqualTo(Status.UP);
		assertThat(roomy.getDetails()).containsEntry("path", temp.toAbsolutePath().toString());
		Health full = new StoreDiskSpace().diskSpaceHealthIndicator(url, DataSize.ofTerabytes(1_000_000)).health(true);
		assertThat(full.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aLowDiskIsLoggedWhenItHappensAndWhenItPassesNotAtEveryCheck() {
		AtomicLong free = new AtomicLong(5_000_000);
		HealthIndicator disk = new StoreDiskSpace.DiskRoom(temp, DataSize.ofMegabytes(10), free::get);
		Logger logger = (Logger) LoggerFactory.getLogger(StoreDiskSpace.class);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(disk.health(true).getStatus()).isEqualTo(Status.DOWN);
			}
			assertThat(lines.list).singleElement().satisfies(line -> {
				assertThat(line.getLevel()).isEqualTo(Level.WARN);
				assertThat(line.getFormattedMessage()).contains(temp.toString(), "5000000 bytes free",
						"threshold of 10485760 bytes", "Logged once");
			});
			free.set(20_000_000);
			for (int i = 0; i < 3; i++) {
				Health health = disk.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("free", 20_000_000L)
					.containsEntry("threshold", 10_485_760L);
			}
			assertThat(lines.list).hasSize(2);
			assertThat(lines.list.get(1).getLevel()).isEqualTo(Level.INFO);
			assertThat(lines.list.get(1).getFormattedMessage()).contains("has room again: 20000000 bytes free");
			free.set(1);
			disk.health(true);
			disk.health(true);
			assertThat(lines.list).hasSize(3);
			assertThat(lines.list.get(2).getLevel()).isEqualTo(Level.WARN);
		}
		finally {
			logger.detachAppender(lines);
		}
	}

	@Test
	void aDiskWithRoomFromTheStartLogsNothing() {
		HealthIndicator disk = new StoreDiskSpace.DiskRoom(temp, DataSize.ofMegabytes(10), () -> 20_000_000L);
		Logger logger = (Logger) LoggerFactory.getLogger(StoreDiskSpace.class);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		try {
			assertThat(disk.health(true).getStatus()).isEqualTo(Status.UP);
			assertThat(lines.list).isEmpty();
		}
		finally {
			logger.detachAppender(lines);
		}
	}

}
