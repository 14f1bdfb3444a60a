package app.offers.web.pipeline;

import java.time.Duration;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Request timings of the read endpoints as a fine histogram
 * ({@code http_server_requests_seconds_bucket}, range
 * {@code management.metrics.distribution.minimum/maximum-expected-value}), so Prometheus
 * can compute p95 and p99 over instances and alert on them. Prometheus allows one type
 * per metric name, so the other endpoints (actuator, the demo page, writes) are
 * histograms too, with four buckets: every bucket is a time series per status.
 */
@Configuration(proxyBeanMethods = false)
class RequestMetrics {

	static final Set<String> READ_URIS = ReadEndpoints.TEMPLATES;

	private static final double[] COARSE = { nanos(Duration.ofMillis(10)), nanos(Duration.ofMillis(100)),
			nanos(Duration.ofSeconds(1)), nanos(Duration.ofSeconds(10)) };

	@Bean
	MeterFilter readLatencyHistograms() {
		return new MeterFilter() {

			@Override
			public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
				if (!"http.server.requests".equals(id.getName())) {
					return config;
				}
				String uri = id.getTag("uri");
				DistributionStatisticConfig histogram = uri != null && READ_URIS.contains(uri)
						? DistributionStatisticConfig.builder().percentilesHistogram(true).build()
						: DistributionStatisticConfig.builder()
							.percentilesHistogram(false)
							.serviceLevelObjectives(COARSE)
							.build();
				return histogram.merge(config);
			}
		};
	}

	private static double nanos(Duration duration) {
		return duration.toNanos();
	}

}
