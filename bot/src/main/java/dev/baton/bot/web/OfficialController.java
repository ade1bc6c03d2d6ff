package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.OfficialQuery;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.web.DirectoryBodies.IdentityBody;
import dev.baton.bot.web.DirectoryBodies.OfficialBody;
import dev.baton.bot.web.DirectoryBodies.RoleBody;
import dev.baton.bot.web.DirectoryBodies.TokenBody;
import dev.baton.bot.web.DirectoryViews.IdentityView;
import dev.baton.bot.web.DirectoryViews.IssuedTokenView;
import dev.baton.bot.web.DirectoryViews.OfficialRecordView;
import dev.baton.bot.web.DirectoryViews.OfficialView;
import dev.baton.bot.web.DirectoryViews.RoleView;
import dev.baton.bot.web.DirectoryViews.TokenView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officials: search under a unit, view one with their roles and chat accounts, add,
 * change, deactivate and reactivate (never delete), assign and remove roles, bind and
 * unbind chat accounts, and API tokens issued for them. Who may is
 * {@link DirectoryAdmin}'s (and {@link ApiTokens}') decision.
 */
@RestController
@RequestMapping("/api/directory/officials")
class OfficialController {

	private final DirectoryAdmin directory;

	private final ApiTokens tokens;

	OfficialController(DirectoryAdmin directory, ApiTokens tokens) {
		this.directory = directory;
		this.tokens = tokens;
	}

	/**
	 * The officials of the unit and the units below it, by id, {@code limit} at a time
	 * (the next page is {@code after=<last id>}); {@code q} is part of a name, post or
	 * mobile; {@code active} keeps one kind.
	 */
	@GetMapping
	List<OfficialView> search(Actor actor, @RequestParam long unitId,
			@RequestParam(required = false) @Size(max = 64) String q, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") @PositiveOrZero long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(OfficialQuery.MAX_LIMIT) int limit) {
		return directory.officials(actor, unitId, q, active, after, limit).stream().map(OfficialView::of).toList();
	}

	@GetMapping("/{id}")
	OfficialRecordView official(Actor actor, @PathVariable long id) {
		return OfficialRecordView.of(directory.official(actor, id));
	}

	@PostMapping
	ResponseEntity<OfficialRecordView> add(Actor actor, @Valid @RequestBody OfficialBody body) {
		long id = directory.addOfficial(actor, body.name(), body.post(), body.unitId(), body.mobile()).id();
		return ResponseEntity.created(URI.create("/api/directory/officials/" + id))
			.body(OfficialRecordView.of(directory.official(actor, id)));
	}

	@PutMapping("/{id}")
	OfficialRecordView change(Actor actor, @PathVariable long id, @Valid @RequestBody OfficialBody body) {
		directory.updateOfficial(actor, id, body.name(), body.post(), body.unitId(), body.mobile());
		return OfficialRecordView.of(directory.official(actor, id));
	}

	@PostMapping("/{id}/deactivate")
	OfficialRecordView deactivate(Actor actor, @PathVariable long id) {
		directory.deactivate(actor, id);
		return OfficialRecordView.of(directory.official(actor, id));
	}

	@PostMapping("/{id}/reactivate")
	OfficialRecordView reactivate(Actor actor, @PathVariable long id) {
		directory.reactivate(actor, id);
		return OfficialRecordView.of(directory.official(actor, id));
	}

	/** 201 when assigned, 200 with the role when the official held it already. */
	@PostMapping("/{id}/roles")
	ResponseEntity<RoleView> assignRole(Actor actor, @PathVariable long id, @Valid @RequestBody RoleBody body) {
		DirectoryAdmin.Assigned assigned = directory.assignRole(actor, id, body.role(), body.department(),
				body.rootScope() ? null : body.scopeUnitId());
		RoleView view = RoleView.of(assigned.role());
		return assigned.created()
				? ResponseEntity.created(URI.create("/api/directory/officials/" + id + "/roles/" + view.id()))
					.body(view)
				: ResponseEntity.ok(view);
	}

	@DeleteMapping("/{id}/roles/{roleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeRole(Actor actor, @PathVariable long id, @PathVariable long roleId) {
		directory.removeRole(actor, id, roleId);
	}

	/**
	 * 201 when bound, 200 when it was bound to this official already, 409 when it is
	 * someone else's.
	 */
	@PostMapping("/{id}/identities")
	ResponseEntity<IdentityView> bind(Actor actor, @PathVariable long id, @Valid @RequestBody IdentityBody body) {
		DirectoryAdmin.Bound bound = directory.bind(actor, id, body.platform(), body.corpId(), body.userId());
		IdentityView view = IdentityView.of(bound.identity());
		return bound.created()
				? ResponseEntity.created(URI.create("/api/directory/officials/" + id + "/identities/" + view.id()))
					.body(view)
				: ResponseEntity.ok(view);
	}

	@DeleteMapping("/{id}/identities/{identityId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unbind(Actor actor, @PathVariable long id, @PathVariable long identityId) {
		directory.unbind(actor, id, identityId);
	}

	@GetMapping("/{id}/tokens")
	List<TokenView> tokens(Actor actor, @PathVariable long id) {
		return tokens.list(actor, id).stream().map(TokenView::of).toList();
	}

	/**
	 * An administrator issues a token for an official in their scope; the token is in
	 * this answer only.
	 */
	@PostMapping("/{id}/tokens")
	ResponseEntity<IssuedTokenView> issueToken(Actor actor, @PathVariable long id, @Valid @RequestBody TokenBody body) {
		IssuedTokenView issued = IssuedTokenView.of(tokens.issue(actor, id, body.label()));
		return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
	}

}
