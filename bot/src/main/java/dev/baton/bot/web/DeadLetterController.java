package dev.baton.bot.web;

import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.delivery.DeadLetter;
import dev.baton.bot.delivery.DeadLetters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What could not be delivered to a unit's officials and groups (replies, notices, group
 * posts), newest first.
 */
@RestController
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping("/api/admin/units/{unitId}/dead-letters")
	List<DeadLetter> list(Actor actor, @PathVariable long unitId, @RequestParam(defaultValue = "100") int limit) {
		return deadLetters.under(actor, unitId, limit);
	}

	/**
	 * Sends one again from the start ({@code source}: REPLY, DELIVERY or OUTBOX, as the
	 * list gives it): 200 with what was retried; 409 when it is no longer dead; audited.
	 */
	@PostMapping("/api/admin/dead-letters/{source}/{id}/retry")
	Map<String, Object> retry(Actor actor, @PathVariable DeadLetters.Source source, @PathVariable long id) {
		deadLetters.retry(actor, source, id);
		return Map.of("source", source, "id", id, "retried", true);
	}

	/**
	 * Gives one up for good, with the reason ({@code {"reason"}}, at most 500
	 * characters): 200 with what was discarded; 400 without a reason; 409 when it is no
	 * longer dead; audited with who and why.
	 */
	@PostMapping("/api/admin/dead-letters/{source}/{id}/discard")
	Map<String, Object> discard(Actor actor, @PathVariable DeadLetters.Source source, @PathVariable long id,
			@Valid @RequestBody DiscardBody body) {
		deadLetters.discard(actor, source, id, body.reason());
		return Map.of("source", source, "id", id, "discarded", true);
	}

	record DiscardBody(@NotBlank @Size(max = DeadLetters.REASON_MAX) String reason) {
	}

}
