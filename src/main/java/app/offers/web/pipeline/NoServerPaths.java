package app.offers.web.pipeline;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No public output names a path of the server's file system: the disk-space meters tag
 * theirs ({@code path}), and /actuator/prometheus is public. The meters stay, one per
 * watched disk; health shows no details at all
 * ({@code management.endpoint.health.show-details}).
 */
@Configuration(proxyBeanMethods = false)
class NoServerPaths {

	@Bean
	MeterFilter noFilesystemPathTags() {
		return MeterFilter.ignoreTags("path");
	}

}
