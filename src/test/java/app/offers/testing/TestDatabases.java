package app.offers.testing;

import java.nio.file.Path;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * H2 URLs for tests that need a database other than the default one. The options come
 * from the configuration files, so they are written in one place each: the service's own
 * file URL (application.yml) and the tests' in-memory one (config/application.yml, what
 * every test gets unless it says otherwise).
 */
public final class TestDatabases {

	/** What the service gives H2 by default, for a file database. */
	static final String FILE_OPTIONS = options("application.yml");

	/** What the tests' default in-memory database is opened with. */
	static final String MEM_OPTIONS = options("config/application.yml");

	private TestDatabases() {
	}

	/** An in-memory database of its own, opened like the tests' default one. */
	public static String h2Mem(String name) {
		return "jdbc:h2:mem:" + name + MEM_OPTIONS;
	}

	/**
	 * A file database at {@code path} (without H2's extension), opened like the service's
	 * default one.
	 */
	public static String h2File(Path path) {
		return "jdbc:h2:file:" + path + FILE_OPTIONS;
	}

	/**
	 * An in-memory database with no option but staying open while the JVM runs: no mode,
	 * no case setting.
	 */
	public static String bareH2Mem(String name) {
		return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

	/** A file database with no option at all: the plainest H2 URL a user may give. */
	public static String bareH2File(Path path) {
		return "jdbc:h2:file:" + path;
	}

	private static String options(String configuration) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource(configuration));
		// the default document only, not a profile's (the postgres profile names its own
		// URL)
		yaml.setDocumentMatchers(document -> document.containsKey("spring.config.activate.on-profile")
				? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
		Properties properties = yaml.getObject();
		String url = properties == null ? null : properties.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:h2:") || !url.contains(";")) {
			throw new IllegalStateException(configuration + " names no H2 URL with options: " + url);
		}
		return url.substring(url.indexOf(';'));
	}

}
