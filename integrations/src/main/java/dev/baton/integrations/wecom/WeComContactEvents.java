package dev.baton.integrations.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactUser;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;

/**
 * WeCom's {@code change_contact} (成员变更通知, 部门变更通知) as a {@link ContactEvent}, read from
 * WxJava's model of the verified plaintext:
 * <ul>
 * <li>{@code create_user} → USER_ADDED, {@code update_user} → USER_CHANGED (a new userid,
 * {@code NewUserID}, becomes the event's user and the old one {@code previousUserId}),
 * {@code delete_user} → USER_LEFT;</li>
 * <li>{@code create_party}, {@code update_party}, {@code delete_party} →
 * DEPARTMENT_CREATED, _CHANGED, _REMOVED;</li>
 * <li>anything else ({@code update_tag}) is of no use to Baton: null.</li>
 * </ul>
 * {@code user} is set only for a {@code create_user} that carried the whole profile (the
 * app's callback: name, departments, status); an update carries only what changed, and
 * the contact-sync helper's events only ids, so then the member is read with
 * {@link WeComContacts#user}. The {@code eventKey} is the change, the subject, WeCom's
 * CreateTime and a digest of the plaintext, which WeCom's retries repeat unchanged.
 */
final class WeComContactEvents {

	private WeComContactEvents() {
	}

	static ContactEvent of(String corpId, WxCpXmlMessage m, String plaintext) {
		if (m.getCreateTime() == null) {
			throw new CallbackRejected(400, "change_contact without CreateTime");
		}
		String changeType = m.getChangeType();
		if (changeType == null || changeType.isBlank()) {
			throw new CallbackRejected(400, "change_contact without ChangeType");
		}
		Instant at = Instant.ofEpochSecond(m.getCreateTime());
		return switch (changeType.strip()) {
			case "create_user", "update_user", "delete_user" -> user(corpId, changeType.strip(), m, at, plaintext);
			case "create_party", "update_party", "delete_party" -> party(corpId, changeType.strip(), m, at, plaintext);
			default -> null;
		};
	}

	private static ContactEvent user(String corpId, String changeType, WxCpXmlMessage m, Instant at, String plaintext) {
		String userId = userId(m.getUserId(), "UserID");
		List<String> departments = m.getDepartments() == null ? List.of()
				: Arrays.stream(m.getDepartments()).map(WeComContactEvents::departmentId).toList();
		String key = key(corpId, changeType, userId, m.getCreateTime(), plaintext);
		return switch (changeType) {
			case "create_user" -> new ContactEvent(Platform.WECOM, corpId, ContactEvent.Kind.USER_ADDED, key, at,
					List.of(userId), departments, profile(userId, m, departments), null);
			case "update_user" -> {
				String newUserId = m.getNewUserId() == null || m.getNewUserId().isBlank() ? null
						: userId(m.getNewUserId(), "NewUserID");
				yield newUserId == null || newUserId.equals(userId)
						? new ContactEvent(Platform.WECOM, corpId, ContactEvent.Kind.USER_CHANGED, key, at,
								List.of(userId), departments, null, null)
						: new ContactEvent(Platform.WECOM, corpId, ContactEvent.Kind.USER_CHANGED, key, at,
								List.of(newUserId), departments, null, userId);
			}
			default -> new ContactEvent(Platform.WECOM, corpId, ContactEvent.Kind.USER_LEFT, key, at, List.of(userId),
					List.of(), null, null);
		};
	}

	private static ContactEvent party(String corpId, String changeType, WxCpXmlMessage m, Instant at,
			String plaintext) {
		String id = m.getId() == null ? null : m.getId().strip();
		if (id == null || !id.matches("\\d{1,10}") || Long.parseLong(id) < 1) {
			throw new CallbackRejected(400, changeType + " without a department Id");
		}
		ContactEvent.Kind kind = switch (changeType) {
			case "create_party" -> ContactEvent.Kind.DEPARTMENT_CREATED;
			case "update_party" -> ContactEvent.Kind.DEPARTMENT_CHANGED;
			default -> ContactEvent.Kind.DEPARTMENT_REMOVED;
		};
		return new ContactEvent(Platform.WECOM, corpId, kind, key(corpId, changeType, id, m.getCreateTime(), plaintext),
				at, List.of(), List.of(id), null, null);
	}

	/**
	 * The member as the event gave them, when it gave the whole profile; otherwise null.
	 */
	private static ContactUser profile(String userId, WxCpXmlMessage m, List<String> departments) {
		if (m.getName() == null || m.getDepartments() == null || m.getStatus() == null) {
			return null;
		}
		String status = m.getStatus().strip();
		boolean active = !"2".equals(status) && !"5".equals(status);
		return new ContactUser(userId, blankToNull(m.getName()), blankToNull(m.getMobile()),
				blankToNull(m.getPosition()), departments, active);
	}

	/** WeCom userids are 1 to 64 bytes, case-insensitive. */
	private static String userId(String value, String field) {
		String id = value == null ? null : value.strip();
		if (id == null || id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64
				|| id.chars().anyMatch(Character::isISOControl)) {
			throw new CallbackRejected(400, "change_contact with a missing or invalid " + field);
		}
		return id;
	}

	private static String departmentId(Long id) {
		if (id == null || id < 1) {
			throw new CallbackRejected(400, "change_contact with an invalid Department");
		}
		return String.valueOf(id);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String key(String corpId, String changeType, String subject, long createTime, String plaintext) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
			return "wecom:" + corpId + ":" + changeType + ":" + subject + ":" + createTime + ":"
					+ HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
