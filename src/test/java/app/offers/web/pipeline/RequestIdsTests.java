package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trace id of a caller's W3C traceparent, and nothing from a malformed one. */
class RequestIdsTests {

	@Test
	void theTraceIdOfAWellFormedTraceparent() {
		assertThat(RequestIds.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
			"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
			"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e473\n-00f067aa0ba902b7-01",
			"00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" })
	void nothingFromAMalformedOne(String traceparent) {
		assertThat(RequestIds.traceId(traceparent)).isNull();
	}

}
