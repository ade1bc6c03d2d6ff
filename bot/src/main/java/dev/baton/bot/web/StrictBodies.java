package dev.baton.bot.web;

import java.lang.reflect.Type;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a {@link StrictBody} that came with fields it does not take, before anything is
 * done with it.
 */
@ControllerAdvice
class StrictBodies extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return targetType instanceof Class<?> type && StrictBody.class.isAssignableFrom(type);
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body instanceof StrictBody strict && !strict.unknownFields().isEmpty()) {
			throw new UnknownFieldsException(strict, List.copyOf(strict.unknownFields().keySet()));
		}
		return body;
	}

	/** Fields the body does not take; ApiProblems says each in {@code errors}. */
	static final class UnknownFieldsException extends RuntimeException {

		private final transient StrictBody body;

		private final List<String> fields;

		UnknownFieldsException(StrictBody body, List<String> fields) {
			super("unknown fields " + fields);
			this.body = body;
			this.fields = fields;
		}

		StrictBody body() {
			return body;
		}

		List<String> fields() {
			return fields;
		}

	}

}
