package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.integrations.chat.Platform;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The request bodies of the directory API; each refuses a field it does not take (see
 * {@link StrictBody}).
 */
final class DirectoryBodies {

	private DirectoryBodies() {
	}

	private static Map<String, Object> copy(Map<String, Object> unknown) {
		return unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
	}

	/**
	 * {@code POST /api/directory/units}: {@code parentId} absent for a top unit;
	 * {@code unitType} default UNIT.
	 */
	record UnitBody(@Positive(message = "{api.field.id}") Long parentId,
			@NotBlank(message = "{api.field.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}",
					message = "{directory.field.unitCode}") String code,
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String name,
			@Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "{directory.field.unitType}") String unitType,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		UnitBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("parentId", "code", "name", "unitType");
		}

	}

	/** {@code PUT /api/directory/units/{id}/name}. */
	record NameBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String name,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		NameBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("name");
		}

	}

	/** {@code PUT /api/directory/units/{id}/type}: a code, as in {@link UnitBody}. */
	record UnitTypeBody(
			@NotBlank(message = "{api.field.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}",
					message = "{directory.field.unitType}") String unitType,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		UnitTypeBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("unitType");
		}

	}

	/** {@code PUT /api/directory/units/{id}/policy}. */
	record PolicyBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 64,
					message = "{api.field.tooLong}") String policyCode,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		PolicyBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("policyCode");
		}

	}

	/**
	 * {@code POST /api/directory/officials} and {@code PUT /api/directory/officials/{id}}
	 * (which replaces all four: a {@code mobile} left out or null is unknown).
	 */
	record OfficialBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 64, message = "{api.field.tooLong}") String name,
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String post,
			@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long unitId,
			@MobileNumber String mobile, @JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		OfficialBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("name", "post", "unitId", "mobile");
		}

	}

	/**
	 * {@code POST /api/directory/officials/{id}/roles}: a role over a unit
	 * ({@code scopeUnitId}), or the administrator role over every unit
	 * ({@code "root": true}); a reviewer names the department.
	 */
	record RoleBody(@NotNull(message = "{api.field.required}") Role role, Department department,
			@Positive(message = "{api.field.id}") Long scopeUnitId, Boolean root,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		RoleBody {
			unknownFields = copy(unknownFields);
		}

		boolean rootScope() {
			return Boolean.TRUE.equals(root);
		}

		/**
		 * Reported on {@code scopeUnitId}: a unit, or {@code root: true}, exactly one of
		 * them.
		 */
		@AssertTrue(message = "{directory.field.scope}")
		boolean isScopeUnitId() {
			return (scopeUnitId != null) != rootScope();
		}

		/** Reported on {@code department}: a reviewer names one, no other role does. */
		@AssertTrue(message = "{directory.field.department}")
		boolean isDepartment() {
			return role == null || (role == Role.REVIEWER) == (department != null);
		}

		@Override
		public List<String> knownFields() {
			return List.of("role", "department", "scopeUnitId", "root");
		}

	}

	/**
	 * {@code POST /api/directory/officials/{id}/identities}: a WeCom, DingTalk or web
	 * chat account.
	 */
	record IdentityBody(@NotNull(message = "{api.field.required}") Platform platform,
			@NotBlank(message = "{api.field.required}") @Size(max = 64, message = "{api.field.tooLong}") String corpId,
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String userId,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		IdentityBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("platform", "corpId", "userId");
		}

	}

	/** {@code POST /api/tokens} and {@code POST /api/directory/officials/{id}/tokens}. */
	record TokenBody(
			@NotBlank(message = "{api.field.required}") @Size(max = 128, message = "{api.field.tooLong}") String label,
			@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

		TokenBody {
			unknownFields = copy(unknownFields);
		}

		@Override
		public List<String> knownFields() {
			return List.of("label");
		}

	}

}
