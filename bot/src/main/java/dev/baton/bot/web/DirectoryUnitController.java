package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.web.DirectoryBodies.NameBody;
import dev.baton.bot.web.DirectoryBodies.PolicyBody;
import dev.baton.bot.web.DirectoryBodies.UnitBody;
import dev.baton.bot.web.DirectoryBodies.UnitTypeBody;
import dev.baton.bot.web.DirectoryViews.UnitView;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org tree: the units the caller may see as trees, one unit with the tree below it,
 * creating a unit, renaming it, setting or clearing its policy. Who may is
 * {@link DirectoryAdmin}'s decision.
 */
@RestController
@RequestMapping("/api/directory/units")
class DirectoryUnitController {

	private final DirectoryAdmin directory;

	DirectoryUnitController(DirectoryAdmin directory) {
		this.directory = directory;
	}

	@GetMapping
	List<UnitView> tree(Actor actor) {
		return directory.tree(actor).stream().map(UnitView::of).toList();
	}

	@GetMapping("/{id}")
	UnitView unit(Actor actor, @PathVariable long id) {
		return UnitView.of(directory.unit(actor, id));
	}

	@PostMapping
	ResponseEntity<UnitView> create(Actor actor, @Valid @RequestBody UnitBody body) {
		OrgUnit created = directory.createUnit(actor, body.parentId(), body.code(), body.name(), body.unitType());
		return ResponseEntity.created(URI.create("/api/directory/units/" + created.id()))
			.body(UnitView.of(directory.unit(actor, created.id())));
	}

	@PutMapping("/{id}/name")
	UnitView rename(Actor actor, @PathVariable long id, @Valid @RequestBody NameBody body) {
		directory.renameUnit(actor, id, body.name());
		return UnitView.of(directory.unit(actor, id));
	}

	/** The unit's type: {@code TOWNSHIP}, {@code DEPARTMENT}… (#13). */
	@PutMapping("/{id}/type")
	UnitView setType(Actor actor, @PathVariable long id, @Valid @RequestBody UnitTypeBody body) {
		directory.setUnitType(actor, id, body.unitType());
		return UnitView.of(directory.unit(actor, id));
	}

	@PutMapping("/{id}/policy")
	UnitView setPolicy(Actor actor, @PathVariable long id, @Valid @RequestBody PolicyBody body) {
		return UnitView.of(directory.setPolicy(actor, id, body.policyCode()));
	}

	/** The unit inherits its policy again. */
	@DeleteMapping("/{id}/policy")
	UnitView clearPolicy(Actor actor, @PathVariable long id) {
		return UnitView.of(directory.clearPolicy(actor, id));
	}

}
