package dev.baton.bot.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which chat groups belong to which unit. Administrators and organizers over a unit bind
 * and unbind its groups (on the API, or by saying 绑定本群 in the group); each change is in
 * the audit log. A group is bound only for a platform and corp Baton has an app for
 * (WeCom, DingTalk, or the web chat's read-only groups), so what is bound can be sent to.
 */
@Service
public class UnitGroups {

	static final int ID_MAX = 128;

	static final int NAME_MAX = 128;

	private final UnitGroupMapper mapper;

	private final Directory directory;

	private final Access access;

	private final AuditLog audit;

	private final ChatPlatforms platforms;

	private final TimeSource time;

	UnitGroups(UnitGroupMapper mapper, Directory directory, Access access, AuditLog audit, ChatPlatforms platforms,
			TimeSource time) {
		this.mapper = mapper;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.platforms = platforms;
		this.time = time;
	}

	public List<UnitChatGroup> list(Actor actor, long unitId) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		return mapper.forUnit(unitId);
	}

	/**
	 * Whether anything posted to the unit's groups has somewhere to go (no access check:
	 * for the domain's use).
	 */
	public boolean anyBound(long unitId) {
		return !mapper.forUnit(unitId).isEmpty();
	}

	/** Every group bound on one platform and corp (the web chat page lists its own). */
	public List<UnitChatGroup> boundOn(Platform platform, String corpId) {
		return mapper.forCorp(platform, corpId);
	}

	/** The unit's binding of this group, if it has one. */
	public java.util.Optional<UnitChatGroup> binding(Actor actor, long unitId, Platform platform, String corpId,
			String groupId) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		return java.util.Optional.ofNullable(mapper.findBinding(unitId, platform, corpId, groupId));
	}

	/**
	 * Binds the group to the unit; binding it again changes nothing and returns the
	 * binding there is.
	 */
	@Transactional
	public Binding bind(Actor actor, long unitId, Platform platform, String corpId, String groupId, String name) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		check(platform, corpId, groupId, name);
		int inserted;
		try {
			inserted = mapper.insert(unitId, platform, corpId, groupId, blankToNull(name), actor.officialId(),
					time.now());
		}
		catch (DuplicateKeyException ex) {
			inserted = 0; // bound at the same moment by someone else
		}
		UnitChatGroup group = mapper.findBinding(unitId, platform, corpId, groupId);
		if (inserted > 0) {
			audit.append(null, actor, "UNIT_GROUP_BOUND", describe(group));
		}
		return new Binding(group, inserted > 0);
	}

	@Transactional
	public void unbind(Actor actor, long unitId, long bindingId) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		UnitChatGroup group = mapper.find(bindingId);
		if (group == null || group.unitId() != unitId) {
			throw new NotFoundException("unitGroup", bindingId);
		}
		mapper.delete(bindingId);
		audit.append(null, actor, "UNIT_GROUP_UNBOUND", describe(group));
	}

	private void check(Platform platform, String corpId, String groupId, String name) {
		if (corpId == null || platforms.get(platform, corpId) == null) {
			throw new InvalidInputException("group.noApp", "no " + platform + " app is configured for corp " + corpId,
					platform, corpId);
		}
		if (groupId == null || groupId.isBlank() || groupId.length() > ID_MAX || groupId.contains("|")
				|| !groupId.equals(groupId.strip())) {
			throw new InvalidInputException("group.badId",
					"a group id is 1 to 128 characters, without | or spaces around", ID_MAX);
		}
		if (name != null && name.length() > NAME_MAX) {
			throw new InvalidInputException("group.badName", "a group name is at most 128 characters", NAME_MAX);
		}
	}

	private Subject subject(long unitId) {
		return new Subject(directory.unit(unitId).path(), -1, -1);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Map<String, Object> describe(UnitChatGroup g) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("unitId", g.unitId());
		detail.put("platform", g.platform().name());
		detail.put("corpId", g.corpId());
		detail.put("groupId", g.groupId());
		return detail;
	}

	/** A binding, and whether this call made it. */
	public record Binding(UnitChatGroup group, boolean created) {
	}

}
