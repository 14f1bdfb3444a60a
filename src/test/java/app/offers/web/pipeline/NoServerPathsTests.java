package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public actuator endpoints name no path of the server's file system: not the data
 * directory, not any.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoServerPathsTests {

	static final String DATA_DIR_NAME = "offers-data-dir-7q4z";

	static final Path DATA_DIR;

	static {
		try {
			DATA_DIR = Files.createTempDirectory("no-server-paths").resolve(DATA_DIR_NAME);
			Files.createDirectories(DATA_DIR);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("offers.data-dir", DATA_DIR::toString);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void healthAndMetricsNameNoPathOfTheServer() throws Exception {
		for (String endpoint : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness", "/actuator/prometheus" }) {
			String body = mvc.perform(get(endpoint)).andReturn().getResponse().getContentAsString();
			assertThat(body).as(endpoint)
				.isNotEmpty()
				.doesNotContain(DATA_DIR_NAME)
				.doesNotContain(DATA_DIR.toAbsolutePath().toString())
				.doesNotContain(System.getProperty("user.dir"))
				.doesNotContain("path=");
		}
		String metrics = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
		assertThat(metrics).as("the disk meters stay, without their path").contains("disk_free_bytes");
	}

}
