package dev.baton.bot.console;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused form comes back with what was typed (newcomer 15: a note, a role's department
 * and scope, a binding's corpId and userId, a chosen successor were emptied): the form's
 * fields (first value of each, without the CSRF token) and under {@code _action} the
 * address the form was sent to, flashed as {@code asTyped} for the page the browser is
 * sent back to. Templates fill their fields from it when its {@code _action} is their
 * form's.
 */
public final class TypedForm {

	/** The flash attribute's name. */
	public static final String NAME = "asTyped";

	private TypedForm() {
	}

	/** Keeps the current request's form fields for the next page. */
	public static void keep(RedirectAttributes redirect) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("_action", request.getRequestURI().substring(request.getContextPath().length()));
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.startsWith("_") && values.length > 0) {
				typed.put(name, values[0]);
			}
		});
		redirect.addFlashAttribute(NAME, typed);
	}

}
