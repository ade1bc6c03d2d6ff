package dev.baton.bot.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.handover.RecordFrozenException;
import dev.baton.bot.roster.RosterFileException;
import dev.baton.bot.roster.RosterRefusedException;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.ForbiddenException;
import dev.baton.bot.system.GoneException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal of the REST API as an RFC 9457 problem ({@code application/problem+json})
 * in the reader's language: Baton's refusals by their kind, bad input with one entry per
 * field in {@code errors}, Spring MVC's own (404 for an unknown path, 405, 415, ...) with
 * Baton's type and title. Nothing internal (stack traces, SQL, class names) is ever
 * shown. It applies to every controller: errors met before a handler is chosen (405,
 * unknown paths) have no controller to be selected by, and Baton's refusals read the same
 * wherever they come from.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Problems problems;

	ApiProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotAuthenticatedException.class)
	ResponseEntity<Object> notAuthenticated(NotAuthenticatedException ex, WebRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, ex.challenge());
		return refused(ex, HttpStatus.UNAUTHORIZED, headers, request);
	}

	@ExceptionHandler(NotPermittedException.class)
	ResponseEntity<Object> notPermitted(NotPermittedException ex, WebRequest request) {
		return refused(ex, HttpStatus.FORBIDDEN, new HttpHeaders(), request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return refused(ex, HttpStatus.NOT_FOUND, new HttpHeaders(), request);
	}

	/** A one-time code or another presented secret that does not open this. */
	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Object> forbidden(ForbiddenException ex, WebRequest request) {
		return refused(ex, HttpStatus.FORBIDDEN, new HttpHeaders(), request);
	}

	/** Expired or replaced: it was there, it can no longer be used. */
	@ExceptionHandler(GoneException.class)
	ResponseEntity<Object> gone(GoneException ex, WebRequest request) {
		return refused(ex, HttpStatus.GONE, new HttpHeaders(), request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<Object> tooMany(TooManyRequestsException ex, WebRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return refused(ex, HttpStatus.TOO_MANY_REQUESTS, headers, request);
	}

	@ExceptionHandler({ InvalidStateException.class, RecordFrozenException.class, ConflictException.class })
	ResponseEntity<Object> conflict(BatonException ex, WebRequest request) {
		return refused(ex, HttpStatus.CONFLICT, new HttpHeaders(), request);
	}

	/** Invalid input, and any other refusal a user can cause. */
	@ExceptionHandler({ InvalidInputException.class, BatonException.class })
	ResponseEntity<Object> invalidInput(BatonException ex, WebRequest request) {
		return refused(ex, HttpStatus.BAD_REQUEST, new HttpHeaders(), request);
	}

	/**
	 * A roster file that cannot be read as a roster: not an .xlsx (400), too large (413),
	 * not sent as one (415).
	 */
	@ExceptionHandler(RosterFileException.class)
	ResponseEntity<Object> rosterFile(RosterFileException ex, WebRequest request) {
		return refused(ex, HttpStatus.valueOf(ex.status()), new HttpHeaders(), request);
	}

	/**
	 * A roster read but with rows that cannot be imported: 422, the report (row by row,
	 * why) in {@code report}.
	 */
	@ExceptionHandler(RosterRefusedException.class)
	ResponseEntity<Object> rosterRefused(RosterRefusedException ex, WebRequest request) {
		ProblemDetail body = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.arguments(),
				ex.getMessage());
		body.setProperty("report", ex.report());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
	}

	/** A body with fields it does not take: each is named, none is ignored. */
	@ExceptionHandler(StrictBodies.UnknownFieldsException.class)
	ResponseEntity<Object> unknownFields(StrictBodies.UnknownFieldsException ex, WebRequest request) {
		String known = String.join(", ", ex.body().knownFields());
		List<FieldProblem> errors = ex.fields().stream().map(field -> {
			String why = ex.body().whyNot(field);
			return new FieldProblem(field, why != null ? problems.text(why, null, "is not taken")
					: problems.text("api.field.unknown", new Object[] { known }, "is not a field of this request"));
		}).toList();
		return invalid(ex, errors, new HttpHeaders(), request);
	}

	/**
	 * Somebody changed the same handover at the same moment (optimistic version, lock
	 * wait, deadlock).
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> concurrentChange(ConcurrencyFailureException ex, WebRequest request) {
		log.info("concurrent change refused: {}", ex.getMessage());
		ProblemDetail body = problems.of(HttpStatus.CONFLICT, "api.concurrentChange", null,
				"The handover was changed at the same moment; reload it and try again.");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("unexpected failure answering {}", request.getDescription(false), ex);
		ProblemDetail body = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "api.internalError", null,
				"Something went wrong inside Baton; nothing was changed. Please try again later.");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(null, e.getDefaultMessage())));
		return invalid(ex, errors, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(r -> r.getResolvableErrors()
				.forEach(e -> errors
					.add(new FieldProblem(r.getMethodParameter().getParameterName(), e.getDefaultMessage()))));
		return invalid(ex, errors, headers, request);
	}

	/**
	 * A query or path parameter that is not of its type: {@code state=FOO},
	 * {@code overdue=maybe}.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalid(ex, List.of(new FieldProblem(ex.getPropertyName(), wrongValue(ex.getRequiredType()))), headers,
				request);
	}

	/** Too large, not JSON, or JSON with a value of the wrong type. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = cause(ex, BodyTooLargeException.class);
		if (tooLarge != null) {
			ProblemDetail body = problems.of(HttpStatus.CONTENT_TOO_LARGE, "api.bodyTooLarge",
					new Object[] { tooLarge.limit() }, tooLarge.getMessage());
			return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		MismatchedInputException mismatch = cause(ex, MismatchedInputException.class);
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			return invalid(ex, List.of(new FieldProblem(path(mismatch), wrongValue(mismatch.getTargetType()))), headers,
					request);
		}
		JacksonException json = cause(ex, JacksonException.class);
		if (json != null) {
			ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, "api.malformedJson", null,
					"The request body is not valid JSON.");
			body.setProperty("errors", List.of(new FieldProblem(null, where(json.getLocation()))));
			return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		}
		ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, "api.unreadable", null,
				"The request needs a JSON body.");
		body.setProperty("errors", List.of());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problems.adopt(problem);
			if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
				try {
					problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
				}
				catch (IllegalArgumentException ex) {
					// an unparseable path is not worth echoing
				}
			}
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ResponseEntity<Object> refused(BatonException ex, HttpStatus status, HttpHeaders headers,
			WebRequest request) {
		log.debug("refused {}: {}", request.getDescription(false), ex.toString());
		ProblemDetail body = problems.of(status, ex.messageKey(), ex.arguments(), ex.getMessage());
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	private ResponseEntity<Object> invalid(Exception ex, List<FieldProblem> errors, HttpHeaders headers,
			WebRequest request) {
		ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, "api.validation", null,
				"The request has errors; see errors for each field.");
		List<FieldProblem> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder())));
		body.setProperty("errors", sorted);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * What is wrong with a value of this type: not one of the enum's names, or just not
	 * of the type.
	 */
	private String wrongValue(Class<?> type) {
		if (type != null && type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
			return problems.text("api.field.notOneOf", new Object[] { allowed }, "must be one of " + allowed);
		}
		return problems.text("api.field.wrongType", null, "has the wrong type");
	}

	private String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return problems.text("api.malformedJson", null, "The request body is not valid JSON.");
		}
		return problems.text("api.malformedJson.at", new Object[] { location.getLineNr(), location.getColumnNr() },
				"near line " + location.getLineNr() + ", column " + location.getColumnNr());
	}

	/** The JSON path of the offending value: {@code reason}, {@code steps[2].dueOn}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
