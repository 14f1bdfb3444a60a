package app.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public actuator endpoints tell nothing about the runtime an attacker could match
 * against advisories.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoVersionDetailsTests {

	@Autowired
	MockMvc mvc;

	static final String JAVA_VERSION = System.getProperty("java.version");

	@Test
	void prometheusHasNoJvmVersion() throws Exception {
		String metrics = mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).contains("jvm_memory_used_bytes")
			.doesNotContain("jvm_info")
			.doesNotContain(JAVA_VERSION)
			.doesNotContain(System.getProperty("java.vm.vendor"));
	}

	@Test
	void infoTellsTheServiceVersionButNotTheRuntime() throws Exception {
		String info = mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").isString())
			.andExpect(jsonPath("$.java").doesNotExist())
			.andExpect(jsonPath("$.os").doesNotExist())
			.andExpect(jsonPath("$.process").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(info).doesNotContain(JAVA_VERSION).doesNotContain(System.getProperty("os.version"));
	}

}
