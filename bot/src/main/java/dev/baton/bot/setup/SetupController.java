package dev.baton.bot.setup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.baton.bot.web.StrictBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/setup/claim}: the one call without a token. The setup code from the
 * log makes the first administrator and the top unit, and answers with their API token
 * (shown this once).
 */
@RestController
@RequestMapping("/api/setup")
class SetupController {

	private final FirstAdministrator first;

	SetupController(FirstAdministrator first) {
		this.first = first;
	}

	@PostMapping("/claim")
	ResponseEntity<FirstAdministrator.Claimed> claim(@Valid @RequestBody ClaimBody body, HttpServletRequest request) {
		FirstAdministrator.Claimed claimed = first.claim(
				new FirstAdministrator.ClaimRequest(body.code(), body.name(), body.post(), body.mobile(),
						body.unitName(), body.unitCode(), body.unitType(), body.username(), body.password()),
				request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/directory/officials/" + claimed.officialId())).body(claimed);
	}

	/**
	 * The code, who the first administrator is, and the top unit (an empty database has
	 * none); optionally the user name and password of their console account (both or
	 * neither).
	 */
	record ClaimBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 160, message = "{api.field.tooLong}") String code,
			@NotBlank(message = "{api.field.required}") @Size(max = 64, message = "{api.field.tooLong}") String name,
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String post,
			@NotBlank(message = "{api.field.required}") @Pattern(
					regexp = "\\s*(\\+86|0086)?[\\s-]*1[3-9]([\\s-]*[0-9]){9}\\s*",
					message = "{directory.field.mobile}") String mobile,
			@NotBlank(message = "{api.field.required}") @Size(max = 128,
					message = "{api.field.tooLong}") String unitName,
			@NotBlank(message = "{api.field.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}",
					message = "{directory.field.unitCode}") String unitCode,
			@Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "{directory.field.unitType}") String unitType,
			@Size(max = 64, message = "{api.field.tooLong}") String username,
			@Size(max = 128, message = "{api.field.tooLong}") String password,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		ClaimBody {
			unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("code", "name", "post", "mobile", "unitName", "unitCode", "unitType", "username",
					"password");
		}

		@Override
		public String toString() {
			return "ClaimBody[" + name + ", " + unitCode + ", " + username + "]"; // never
																					// the
																					// code
																					// or
																					// the
																					// password
		}

	}

}
