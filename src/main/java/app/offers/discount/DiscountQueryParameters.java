package app.offers.discount;

import java.util.List;

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
 * conversion per parameter, on the hottest path of the service.
 */
@Component
final class DiscountQueryParameters implements HandlerMethodArgumentResolver, WebMvcConfigurer {

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
			String amount = required(request, "amountToPay");
			String bank = required(request, "bankName");
			long paise = Vocabulary.amountPaise("amountToPay", amount);
			return new DiscountQuery(paise, criteria(bank, request));
		}
		return criteria(required(request, "bankName"), request);
	}

	private static DiscountCriteria criteria(String bankName, NativeWebRequest request) {
		String bank = Vocabulary.bank("bankName", bankName);
		String instrument = Vocabulary.instrument("paymentInstrument", value(request, "paymentInstrument"));
		Integer emiMonths = Vocabulary.emiMonths("emiMonths", value(request, "emiMonths"));
		String cardNetwork = Vocabulary.cardNetwork("cardNetwork", value(request, "cardNetwork"));
		boolean products = flag(request, "includeProductOffers");
		boolean unconditional = flag(request, "unconditionalOnly");
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
