package app.offers.web.pipeline;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/**
 * An argument resolver that reads query parameters by hand states which: the list it
 * reads is the one {@link AcceptedParameters} accepts and the API description documents,
 * so no second list is kept anywhere.
 */
public interface ReadsQueryParameters extends HandlerMethodArgumentResolver {

	/**
	 * The query parameters read for an argument this resolver supports, in the order the
	 * description lists them.
	 */
	List<QueryParameter> queryParameters(MethodParameter parameter);

}
