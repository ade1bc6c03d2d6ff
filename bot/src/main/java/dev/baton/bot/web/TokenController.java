package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.web.DirectoryBodies.TokenBody;
import dev.baton.bot.web.DirectoryViews.IssuedTokenView;
import dev.baton.bot.web.DirectoryViews.TokenView;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens: list, issue (the token is in that answer only), view,
 * revoke. Viewing and revoking by id work for an administrator on the tokens of the
 * officials in their scope too.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<TokenView> mine(Actor actor) {
		return tokens.list(actor, actor.officialId()).stream().map(TokenView::of).toList();
	}

	@PostMapping
	ResponseEntity<IssuedTokenView> issue(Actor actor, @Valid @RequestBody TokenBody body) {
		IssuedTokenView issued = IssuedTokenView.of(tokens.issue(actor, actor.officialId(), body.label()));
		return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
	}

	@GetMapping("/{id}")
	TokenView token(Actor actor, @PathVariable long id) {
		return TokenView.of(tokens.get(actor, id));
	}

	/**
	 * The token stops working at once; the row stays, with {@code revokedAt}. Revoking
	 * again changes nothing.
	 */
	@PostMapping("/{id}/revoke")
	TokenView revoke(Actor actor, @PathVariable long id) {
		return TokenView.of(tokens.revoke(actor, id));
	}

}
