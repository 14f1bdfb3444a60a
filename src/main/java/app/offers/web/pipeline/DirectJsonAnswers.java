package app.offers.web.pipeline;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a {@link DirectJson} answer of a {@code @ResponseBody} method as it is, ahead of
 * Spring's message converters. The mapping's {@code produces = "application/json"} has
 * already turned away a request whose Accept header excludes JSON, so nothing is left to
 * negotiate.
 */
final class DirectJsonAnswers implements HandlerMethodReturnValueHandler {

	private static final String CONTENT_TYPE = MediaType.APPLICATION_JSON_VALUE;

	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		return DirectJson.class.isAssignableFrom(returnType.getParameterType())
				&& (returnType.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(returnType.getContainingClass(), ResponseBody.class));
	}

	@Override
	public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
			ModelAndViewContainer container, NativeWebRequest request) throws Exception {
		if (!(returnValue instanceof DirectJson answer)) {
			throw new IllegalStateException(returnType.getMethod() + " returned no answer");
		}
		container.setRequestHandled(true);
		HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
		if (response == null) {
			throw new IllegalStateException("Not a servlet request: " + request);
		}
		byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
