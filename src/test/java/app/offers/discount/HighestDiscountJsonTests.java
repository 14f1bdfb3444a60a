package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.offers.offer.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of GET /highest-discount writes itself; it must be, byte for byte, what
 * Jackson would write.
 */
class HighestDiscountJsonTests {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} paise")
	@ValueSource(longs = { 0, 1, 9, 10, 50, 99, 100, 101, 110, 92553, 150000, 1_000_000, 10_000_000_000L,
			100_000_000_000L, 99_999_999_999L, Long.MAX_VALUE / 100 })
	void isWhatJacksonWrites(long paise) {
		HighestDiscount answer = new HighestDiscount(Money.rupees(paise));

		assertThat(answer.json()).isEqualTo(JACKSON.writeValueAsString(answer));
	}

	@Test
	void isWhatJacksonWritesForEveryAmountUpToTenThousandRupees() {
		LongStream.rangeClosed(0, 1_000_000).forEach(paise -> {
			HighestDiscount answer = new HighestDiscount(Money.rupees(paise));
			String direct = answer.json();
			if (!direct.equals(JACKSON.writeValueAsString(answer))) {
				throw new AssertionError(paise + " paise: " + direct);
			}
		});
	}

}
