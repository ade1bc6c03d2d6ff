package dev.baton.bot.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small demo directory so the embedded default can be tried at once: 石嘴山市 (its policy:
 * 10 days, four departments, six copies) with 市统计局, and 武夷山市上梅乡 (交业继责, made public when
 * archived), every role filled, and one handover just opened at each. With the web chat
 * on, each official has a web chat account (user id = official id) and 上梅乡 has a web chat
 * group. Written once; a later start finds it and adds nothing.
 */
public class DemoData {

	static final String CITY_CODE = "demo-shizuishan";

	/** The web chat group of 上梅乡 (the page shows it read-only). */
	static final String SHANGMEI_GROUP = "shangmei";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Directory directory;

	private final Actors actors;

	private final HandoverService handovers;

	private final boolean webChat;

	private final UnitGroups groups;

	private final DemoMapper demo;

	private final Policies policies;

	private final TimeSource time;

	private final AuditLog audit;

	private final WorkCalendar calendar;

	/**
	 * @param webChat whether every demo official also gets a web chat account (before the
	 * handover opens)
	 */
	DemoData(Directory directory, Actors actors, HandoverService handovers, UnitGroups groups, boolean webChat,
			DemoMapper demo, Policies policies, TimeSource time, AuditLog audit, WorkCalendar calendar) {
		this.calendar = calendar;
		this.audit = audit;
		this.demo = demo;
		this.policies = policies;
		this.time = time;
		this.groups = groups;
		this.directory = directory;
		this.actors = actors;
		this.handovers = handovers;
		this.webChat = webChat;
	}

	private Long administrator;

	private Long organizer;

	/**
	 * The demo's administrator over every unit (吴强), once this instance wrote the demo
	 * data; else null.
	 */
	public Long administrator() {
		return administrator;
	}

	/**
	 * 王明, the demo city's organizer (the console's demo account is theirs), once written.
	 */
	public Long organizer() {
		return organizer;
	}

	private Long shangmeiHandover;

	/**
	 * The demo's 上梅乡 handover (陈清忠 → 方福彬), once this instance wrote the demo data; else
	 * null.
	 */
	public Long shangmeiHandover() {
		return shangmeiHandover;
	}

	private Long overdueHandover;

	/**
	 * The demo's handover already overdue (市农业农村局, 刘志远 → 黄海): its checklist was due
	 * {@link DemoDates#OVERDUE_WORKING_DAYS} working days ago, under the urgent
	 * escalation policy (no quiet hours), so the first sweep sends its level-1
	 * escalation; null until written.
	 */
	public Long overdueHandover() {
		return overdueHandover;
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean loadIfAbsent() {
		if (directory.unitByCode(CITY_CODE).isPresent()) {
			return false;
		}
		OrgUnit city = directory.createUnit(null, CITY_CODE, "石嘴山市", "CITY");
		directory.assignPolicy(city.id(), DEMO_POLICY);
		OrgUnit stats = directory.createUnit(city.id(), "demo-shizuishan-stats", "石嘴山市统计局", "CITY_DEPARTMENT");
		long organizer = person("王明", "市委组织部干部监督科科长", city, Role.ORGANIZER, null);
		this.organizer = organizer;
		Map<Department, Long> reviewers = new EnumMap<>(Department.class);
		reviewers.put(Department.ORGANIZATION,
				person("李静", "市委组织部干部一科科长", city, Role.REVIEWER, Department.ORGANIZATION));
		reviewers.put(Department.DISCIPLINE,
				person("赵刚", "市纪委监委第三监督检查室主任", city, Role.REVIEWER, Department.DISCIPLINE));
		reviewers.put(Department.FINANCE, person("钱芳", "市财政局国库科科长", city, Role.REVIEWER, Department.FINANCE));
		reviewers.put(Department.AUDIT, person("孙磊", "市审计局经济责任审计科科长", city, Role.REVIEWER, Department.AUDIT));
		person("周红", "市纪委监委副书记", city, Role.SUPERVISOR, null);
		// the demo's administrator holds the role over every unit (the root scope): the
		// calendar, the audit chain
		administrator = directory.addOfficial("吴强", "系统管理员", city.id()).id();
		directory.assignRootAdmin(administrator);
		long departing = directory.addOfficial("陈建国", "市统计局局长（离任）", stats.id()).id();
		long successor = directory.addOfficial("郑晓东", "市统计局局长（接任）", stats.id()).id();
		OrgUnit farming = directory.createUnit(city.id(), "demo-shizuishan-farming", "石嘴山市农业农村局", "CITY_DEPARTMENT");
		long late = directory.addOfficial("刘志远", "市农业农村局局长（离任）", farming.id()).id();
		long lateSuccessor = directory.addOfficial("黄海", "市农业农村局局长（接任）", farming.id()).id();

		OrgUnit wuyishan = directory.createUnit(null, "demo-wuyishan", "武夷山市", "CITY");
		directory.assignPolicy(wuyishan.id(), "wuyishan");
		OrgUnit shangmei = directory.createUnit(wuyishan.id(), "demo-wuyishan-shangmei", "武夷山市上梅乡", "TOWNSHIP");
		long wuyishanOrganizer = person("丁一鸣", "市委组织部干部一室", wuyishan, Role.ORGANIZER, null);
		for (Department department : Department.values()) {
			person("武夷山" + department.zh() + "审核员", "武夷山市" + department.zh() + "部门", wuyishan, Role.REVIEWER,
					department);
		}
		long chen = directory.addOfficial("陈清忠", "上梅乡党委书记（原乡长）", shangmei.id()).id();
		long fang = directory.addOfficial("方福彬", "上梅乡党委副书记、乡长候选人", shangmei.id()).id();

		if (webChat) {
			// bound before the handover opens, so its notice reaches the web chat too
			for (OrgUnit root : List.of(city, wuyishan)) {
				directory.officialsUnder(root.id())
					.forEach(o -> directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(o.id()),
							o.id()));
			}
		}
		handovers.open(actors.of(organizer),
				new OpenRequest(stats.id(), departing, successor, HandoverReason.TRANSFER));
		if (webChat) {
			// 武夷山's policy makes an archived handover public (公开): its summary is posted
			// to this group
			groups.bind(actors.of(wuyishanOrganizer), shangmei.id(), Platform.WEB, WebChat.CORP, SHANGMEI_GROUP,
					"上梅乡工作群");
		}
		shangmeiHandover = handovers
			.open(actors.of(wuyishanOrganizer), new OpenRequest(shangmei.id(), chen, fang, HandoverReason.TRANSFER))
			.id();
		// opened last, so the first two keep their numbers (1 and 2, as the README's
		// examples say)
		overdueHandover = overdue(organizer, farming, late, lateSuccessor);
		log.info("Demo data written: 石嘴山市统计局 (陈建国 → 郑晓东), 石嘴山市农业农村局 (刘志远 → 黄海, its checklist overdue)"
				+ " and 武夷山市上梅乡 (陈清忠 → 方福彬)");
		return true;
	}

	/**
	 * A handover whose checklist is already overdue, to see red and an escalation at
	 * once: opened and acknowledged through the services on the days {@link DemoDates}
	 * says ({@link TimeSource#asOf}), so its record, its audit trail (chained as any
	 * other), its steps and its notice tell one story in order, none of it after now
	 * (issue #17: the audit rows said the seeding moment); then put under the urgent
	 * escalation policy, which sends at any hour, so the sweep's first run sends its
	 * level 1 (to 刘志远 and the organizer) however late the demo is started, and the audit
	 * trail says so.
	 */
	private long overdue(long organizer, OrgUnit unit, long departing, long successor) {
		// every date of one story, each before the next (newcomer 14, finding 14): the
		// notice, its 签收 (done and due), the checklist due some working days ago
		DemoDates dates = DemoDates.overdue(time.today(), policies.byCode(DEMO_POLICY), policies::due,
				calendar::isWorkingDay);
		var opened = time.asOf(at(dates.openedOn(), OPENED_AT), () -> handovers.open(actors.of(organizer),
				new OpenRequest(unit.id(), departing, successor, HandoverReason.RETIREMENT)));
		long id = opened.id();
		time.asOf(at(dates.acknowledgedOn(), ACKNOWLEDGED_AT), () -> handovers.acknowledge(actors.of(departing), id));
		LocalDate due = opened.checklistDue();
		demo.urgentEscalation(id, policies.escalationBody("urgent"));
		demo.lookAtChecklist(id, time.now());
		audit.append(id, Actor.SYSTEM, "DEMO_BACKDATED",
				Map.of("openedOn", dates.openedOn().toString(), "checklistDue", due.toString(), "receiptDue",
						dates.receiptDue().toString(), "acknowledgedOn", dates.acknowledgedOn().toString(),
						"escalation", "urgent"));
		return id;
	}

	private java.time.Instant at(LocalDate day, java.time.LocalTime hour) {
		return day.atTime(hour).atZone(time.zone()).toInstant();
	}

	/** The demo city's policy (石嘴山市). */
	static final String DEMO_POLICY = "shizuishan";

	/** When the overdue demo handover was opened, on its day. */
	private static final java.time.LocalTime OPENED_AT = java.time.LocalTime.of(9, 0);

	/** When the overdue demo handover's notice was acknowledged, on its day. */
	private static final java.time.LocalTime ACKNOWLEDGED_AT = java.time.LocalTime.of(10, 0);

	private long person(String name, String post, OrgUnit scope, Role role, Department department) {
		long id = directory.addOfficial(name, post, scope.id()).id();
		directory.assignRole(id, role, department, scope.id());
		return id;
	}

}
