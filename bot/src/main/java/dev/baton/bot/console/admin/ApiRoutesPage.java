package dev.baton.bot.console.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /console/api}: every REST API endpoint (method and path) as this Baton serves
 * it, read from its request mappings so it never falls behind, for whoever holds a token
 * (newcomer 12: a person at a desk has no README). Anyone signed in may read it: each
 * endpoint checks its own permission.
 */
@Controller
class ApiRoutesPage {

	/** Looked up when the page is asked for: a context without a web server has none. */
	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	ApiRoutesPage(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** One endpoint. */
	public record Route(String method, String path) {
	}

	@GetMapping("/console/api")
	String page(Model model) {
		model.addAttribute("routes", routes());
		model.addAttribute("apiBase",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/api").build().toUriString());
		return "console/api";
	}

	List<Route> routes() {
		Set<Route> routes = new TreeSet<>(
				Comparator.comparing(Route::path).thenComparing(r -> order(r.method())).thenComparing(Route::method));
		for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method.name(), pattern));
				}
			}
		}
		return new ArrayList<>(routes);
	}

	private static int order(String method) {
		return List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(method);
	}

}
