package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.groups.UnitChatGroup;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.integrations.chat.Platform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's chat groups: list, bind, unbind. Binding a group the unit has already answers
 * 200 with that binding, so a resent request binds once.
 */
@RestController
@RequestMapping("/api/admin/units/{unitId}/groups")
class UnitGroupController {

	private final UnitGroups groups;

	UnitGroupController(UnitGroups groups) {
		this.groups = groups;
	}

	@GetMapping
	List<UnitChatGroup> list(Actor actor, @PathVariable long unitId) {
		return groups.list(actor, unitId);
	}

	@PostMapping
	ResponseEntity<UnitChatGroup> bind(Actor actor, @PathVariable long unitId, @Valid @RequestBody GroupBody body) {
		UnitGroups.Binding binding = groups.bind(actor, unitId, body.platform(), body.corpId().strip(), body.groupId(),
				body.name());
		if (!binding.created()) {
			return ResponseEntity.ok(binding.group());
		}
		return ResponseEntity.created(URI.create("/api/admin/units/" + unitId + "/groups/" + binding.group().id()))
			.body(binding.group());
	}

	@DeleteMapping("/{bindingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unbind(Actor actor, @PathVariable long unitId, @PathVariable long bindingId) {
		groups.unbind(actor, unitId, bindingId);
	}

	/**
	 * {@code groupId}: the WeCom app chat's {@code chatid}, or the DingTalk group's
	 * {@code openConversationId}.
	 */
	record GroupBody(@NotNull Platform platform, @NotBlank @Size(max = 64) String corpId,
			@NotBlank @Size(max = 128) String groupId, @Size(max = 128) String name) {
	}

}
