package dev.baton.integrations.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.baton.integrations.chat.Platform;

/**
 * A change to a platform's org chart, after the callback (or Stream frame) was verified
 * and decoded: DingTalk's {@code user_add_org}, {@code user_modify_org},
 * {@code user_leave_org}, {@code org_dept_create/modify/remove}; WeCom's
 * {@code change_contact} ({@code create_user}, {@code update_user}, {@code delete_user},
 * {@code create_party}, {@code update_party}, {@code delete_party}). It names who or what
 * changed; the handler reads the current state from the {@link ContactDirectory} (and
 * takes {@code user} when the platform sent the fields itself, as WeCom does).
 * {@code eventKey} is stable across the platform's retries of the same event.
 */
public record ContactEvent(Platform platform, String corpId, Kind kind, String eventKey, Instant at,
		List<String> userIds, List<String> departmentIds, ContactUser user, String previousUserId) {

	public enum Kind {

		USER_ADDED, USER_CHANGED, USER_LEFT, DEPARTMENT_CREATED, DEPARTMENT_CHANGED, DEPARTMENT_REMOVED

	}

	public ContactEvent {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(corpId, "corpId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(eventKey, "eventKey");
		userIds = userIds == null ? List.of() : List.copyOf(userIds);
		departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
	}

}
