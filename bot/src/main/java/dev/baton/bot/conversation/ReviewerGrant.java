package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Person;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.handover.Handover;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * An organizer adds a reviewer for a department in chat (#12, newcomer 11: the
 * confirmation card said to add a reviewer for 财政部门 before confirming, and chat gave no
 * way to): 「财政部门审核人增加 张三」 / 「增设审核人 财政部门 张三」. The role is granted as the console grants it
 * ({@link DirectoryAdmin#assignRole}: {@code MANAGE_DIRECTORY} over the official and over
 * the unit, audited), over the unit of the handover being opened, or else of the handover
 * in focus: the narrowest scope that lets them review it. A name nobody or several people
 * have is said, and nothing is granted.
 */
@Component
class ReviewerGrant {

	private static final String DEPARTMENT = "(组织部门|组织部|组织|纪检监察|纪检|纪委|财政部门|财政局|财政|审计部门|审计局|审计)";

	private static final String NAME = "([\\p{IsHan}·]{2,12})";

	/** 财政部门审核人增加 张三 / 为财政部门增设审核人张三 / 财政的审核人加上张三. */
	private static final Pattern DEPARTMENT_FIRST = Pattern.compile("^(?:请|帮我)?(?:为|给)?" + DEPARTMENT
			+ "(?:的)?(?:审核人|审核人员)?\\s*(?:增加|增设|添加|加上|新增|补充)\\s*(?:一名|一个)?(?:审核人|审核人员)?\\s*[:：,，]?\\s*" + NAME
			+ "[。.!！]?$");

	/** 增设审核人 财政部门 张三 / 增加审核人：财政 张三. */
	private static final Pattern VERB_FIRST = Pattern
		.compile("^(?:请|帮我)?(?:增加|增设|添加|新增)(?:一名|一个)?(?:审核人|审核人员)\\s*[:：,，]?\\s*" + DEPARTMENT + "\\s*[:：,，]?\\s*"
				+ NAME + "[。.!！]?$");

	/** Said before a request in everyday words, dropped: 那就 / 麻烦 / 请. */
	private static final String LEAD = "^(?:那就|那|就|麻烦|请|帮我|帮忙)*";

	/** Said after it, dropped: 吧 / 哈 / 。. */
	private static final String TAIL = "(?:吧|哈|呀|啊|了)*[。.!！]?$";

	private static final String ADD = "(?:增加|增设|添加|加上|新增|补充|补上|添上|加)";

	private static final String REVIEWER = "(?:审核人员|审核人|审核)";

	/** A name said before other words: the shortest that lets the rest be read. */
	private static final String NAME_BEFORE = "(?![我你您他她])([\\p{IsHan}·]{2,12}?)";

	/**
	 * Everyday words (newcomer 25, finding 2): 财政那边加吴强审核吧 / 给财政加个审核人吴强 / 财政部门加上吴强做审核人 —
	 * the department, the verb, the name, and a reviewer word somewhere after the
	 * department.
	 */
	private static final Pattern DEPARTMENT_SIDE = Pattern.compile(LEAD + "(?=.*审核)(?:为|给)?" + DEPARTMENT
			+ "(?:部门)?(?:那边|这边|方面|那块|这块)?(?:的)?(?:" + REVIEWER + "(?:这块|方面)?)?\\s*" + ADD + "(?:一名|一个|个|一位|位)?\\s*(?:"
			+ REVIEWER + ")?\\s*[:：,，]?\\s*" + NAME_BEFORE + "\\s*(?:来|做|当|担任)?" + REVIEWER + "?" + TAIL);

	/** 让吴强做财政的审核人 / 吴强来当财政部门审核人 / 由吴强担任财政审核人. */
	private static final Pattern PERSON_FIRST = Pattern.compile(LEAD + "(?:让|由|叫|请)?" + NAME_BEFORE
			+ "(?:来)?(?:做|当|担任|作为|任)\\s*" + DEPARTMENT + "(?:部门)?(?:那边|这边|方面)?(?:的)?" + REVIEWER + TAIL);

	/** 把吴强设为财政部门审核人 / 增设吴强为财政审核人 / 加吴强做财政的审核人. */
	private static final Pattern NAMED_AS = Pattern.compile(LEAD + "(?:把|将|" + ADD + "|设|让)" + NAME_BEFORE
			+ "(?:设为|设成|加为|增设为|列为|作为|为|做|当)\\s*" + DEPARTMENT + "(?:部门)?(?:的)?" + REVIEWER + TAIL);

	private static final Map<String, Department> DEPARTMENTS = Map.ofEntries(Map.entry("组织部门", Department.ORGANIZATION),
			Map.entry("组织部", Department.ORGANIZATION), Map.entry("组织", Department.ORGANIZATION),
			Map.entry("纪检监察", Department.DISCIPLINE), Map.entry("纪检", Department.DISCIPLINE),
			Map.entry("纪委", Department.DISCIPLINE), Map.entry("财政部门", Department.FINANCE),
			Map.entry("财政局", Department.FINANCE), Map.entry("财政", Department.FINANCE),
			Map.entry("审计部门", Department.AUDIT), Map.entry("审计局", Department.AUDIT), Map.entry("审计", Department.AUDIT));

	/**
	 * What was asked.
	 *
	 * @param department the department the reviewer reviews for
	 * @param name the name said
	 */
	record Said(Department department, String name) {
	}

	/**
	 * What the grant came to.
	 *
	 * @param words what to say
	 * @param inPlace whether the person now reviews for the department (granted now or
	 * before)
	 */
	record Outcome(String words, boolean inPlace) {
	}

	private final Names names;

	private final Directory directory;

	private final DirectoryAdmin admin;

	private final dev.baton.bot.access.Access access;

	ReviewerGrant(Names names, Directory directory, DirectoryAdmin admin, dev.baton.bot.access.Access access) {
		this.access = access;
		this.names = names;
		this.directory = directory;
		this.admin = admin;
	}

	/** The department and name, when the words ask to add a reviewer; null otherwise. */
	static Said read(String raw) {
		if (raw == null) {
			return null;
		}
		String s = raw.strip();
		for (Pattern departmentFirst : List.of(DEPARTMENT_FIRST, VERB_FIRST, DEPARTMENT_SIDE)) {
			Matcher m = departmentFirst.matcher(s);
			if (m.matches()) {
				return new Said(DEPARTMENTS.get(m.group(1)), m.group(2));
			}
		}
		for (Pattern nameFirst : List.of(PERSON_FIRST, NAMED_AS)) {
			Matcher m = nameFirst.matcher(s);
			if (m.matches()) {
				return new Said(DEPARTMENTS.get(m.group(2)), m.group(1));
			}
		}
		return null;
	}

	/**
	 * Grants the role over the unit, and says so; or says why not (nothing granted).
	 * @param unitId the unit of the handover being opened, or of the one in focus; null
	 * when there is none
	 */
	Outcome grant(Actor actor, Said said, Long unitId, Texts t) {
		String department = t.department(said.department());
		if (unitId == null) {
			if (actor.roles().stream().noneMatch(r -> r.role() == Role.ORGANIZER || r.role() == Role.ADMIN)) {
				// nowhere theirs to grant: the console's refusal, whatever handover it
				// was
				// meant for
				throw new dev.baton.bot.access.NotPermittedException(dev.baton.bot.access.Action.MANAGE_DIRECTORY,
						null);
			}
			return new Outcome(t.get("conv.reviewerGrant.noUnit", department, said.name()), false);
		}
		// who may grant it here, before anyone is looked up (the console's rule)
		access.require(actor, dev.baton.bot.access.Action.MANAGE_DIRECTORY,
				dev.baton.bot.access.Subject.unit(directory.unit(unitId).path()));
		Names.Lookup found = names.official(said.name(), OpeningFlow.scopes(actor));
		if (found.people().isEmpty()) {
			return new Outcome(t.get("conv.reviewerGrant.nobody", said.name(), String.valueOf(unitId)), false);
		}
		if (found.people().size() > 1) {
			return new Outcome(t.get("conv.reviewerGrant.several", said.name(), String.join(t.english() ? ", " : "、",
					found.people().stream().map(p -> p.name() + "（" + p.unitName() + " " + p.post() + "）").toList()),
					String.valueOf(unitId)), false);
		}
		Person person = found.people().get(0);
		String unit = directory.unit(unitId).name();
		DirectoryAdmin.Assigned done = admin.assignRole(actor, person.id(), Role.REVIEWER, said.department(), unitId);
		return new Outcome(t.get(done.created() ? "conv.reviewerGrant.done" : "conv.reviewerGrant.already",
				person.name(), unit, department), true);
	}

	/** The unit the grant is over: the opening's, else the handover's in focus. */
	static Long unitOf(OrganizerDraft draft, Handover focus) {
		if (draft != null && draft.kind() == OrganizerDraft.Kind.OPEN && draft.unitId() != null) {
			return draft.unitId();
		}
		return focus == null ? null : focus.unitId();
	}

	static OutboundMessage text(String words) {
		return new OutboundMessage.Text(words);
	}

	static List<OutboundMessage> with(String words, List<OutboundMessage> card) {
		java.util.ArrayList<OutboundMessage> all = new java.util.ArrayList<>();
		all.add(text(words));
		all.addAll(card);
		return all;
	}

}
