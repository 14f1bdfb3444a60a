package app.offers.web.problems;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet error page as problem+json, in place of Spring Boot's: what reaches it
 * through an error dispatch (sendError, an exception escaping a filter, a body that
 * stopped arriving) looks like the API's own errors. The path itself, called directly, is
 * not found.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
				? code : 404;
		ProblemDetail problem = Problems.detail(ProblemType.forStatus(status), status, Problems.detail(status));
		problem.setInstance(instance(request));
		// whatever the client accepts: an error is explained in one format
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The path the client asked for, not the error page's. */
	private static URI instance(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			return URI.create(failed instanceof String path ? path : request.getRequestURI());
		}
		catch (IllegalArgumentException notAUri) {
			return URI.create("about:blank");
		}
	}

}
