package app.offers.offer;

import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
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
 * check of one configured path.
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
		return new DiskSpaceHealthIndicator(directory.toFile(), threshold);
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
