package app.offers.web.pipeline;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import app.offers.offer.ClientText;
import app.offers.web.problems.BadRequest;

/**
 * The query parameters each read endpoint accepts, derived from what its controller
 * method declares: its {@code @RequestParam}s and what the {@link ReadsQueryParameters}
 * resolvers of its other arguments read. A read with any other parameter is refused (400
 * invalid-parameter naming it and listing the accepted ones) before the controller, the
 * cache check and the answer: a misspelled {@code paymentMethod=UPI} silently ignored
 * would show the shopper the answer to another question. The one exception is
 * {@link #IGNORED}, jQuery's cache buster. The API description documents the same list
 * ({@code web.openapi.ApiDocs}).
 */
@Component
public class AcceptedParameters implements WebMvcConfigurer {

	/**
	 * {@code _}: the cache buster jQuery's {@code cache: false} and other HTTP libraries
	 * add ({@code _=1735689600000}); accepted on every read and ignored. It changes the
	 * ETag like any query, which is what its sender wants.
	 */
	public static final String IGNORED = "_";

	/** No more unknown names are quoted in one problem than this. */
	static final int MAX_NAMED = 5;

	private final ObjectProvider<ReadsQueryParameters> readers;

	/** Per controller method: one entry each, bounded by the application's mappings. */
	private final Map<Method, Accepted> accepted = new ConcurrentHashMap<>();

	private record Accepted(List<QueryParameter> parameters, Set<String> names) {
	}

	AcceptedParameters(ObjectProvider<ReadsQueryParameters> readers) {
		this.readers = readers;
	}

	/**
	 * The query parameters a controller method accepts, in the order its arguments
	 * declare them ({@link #IGNORED} aside).
	 */
	public List<QueryParameter> of(HandlerMethod handler) {
		return accepted(handler).parameters();
	}

	private Accepted accepted(HandlerMethod handler) {
		return accepted.computeIfAbsent(handler.getMethod(), m -> {
			Map<String, QueryParameter> found = new LinkedHashMap<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				for (QueryParameter query : read(parameter)) {
					found.putIfAbsent(query.name(), query);
				}
			}
			List<QueryParameter> parameters = List.copyOf(found.values());
			return new Accepted(parameters, Collections.unmodifiableSet(found.keySet()));
		});
	}

	private List<QueryParameter> read(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				throw new IllegalStateException(parameter.getMethod() + " takes every parameter as a map: state "
						+ "them one by one, so that unknown ones can be refused");
			}
			String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
			if (name == null) {
				throw new IllegalStateException("compile with -parameters: " + parameter);
			}
			boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
			return List.of(new QueryParameter(name, required));
		}
		List<QueryParameter> read = new ArrayList<>();
		readers.orderedStream()
			.filter(reader -> reader.supportsParameter(parameter))
			.findFirst()
			.ifPresent(reader -> read.addAll(reader.queryParameters(parameter)));
		return read;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// first: a request asking something else is refused before it is revalidated
		registry.addInterceptor(new UnknownParametersRefused()).order(Ordered.HIGHEST_PRECEDENCE);
	}

	/** Refuses a read endpoint's request with a parameter its method does not read. */
	private final class UnknownParametersRefused implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!(handler instanceof HandlerMethod method)
					|| !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String mapping)
					|| !ReadEndpoints.TEMPLATES.contains(mapping)) {
				return true;
			}
			// the names alone: no map of the values built on the hottest path
			Enumeration<String> given = request.getParameterNames();
			if (!given.hasMoreElements()) {
				return true;
			}
			Accepted known = accepted(method);
			List<String> unknown = null;
			while (given.hasMoreElements()) {
				String name = given.nextElement();
				if (!known.names().contains(name) && !IGNORED.equals(name)) {
					if (unknown == null) {
						unknown = new ArrayList<>();
					}
					unknown.add(name);
				}
			}
			if (unknown != null) {
				throw refusal(mapping, unknown, known.parameters());
			}
			return true;
		}

	}

	static BadRequest refusal(String mapping, List<String> unknown, List<QueryParameter> accepted) {
		List<String> named = unknown.stream().limit(MAX_NAMED).map(ClientText::echo).toList();
		List<String> names = accepted.stream().map(QueryParameter::name).toList();
		StringBuilder detail = new StringBuilder();
		detail.append(named.size() == 1 ? "Unknown parameter " : "Unknown parameters ")
			.append(named.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")))
			.append(unknown.size() > named.size() ? " (and " + (unknown.size() - named.size()) + " more)" : "")
			.append(": ")
			.append(mapping)
			.append(names.isEmpty() ? " takes no parameters" : " takes " + String.join(", ", names))
			.append(" (and _, a cache buster it ignores).");
		for (String name : named) {
			names.stream()
				.filter(known -> known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
				.findFirst()
				.ifPresent(known -> detail.append(" Did you mean ").append(known).append("?"));
		}
		return BadRequest.unknownParameters(named, names, detail.toString());
	}

}
