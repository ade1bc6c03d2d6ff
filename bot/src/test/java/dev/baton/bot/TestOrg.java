package dev.baton.bot;

import java.util.UUID;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;

/**
 * A small org built in the real directory for one test: a city whose policy is given, a
 * department under it where the handover happens, and an unrelated unit elsewhere. Codes
 * are unique, so tests share the database safely.
 */
public final class TestOrg {

	public final OrgUnit city;

	public final OrgUnit department;

	public final OrgUnit elsewhere;

	public final long organizer;

	public final long organizationReviewer;

	public final long disciplineReviewer;

	public final long financeReviewer;

	public final long auditReviewer;

	public final long supervisor;

	public final long admin;

	public final long departing;

	public final long successor;

	public final long outsideOrganizer;

	public final long outsideAuditReviewer;

	public final long stranger;

	private final Actors actors;

	private Long rootAdmin;

	public TestOrg(Directory directory, Actors actors, String policyCode) {
		this(directory, actors, policyCode,
				new Names("石嘴山市", "市统计局", "CITY_DEPARTMENT", "陈离任", "市统计局局长", "郑接任", "市统计局局长（拟任）"));
	}

	/**
	 * The unit where the handover happens and its two parties, named as a scenario needs.
	 */
	public record Names(String city, String unit, String unitType, String departing, String departingPost,
			String successor, String successorPost) {
	}

	public TestOrg(Directory directory, Actors actors, String policyCode, Names names) {
		this.actors = actors;
		String tag = UUID.randomUUID().toString().substring(0, 8);
		city = directory.createUnit(null, "city-" + tag, names.city() + "（测试" + tag + "）", "CITY");
		if (policyCode != null) {
			directory.assignPolicy(city.id(), policyCode);
		}
		department = directory.createUnit(city.id(), "unit-" + tag, names.unit(), names.unitType());
		elsewhere = directory.createUnit(null, "far-" + tag, "另一市（测试" + tag + "）", "CITY");
		organizer = official(directory, "王组织", "市委组织部干部监督科科长", city, Role.ORGANIZER, null);
		organizationReviewer = official(directory, "李组审", "市委组织部审核员", city, Role.REVIEWER, Department.ORGANIZATION);
		disciplineReviewer = official(directory, "赵纪检", "市纪委监委审核员", city, Role.REVIEWER, Department.DISCIPLINE);
		financeReviewer = official(directory, "钱财政", "市财政局审核员", city, Role.REVIEWER, Department.FINANCE);
		auditReviewer = official(directory, "孙审计", "市审计局审核员", city, Role.REVIEWER, Department.AUDIT);
		supervisor = official(directory, "周监督", "市纪委监委副书记", city, Role.SUPERVISOR, null);
		// an administrator of the city (and the units below it), not of every unit: see
		// rootAdmin
		admin = official(directory, "吴管理", "系统管理员", city, Role.ADMIN, null);
		departing = directory.addOfficial(names.departing(), names.departingPost(), department.id()).id();
		successor = directory.addOfficial(names.successor(), names.successorPost(), department.id()).id();
		outsideOrganizer = official(directory, "冯外组", "另一市组织部干部", elsewhere, Role.ORGANIZER, null);
		outsideAuditReviewer = official(directory, "褚外审", "另一市审计局", elsewhere, Role.REVIEWER, Department.AUDIT);
		stranger = directory.addOfficial("卫路人", names.unit() + "科员", department.id()).id();
	}

	private static long official(Directory directory, String name, String post, OrgUnit scope, Role role,
			Department department) {
		long id = directory.addOfficial(name, post, scope.id()).id();
		directory.assignRole(id, role, department, scope.id());
		return id;
	}

	/**
	 * An administrator over every unit (the root scope), in the city: made on first use,
	 * since every root administrator in the shared database covers every test's units.
	 * {@link #admin} administers the city only.
	 */
	public long rootAdmin(Directory directory) {
		if (rootAdmin == null) {
			rootAdmin = directory.addOfficial("全局管理员", "系统管理员（全部单位）", city.id()).id();
			directory.assignRootAdmin(rootAdmin);
		}
		return rootAdmin;
	}

	public Actor actor(long officialId) {
		return actors.of(officialId);
	}

	public long reviewer(Department department) {
		return switch (department) {
			case ORGANIZATION -> organizationReviewer;
			case DISCIPLINE -> disciplineReviewer;
			case FINANCE -> financeReviewer;
			case AUDIT -> auditReviewer;
		};
	}

}
