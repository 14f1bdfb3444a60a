package app.offers.web.problems;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import app.offers.offer.ClientText;
import app.offers.offer.CommitOutcomeUnknown;
import app.offers.offer.InvalidValue;
import app.offers.offer.StoreFailures;
import app.offers.offer.StoreWrites;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error as RFC 9457 problem+json: Spring MVC's own (405, 415, missing parameters,
 * ...) through {@link ResponseEntityExceptionHandler}, the service's own through
 * {@link BadRequest}, and the rest without internals.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private static final URI BLANK = URI.create("about:blank");

	/** Absent in web slices, which have no store. */
	private final ObjectProvider<StoreWrites> outages;

	ApiProblems(ObjectProvider<StoreWrites> outages) {
		this.outages = outages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge tooLarge) {
				ProblemDetail problem = Problems.detail(ProblemType.CONTENT_TOO_LARGE, 413,
						String.valueOf(tooLarge.getMessage()));
				return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
			// the client's delay, not bad JSON; a body that stops altogether Tomcat
			// answers 408 itself
			if (cause instanceof BodyTooSlow tooSlow) {
				ProblemDetail problem = Problems.detail(ProblemType.REQUEST_TIMEOUT, 408,
						String.valueOf(tooSlow.getMessage()));
				return handleExceptionInternal(ex, problem, headers, HttpStatus.REQUEST_TIMEOUT, request);
			}
		}
		String detail = "The request body is not valid JSON.";
		if (ex.getCause() instanceof JacksonException jackson) {
			TokenStreamLocation at = jackson.getLocation();
			String reason = jackson.getOriginalMessage();
			String duplicate = duplicateKey(jackson);
			if (duplicate != null) {
				detail = duplicate;
			}
			else if (reason != null && reason.toLowerCase(Locale.ROOT).contains("nesting depth")) {
				detail = "The request body is nested too deeply to be a payment-page response.";
			}
			else if (at != null && at.getLineNr() > 0) {
				detail = "The request body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr()
						+ ").";
			}
		}
		else if (ex.getMessage() != null && ex.getMessage().contains("body is missing")) {
			detail = "The request body is empty: send {\"flipkartOfferApiResponse\": {...}}.";
		}
		ProblemDetail problem = Problems.detail(ProblemType.MALFORMED_BODY, 400, detail);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A key twice in one object (spring.jackson.read.strict-duplicate-detection), named
	 * with its JSON Pointer; null for any other error. The parser stopped on the second
	 * key, so its context is that key's place.
	 */
	private static @Nullable String duplicateKey(JacksonException jackson) {
		if (!(jackson instanceof StreamReadException read) || read.processor() == null
				|| !String.valueOf(read.getOriginalMessage()).startsWith("Duplicate Object property")) {
			return null;
		}
		TokenStreamContext context = read.processor().streamReadContext();
		String key = ClientText.cut(String.valueOf(context.currentName()), 200);
		String at = ClientText.cut(context.pathAsPointer().toString(), 500);
		return "The request body has the key \"" + key + "\" twice in one object, at " + at
				+ ": which value holds is unclear, so nothing was stored.";
	}

	/** A value the domain does not take: the client's to change. */
	@ExceptionHandler(InvalidValue.class)
	ResponseEntity<ProblemDetail> invalidValue(InvalidValue ex) {
		List<String> accepted = ex.accepted();
		BadRequest bad = accepted == null ? BadRequest.parameter(ex.field(), String.valueOf(ex.getMessage()))
				: BadRequest.parameter(ex.field(), accepted, String.valueOf(ex.getMessage()));
		return ResponseEntity.badRequest().body(bad.problem());
	}

	/**
	 * The database failed. An outage (unreachable, timed out, a full or failing disk) is
	 * a 503 the client may retry, counted in the outage that {@link StoreWrites} logs
	 * once; anything else (SQL this database refuses) is a 500, since retrying cannot fix
	 * it, with its cause logged. Either way nothing was stored half-done: the write is
	 * one transaction.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseFailed(Exception ex) {
		if (StoreFailures.isOutage(ex)) {
			outages.ifAvailable(writes -> writes.refused(ex));
			ProblemDetail problem = Problems.detail(ProblemType.STORE_UNAVAILABLE, 503,
					"The offer store is unavailable right now; nothing was stored. Retry shortly.");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.body(problem);
		}
		log.error("The offer store refused a request in a way retrying cannot fix", ClientText.forLog(ex));
		ProblemDetail problem = Problems.detail(ProblemType.INTERNAL_ERROR, 500,
				"The offer store refused this request; nothing was stored. Retrying will not help: the error is logged.");
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
	}

	/**
	 * The connection failed while the database committed: the write may be durable.
	 * Saying "nothing was stored" could be false; posting the same payload again is safe
	 * (a known offer is not stored twice).
	 */
	@ExceptionHandler(CommitOutcomeUnknown.class)
	ResponseEntity<ProblemDetail> outcomeUnknown(CommitOutcomeUnknown ex) {
		if (StoreFailures.isOutage(ex)) {
			// logged once, with the other requests the outage refuses
			outages.ifAvailable(writes -> writes.refused(ex));
		}
		else {
			log.error("A write failed while committing; it may be stored: {}",
					ClientText.forLog(String.valueOf(ex.getMessage())));
		}
		ProblemDetail problem = Problems.detail(ProblemType.OUTCOME_UNKNOWN, 503,
				"The offer store failed while committing: it may have stored this payload or not. Re-posting the "
						+ "same payload is safe.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ClientText.forLog(ex));
		ProblemDetail problem = Problems.detail(ProblemType.INTERNAL_ERROR, 500,
				"Something went wrong on our side; nothing was stored.");
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
	}

	/**
	 * Spring's own problems (405, 406, 415, no resource, ...) leave the type out: each
	 * gets the type and the one title of its kind, so every error of every layer has the
	 * same shape.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
			ProblemType kind = ProblemType.forStatus(statusCode.value());
			problem.setType(kind.type());
			problem.setTitle(kind.title());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** A required parameter left out: an invalid parameter, named. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = Problems.detail(ProblemType.INVALID_PARAMETER, 400,
				"The parameter " + ex.getParameterName() + " is required.");
		problem.setProperty("parameters", java.util.List.of(ex.getParameterName()));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * The client accepts none of the types offered: the refusal is still explained, in
	 * problem+json.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders typed = new HttpHeaders();
		typed.putAll(headers);
		typed.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return handleExceptionInternal(ex, null, typed, status, request);
	}

}
