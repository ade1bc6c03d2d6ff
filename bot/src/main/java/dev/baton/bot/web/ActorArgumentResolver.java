package dev.baton.bot.web;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * An {@link Actor} parameter is the official {@link BearerAuthentication} (or the
 * console's session) found, with the roles they hold now.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	private final Actors actors;

	ActorArgumentResolver(Actors actors) {
		this.actors = actors;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Object officialId = webRequest.getAttribute(SignedInOfficial.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (!(officialId instanceof Long id)) {
			throw NotAuthenticatedException.missing();
		}
		return actors.of(id);
	}

}
