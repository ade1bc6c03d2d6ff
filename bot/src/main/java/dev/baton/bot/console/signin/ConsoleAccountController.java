package dev.baton.bot.console.signin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.baton.bot.access.Actor;
import dev.baton.bot.web.StrictBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/directory/officials/{id}/console-account}: an administrator over the
 * official's unit gives them a console account ({@code POST}: user name and first
 * password) or a new password ({@code PUT .../password}, which also lifts a lock). The
 * password is in the request only: never answered, logged or stored but as its hash.
 */
@RestController
@RequestMapping("/api/directory/officials/{id}/console-account")
class ConsoleAccountController {

	private final LocalAccounts accounts;

	ConsoleAccountController(LocalAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(Actor actor, @PathVariable("id") long officialId,
			@Valid @RequestBody AccountBody body) {
		accounts.create(actor, officialId, body.username(), body.password());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("officialId", officialId);
		answer.put("username", accounts.usernameOf(officialId).orElseThrow());
		return ResponseEntity.created(URI.create("/api/directory/officials/" + officialId + "/console-account"))
			.body(answer);
	}

	@PutMapping("/password")
	ResponseEntity<Void> resetPassword(Actor actor, @PathVariable("id") long officialId,
			@Valid @RequestBody PasswordBody body) {
		accounts.resetPassword(actor, officialId, body.password());
		return ResponseEntity.noContent().build();
	}

	/** A new account: the user name to type and the first password. */
	record AccountBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 64,
					message = "{api.field.tooLong}") String username,
			@NotBlank(message = "{api.field.required}") @Size(max = 128,
					message = "{api.field.tooLong}") String password,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		AccountBody {
			unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("username", "password");
		}

		@Override
		public String toString() {
			return "AccountBody[" + username + "]"; // never the password
		}

	}

	/** A new password. */
	record PasswordBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 128,
					message = "{api.field.tooLong}") String password,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		PasswordBody {
			unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("password");
		}

		@Override
		public String toString() {
			return "PasswordBody[***]";
		}

	}

}
