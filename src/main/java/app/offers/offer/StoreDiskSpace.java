package app.offers.offer;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The {@code diskSpace} health check watches the disk of the H2 file the datasource URL
 * names: the URL is the one fact, so a custom H2 URL is watched where its file is, and a
 * database on its own server (PostgreSQL) gets no disk check here, its own monitoring
 * watches that disk. Decided when the service starts, from the URL, so it holds under the
 * ahead-of-time build too, which fixes conditions at build time. Replaces Spring Boot's
 * check of one configured path, and logs a low disk once rather than at every check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEnabledHealthIndicator("diskspace")
class StoreDiskSpace {

	@Bean
	HealthIndicator diskSpaceHealthIndicator(@Value("${spring.datasource.url:}") String url,
			@Value("${management.health.diskspace.threshold:10MB}") DataSize threshold) {
		Path directory = h2FileDirectory(url);
		if (directory == null) {
			return () -> Health.up()
				.withDetail("checked", false)
				.withDetail("why", "the database keeps no file on this machine")
				.build();
		}
		return new DiskRoom(directory, threshold, directory.toFile()::getUsableSpace);
	}

	/**
	 * UP while the disk has the threshold free, with Spring Boot's details. A disk
	 * running low is logged when it happens and when it passes, not at every health check
	 * (a probe every few seconds would repeat it all day); Spring Boot's own check warned
	 * at each.
	 */
	static final class DiskRoom implements HealthIndicator {

		private static final Logger log = LoggerFactory.getLogger(StoreDiskSpace.class);

		private final Path directory;

		private final long threshold;

		private final LongSupplier usable;

		private final AtomicBoolean low = new AtomicBoolean();

		DiskRoom(Path directory, DataSize threshold, LongSupplier usable) {
			this.directory = directory;
			this.threshold = threshold.toBytes();
			this.usable = usable;
		}

		@Override
		public Health health() {
			long free = usable.getAsLong();
			boolean below = free < threshold;
			if (below != low.getAndSet(below)) {
				if (below) {
					log.warn("The disk of the offer store ({}) has {} bytes free, below the threshold of {} bytes "
							+ "(management.health.diskspace.threshold): diskSpace health is DOWN. Logged once, "
							+ "until it has room again.", directory, free, threshold);
				}
				else {
					log.info("The disk of the offer store ({}) has room again: {} bytes free, threshold {} bytes.",
							directory, free, threshold);
				}
			}
			File file = directory.toFile();
			return (below ? Health.down() : Health.up()).withDetail("total", file.getTotalSpace())
				.withDetail("free", free)
				.withDetail("threshold", threshold)
				.withDetail("path", file.getAbsolutePath())
				.withDetail("exists", file.exists())
				.build();
		}

	}

	/**
	 * The directory of the file an H2 URL opens ({@code jdbc:h2:file:./data/offers;...},
	 * {@code jdbc:h2:~/offers}, {@code jdbc:h2:/var/lib/offers/db}); null for any other
	 * URL: in memory, over the network (tcp, ssl), another database.
	 */
	static @Nullable Path h2FileDirectory(String url) {
		String prefix = "jdbc:h2:";
		if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return null;
		}
		String name = url.substring(prefix.length());
		int settings = name.indexOf(';');
		if (settings >= 0) {
			name = name.substring(0, settings);
		}
		if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
			name = name.substring("file:".length());
		}
		// mem:, tcp:, ssl: and H2's other file systems (zip:, split:, ...); a Windows
		// drive
		// letter is a path
		int colon = name.indexOf(':');
		if (name.isBlank() || colon > 1) {
			return null;
		}
		if (name.equals("~") || name.startsWith("~/") || name.startsWith("~\\")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		Path parent = Path.of(name).toAbsolutePath().normalize().getParent();
		return parent;
	}

}
