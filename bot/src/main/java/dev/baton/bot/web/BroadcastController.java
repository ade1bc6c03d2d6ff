package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled broadcasts, edited at runtime: list, view, create, replace, delete. Who may
 * is the domain's decision ({@link BroadcastAdmin}); a change takes effect in the Quartz
 * schedule at once.
 */
@RestController
@RequestMapping("/api/admin/broadcasts")
class BroadcastController {

	private final BroadcastAdmin broadcasts;

	BroadcastController(BroadcastAdmin broadcasts) {
		this.broadcasts = broadcasts;
	}

	@GetMapping
	List<Broadcast> list(Actor actor) {
		return broadcasts.list(actor);
	}

	@GetMapping("/{id}")
	Broadcast get(Actor actor, @PathVariable long id) {
		return broadcasts.get(actor, id);
	}

	@PostMapping
	ResponseEntity<Broadcast> create(Actor actor, @Valid @RequestBody BroadcastBody body) {
		Broadcast created = broadcasts.create(actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/admin/broadcasts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	Broadcast replace(Actor actor, @PathVariable long id, @Valid @RequestBody BroadcastBody body) {
		return broadcasts.update(actor, id, body.toDraft());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		broadcasts.delete(actor, id);
	}

	/**
	 * {@code workingDaysOnly} and {@code enabled} default to true, {@code timeZone} to
	 * Baton's zone.
	 */
	record BroadcastBody(@NotBlank @Size(max = 128) String name, @NotNull BroadcastKind kind, @Positive Long unitId,
			@NotBlank @Size(max = 120) String cron, @Size(max = 64) String timeZone, @NotNull BroadcastTarget target,
			Role targetRole, Department targetDepartment, @Size(max = 2000) String message, Boolean workingDaysOnly,
			Boolean enabled) {

		BroadcastDraft toDraft() {
			return new BroadcastDraft(name.strip(), kind, unitId, cron.strip(), timeZone, target, targetRole,
					targetDepartment, message, workingDaysOnly == null || workingDaysOnly, enabled == null || enabled);
		}

	}

}
