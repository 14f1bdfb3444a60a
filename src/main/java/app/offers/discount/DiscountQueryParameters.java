package app.offers.discount;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import app.offers.offer.Vocabulary;
import app.offers.web.pipeline.QueryParameter;
import app.offers.web.pipeline.ReadsQueryParameters;
import app.offers.web.problems.QueryParams;

/**
 * Reads a {@link DiscountCriteria} (bankName, paymentInstrument, emiMonths, cardNetwork,
 * includeProductOffers, unconditionalOnly) or a {@link DiscountQuery} (amountToPay and
 * the criteria) from the query string, validated by {@link QueryParams}, for the
 * controllers to take as one argument. The order of the checks is the answer a request
 * with several faults gets: first a required parameter left out (amountToPay, then
 * bankName), then the values in the order above, the amount first. A repeated parameter's
 * values are joined by commas, so the "given once" checks refuse them. Reading the
 * strings here rather than through {@code @RequestParam} also spares Spring's binder and
 * conversion per parameter, on the hottest path of the service. The names it reads are
 * stated once, in {@link #CRITERIA} and {@link #QUERY}: the endpoints accept those (and
 * refuse any other, {@link app.offers.web.pipeline.AcceptedParameters}) and the API
 * description documents them.
 */
@Component
final class DiscountQueryParameters implements ReadsQueryParameters, WebMvcConfigurer {

	static final String AMOUNT = "amountToPay", BANK = "bankName", INSTRUMENT = "paymentInstrument",
			EMI_MONTHS = "emiMonths", CARD_NETWORK = "cardNetwork", PRODUCT_OFFERS = "includeProductOffers",
			UNCONDITIONAL = "unconditionalOnly";

	/** What a {@link DiscountCriteria} reads. */
	static final List<QueryParameter> CRITERIA = List.of(QueryParameter.required(BANK),
			QueryParameter.optional(INSTRUMENT), QueryParameter.optional(EMI_MONTHS),
			QueryParameter.optional(CARD_NETWORK), QueryParameter.optional(PRODUCT_OFFERS),
			QueryParameter.optional(UNCONDITIONAL));

	/** What a {@link DiscountQuery} reads: the amount, then the criteria. */
	static final List<QueryParameter> QUERY = Stream
		.concat(Stream.of(QueryParameter.required(AMOUNT)), CRITERIA.stream())
		.toList();

	@Override
	public List<QueryParameter> queryParameters(MethodParameter parameter) {
		return parameter.getParameterType() == DiscountQuery.class ? QUERY : CRITERIA;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == DiscountCriteria.class || type == DiscountQuery.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
		if (parameter.getParameterType() == DiscountQuery.class) {
			String amount = required(request, AMOUNT);
			String bank = required(request, BANK);
			long paise = Vocabulary.amountPaise(AMOUNT, amount);
			return new DiscountQuery(paise, criteria(bank, request));
		}
		return criteria(required(request, BANK), request);
	}

	private static DiscountCriteria criteria(String bankName, NativeWebRequest request) {
		String bank = Vocabulary.bank(BANK, bankName);
		String instrument = Vocabulary.instrument(INSTRUMENT, value(request, INSTRUMENT));
		Integer emiMonths = Vocabulary.emiMonths(EMI_MONTHS, value(request, EMI_MONTHS));
		String cardNetwork = Vocabulary.cardNetwork(CARD_NETWORK, value(request, CARD_NETWORK));
		boolean products = flag(request, PRODUCT_OFFERS);
		boolean unconditional = flag(request, UNCONDITIONAL);
		return new DiscountCriteria(bank, instrument, emiMonths, cardNetwork, products, unconditional);
	}

	private static boolean flag(NativeWebRequest request, String name) {
		return Boolean.TRUE.equals(QueryParams.flag(name, value(request, name)));
	}

	private static String required(NativeWebRequest request, String name)
			throws MissingServletRequestParameterException {
		String value = value(request, name);
		if (value == null) {
			throw new MissingServletRequestParameterException(name, "String");
		}
		return value;
	}

	/**
	 * The value as given; the values joined by commas when repeated, as Spring joins
	 * them; null when absent.
	 */
	private static @Nullable String value(NativeWebRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		return values.length == 1 ? values[0] : String.join(",", values);
	}

}
