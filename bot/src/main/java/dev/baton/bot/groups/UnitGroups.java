package dev.baton.bot.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.directory.ChatIdentity;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
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

	/** WeCom's limit on a group chat's name (appchat/create: 最多50个utf8字符). */
	static final int MADE_NAME_MAX = 50;

	static final int MADE_MEMBERS_MIN = 2;

	static final int MADE_MEMBERS_MAX = 2000;

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

	/**
	 * Who can be put in a group Baton makes for the unit on this platform and corp: the
	 * active officials of the unit and the units below it who have an account there, and
	 * the one making it. Empty where the platform's groups are not made by Baton.
	 */
	public List<Official> groupCandidates(Actor actor, long unitId, Platform platform, String corpId) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		ChatPlatform app = corpId == null ? null : platforms.get(platform, corpId);
		if (app == null || !app.makesGroups()) {
			return List.of();
		}
		Set<Long> bound = new java.util.HashSet<>();
		directory.officialsBoundOn(platform.name(), corpId).forEach(o -> bound.add(o.id()));
		Map<Long, Official> candidates = new LinkedHashMap<>();
		if (actor.officialId() != null && bound.contains(actor.officialId())) {
			candidates.put(actor.officialId(), directory.official(actor.officialId()));
		}
		for (Official o : directory.officialsUnder(unitId)) {
			if (o.active() && bound.contains(o.id())) {
				candidates.putIfAbsent(o.id(), o);
			}
		}
		return new ArrayList<>(candidates.values());
	}

	/**
	 * Makes a group chat for the unit on the platform (a WeCom app chat) with these
	 * officials in it, the one making it its owner when they have an account there, and
	 * binds it to the unit. WeCom posts an app's messages only to the chats that app
	 * made, so this is how a unit gets a WeCom group.
	 */
	@Transactional
	public Binding makeGroup(Actor actor, long unitId, Platform platform, String corpId, String name,
			List<Long> officialIds) {
		access.require(actor, Action.MANAGE_GROUPS, subject(unitId));
		ChatPlatform app = corpId == null ? null : platforms.get(platform, corpId);
		if (app == null) {
			throw new InvalidInputException("group.noApp", "no " + platform + " app is configured for corp " + corpId,
					platform, corpId);
		}
		if (!app.makesGroups()) {
			throw new InvalidInputException("group.notMadeHere", "Baton does not make " + platform + " groups");
		}
		String groupName = name == null ? "" : name.strip();
		if (groupName.isEmpty() || groupName.codePointCount(0, groupName.length()) > MADE_NAME_MAX) {
			throw new InvalidInputException("group.madeName", "a new group's name is 1 to 50 characters",
					MADE_NAME_MAX);
		}
		Map<Long, Official> candidates = new LinkedHashMap<>();
		groupCandidates(actor, unitId, platform, corpId).forEach(o -> candidates.put(o.id(), o));
		Set<Long> chosen = new LinkedHashSet<>(officialIds == null ? List.of() : officialIds);
		for (Long id : chosen) {
			if (!candidates.containsKey(id)) {
				throw new InvalidInputException("group.notCandidate",
						"official " + id + " is not an active official of the unit with an account there", id);
			}
		}
		String owner = actor.officialId() == null ? null : accountOn(actor.officialId(), platform, corpId);
		List<String> members = new ArrayList<>();
		if (owner != null) {
			members.add(owner);
		}
		for (Long id : chosen) {
			String account = accountOn(id, platform, corpId);
			if (account != null && !members.contains(account)) {
				members.add(account);
			}
		}
		if (members.size() < MADE_MEMBERS_MIN || members.size() > MADE_MEMBERS_MAX) {
			throw new InvalidInputException("group.madeMembers", "a new group needs 2 to 2000 members with accounts",
					MADE_MEMBERS_MIN, MADE_MEMBERS_MAX, members.size());
		}
		String groupId;
		try {
			groupId = app.makeGroup(groupName, owner, members);
		}
		catch (PlatformException ex) {
			throw new InvalidInputException("group.refused",
					"the platform did not make the group: " + ex.code() + " " + ex.getMessage(), ex.code(),
					ex.getMessage());
		}
		Binding binding = bind(actor, unitId, platform, corpId, groupId, groupName);
		audit.append(null, actor, "UNIT_GROUP_MADE", describe(binding.group()));
		return binding;
	}

	private String accountOn(long officialId, Platform platform, String corpId) {
		return directory.identitiesOf(officialId)
			.stream()
			.filter(i -> i.platform().equals(platform.name()) && i.corpId().equals(corpId))
			.map(ChatIdentity::userId)
			.findFirst()
			.orElse(null);
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
