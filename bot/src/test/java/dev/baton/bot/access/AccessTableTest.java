package dev.baton.bot.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role × every action × in scope and out of scope, with roles read from the real
 * directory: only the cells in the table are allowed, every other one is refused with the
 * typed error naming the action.
 */
@DomainContext
class AccessTableTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	Access access;

	private TestOrg org;

	private Subject handover;

	@BeforeEach
	void buildOrg() {
		org = new TestOrg(directory, actors, null);
		handover = new Subject(org.department.path(), org.departing, org.successor);
	}

	/**
	 * What each person may do about a handover in the department; every cell not listed
	 * is refused.
	 */
	private Map<String, Set<String>> allowedCells() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		// an organizer manages the unit's officials, accounts and roles other than
		// administrator (MANAGE_DIRECTORY)
		table.put("organizer",
				Set.of("VIEW_LEDGER", "OPEN_HANDOVER", "CANCEL_HANDOVER", "VIEW_HANDOVER", "SIGN_AS:ORGANIZER",
						"MANAGE_BROADCASTS", "MANAGE_GROUPS", "MANAGE_DIRECTORY", "VIEW_DIRECTORY", "CHANGE_SUCCESSOR",
						"EXTEND_DEADLINE", "VIEW_POLICIES", "VIEW_DEAD_LETTERS", "URGE_STEP", "RETRY_DEAD_LETTER",
						"DISCARD_DEAD_LETTER", "MOVE_DEMO_CLOCK"));
		// a reviewer may rule for their own department; the service asks only for the
		// policy's ruler (审计 by default)
		table.put("organizationReviewer", Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "REVIEW:ORGANIZATION",
				"RULE_DISPUTE:ORGANIZATION", "SIGN_AS:REVIEWER_ORGANIZATION", "VIEW_DIRECTORY"));
		table.put("disciplineReviewer", Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "REVIEW:DISCIPLINE",
				"RULE_DISPUTE:DISCIPLINE", "SIGN_AS:REVIEWER_DISCIPLINE", "VIEW_DIRECTORY"));
		table.put("financeReviewer", Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "REVIEW:FINANCE", "RULE_DISPUTE:FINANCE",
				"SIGN_AS:REVIEWER_FINANCE", "VIEW_DIRECTORY"));
		table.put("auditReviewer", Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "REVIEW:AUDIT", "RULE_DISPUTE:AUDIT",
				"SIGN_AS:REVIEWER_AUDIT", "VIEW_DIRECTORY"));
		// 催办: organizers and supervisors (#17)
		table.put("supervisor", Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "VIEW_DIRECTORY", "URGE_STEP"));
		// the city's administrator: everything over the city, none of the global actions
		table.put("admin",
				Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "MANAGE_DIRECTORY", "MANAGE_BROADCASTS", "MANAGE_GROUPS",
						"MANAGE_UNITS", "VIEW_DIRECTORY", "GRANT_ADMIN", "MANAGE_TOKENS", "SYNC_DIRECTORY",
						"VIEW_POLICIES", "VIEW_DEAD_LETTERS", "MANAGE_CONSOLE_ACCOUNTS", "RETRY_DEAD_LETTER",
						"DISCARD_DEAD_LETTER", "MOVE_DEMO_CLOCK"));
		// the administrator over every unit: the same, and the global actions
		table.put("rootAdmin",
				Set.of("VIEW_LEDGER", "VIEW_HANDOVER", "MANAGE_DIRECTORY", "MANAGE_BROADCASTS", "MANAGE_GROUPS",
						"MANAGE_UNITS", "VIEW_DIRECTORY", "GRANT_ADMIN", "MANAGE_TOKENS", "VERIFY_AUDIT_LOG",
						"MANAGE_CALENDAR", "CHECK_PLATFORMS", "SYNC_DIRECTORY", "VIEW_POLICIES", "VIEW_DEAD_LETTERS",
						"MANAGE_CONSOLE_ACCOUNTS", "RETRY_DEAD_LETTER", "DISCARD_DEAD_LETTER", "EDIT_POLICIES",
						"MOVE_DEMO_CLOCK"));
		table.put("departing", Set.of("VIEW_HANDOVER", "ACKNOWLEDGE_NOTICE", "EDIT_CHECKLIST", "SUBMIT_CHECKLIST",
				"SIGN_AS:DEPARTING"));
		table.put("successor", Set.of("VIEW_HANDOVER", "CONFIRM_ITEM", "DISPUTE_ITEM", "SUBMIT_PLAN", "REPORT_PROGRESS",
				"SIGN_AS:SUCCESSOR"));
		// the policies are read by whoever opens handovers or sets a unit's policy,
		// wherever they do (#13)
		table.put("outsideOrganizer", Set.of("VIEW_POLICIES", "MOVE_DEMO_CLOCK"));
		table.put("outsideAuditReviewer", Set.of());
		table.put("stranger", Set.of());
		return table;
	}

	private Map<String, Long> people() {
		Map<String, Long> people = new LinkedHashMap<>();
		people.put("organizer", org.organizer);
		people.put("organizationReviewer", org.organizationReviewer);
		people.put("disciplineReviewer", org.disciplineReviewer);
		people.put("financeReviewer", org.financeReviewer);
		people.put("auditReviewer", org.auditReviewer);
		people.put("supervisor", org.supervisor);
		people.put("admin", org.admin);
		people.put("rootAdmin", org.rootAdmin(directory));
		people.put("departing", org.departing);
		people.put("successor", org.successor);
		people.put("outsideOrganizer", org.outsideOrganizer);
		people.put("outsideAuditReviewer", org.outsideAuditReviewer);
		people.put("stranger", org.stranger);
		return people;
	}

	/**
	 * Every cell: plain actions, department-bound actions per department, signing per
	 * capacity.
	 */
	private static List<String> cells() {
		List<String> cells = new ArrayList<>();
		for (Action action : Action.values()) {
			switch (action) {
				case REVIEW, RULE_DISPUTE -> {
					for (Department d : Department.values()) {
						cells.add(action + ":" + d);
					}
				}
				case SIGN -> {
					for (SignerRole role : SignerRole.values()) {
						cells.add("SIGN_AS:" + role);
					}
				}
				default -> cells.add(action.name());
			}
		}
		return cells;
	}

	@Test
	void onlyTheAllowedCellsSucceed() {
		Map<String, Set<String>> table = allowedCells();
		int allowed = 0;
		int refused = 0;
		for (Map.Entry<String, Long> person : people().entrySet()) {
			Actor actor = actors.of(person.getValue());
			for (String cell : cells()) {
				boolean expected = table.get(person.getKey()).contains(cell);
				String label = person.getKey() + " × " + cell;
				if (cell.startsWith("SIGN_AS:")) {
					SignerRole role = SignerRole.valueOf(cell.substring(8));
					assertThat(access.mayActAs(actor, role, handover)).as(label).isEqualTo(expected);
				}
				else {
					Action action = Action.valueOf(cell.contains(":") ? cell.substring(0, cell.indexOf(':')) : cell);
					Department department = cell.contains(":")
							? Department.valueOf(cell.substring(cell.indexOf(':') + 1)) : null;
					if (expected) {
						assertThatCode(() -> access.require(actor, action, handover, department)).as(label)
							.doesNotThrowAnyException();
					}
					else {
						assertThatThrownBy(() -> access.require(actor, action, handover, department)).as(label)
							.isInstanceOfSatisfying(NotPermittedException.class,
									e -> assertThat(e.action()).isEqualTo(action));
					}
				}
				if (expected) {
					allowed++;
				}
				else {
					refused++;
				}
			}
		}
		int listed = table.values().stream().mapToInt(Set::size).sum();
		assertThat(cells()).hasSize(47); // 32 plain actions, review and ruling per
											// department, signing per capacity
		assertThat(allowed).isEqualTo(listed).isEqualTo(94);
		assertThat(refused).isEqualTo(13 * 47 - 94);
	}

	/**
	 * The actions about units rather than handovers, over four scopes: the root ("/":
	 * every unit, a top unit, a broadcast to all), the city, the department below it, and
	 * another city. Every cell not listed is refused.
	 */
	@Test
	void theDirectoryAndGlobalActionsByScope() {
		List<Action> actions = List.of(Action.MANAGE_UNITS, Action.VIEW_DIRECTORY, Action.MANAGE_DIRECTORY,
				Action.GRANT_ADMIN, Action.MANAGE_TOKENS, Action.MANAGE_BROADCASTS, Action.MANAGE_GROUPS,
				Action.VERIFY_AUDIT_LOG, Action.MANAGE_CALENDAR, Action.CHECK_PLATFORMS, Action.SYNC_DIRECTORY,
				Action.VIEW_DEAD_LETTERS, Action.MANAGE_CONSOLE_ACCOUNTS, Action.RETRY_DEAD_LETTER);
		Set<String> everything = Set.of("MANAGE_UNITS", "VIEW_DIRECTORY", "MANAGE_DIRECTORY", "GRANT_ADMIN",
				"MANAGE_TOKENS", "MANAGE_BROADCASTS", "MANAGE_GROUPS", "VERIFY_AUDIT_LOG", "MANAGE_CALENDAR",
				"CHECK_PLATFORMS", "SYNC_DIRECTORY", "VIEW_DEAD_LETTERS", "MANAGE_CONSOLE_ACCOUNTS",
				"RETRY_DEAD_LETTER");
		Set<String> unitAdmin = Set.of("MANAGE_UNITS", "VIEW_DIRECTORY", "MANAGE_DIRECTORY", "GRANT_ADMIN",
				"MANAGE_TOKENS", "MANAGE_BROADCASTS", "MANAGE_GROUPS", "SYNC_DIRECTORY", "VIEW_DEAD_LETTERS",
				"MANAGE_CONSOLE_ACCOUNTS", "RETRY_DEAD_LETTER");
		Set<String> organizer = Set.of("VIEW_DIRECTORY", "MANAGE_DIRECTORY", "MANAGE_BROADCASTS", "MANAGE_GROUPS",
				"VIEW_DEAD_LETTERS", "RETRY_DEAD_LETTER");
		Map<String, String> scopes = new LinkedHashMap<>();
		scopes.put("root", Subject.ROOT_PATH);
		scopes.put("city", org.city.path());
		scopes.put("department", org.department.path());
		scopes.put("elsewhere", org.elsewhere.path());
		Map<String, Map<String, Set<String>>> table = new LinkedHashMap<>();
		table.put("rootAdmin",
				Map.of("root", everything, "city", everything, "department", everything, "elsewhere", everything));
		table.put("admin", Map.of("root", Set.of(), "city", unitAdmin, "department", unitAdmin, "elsewhere", Set.of()));
		table.put("organizer",
				Map.of("root", Set.of(), "city", organizer, "department", organizer, "elsewhere", Set.of()));
		table.put("supervisor", Map.of("root", Set.of(), "city", Set.of("VIEW_DIRECTORY"), "department",
				Set.of("VIEW_DIRECTORY"), "elsewhere", Set.of()));
		table.put("auditReviewer", Map.of("root", Set.of(), "city", Set.of("VIEW_DIRECTORY"), "department",
				Set.of("VIEW_DIRECTORY"), "elsewhere", Set.of()));
		table.put("outsideOrganizer",
				Map.of("root", Set.of(), "city", Set.of(), "department", Set.of(), "elsewhere", organizer));
		table.put("departing",
				Map.of("root", Set.of(), "city", Set.of(), "department", Set.of(), "elsewhere", Set.of()));
		int cells = 0;
		for (Map.Entry<String, Map<String, Set<String>>> row : table.entrySet()) {
			Actor actor = actors.of(people().get(row.getKey()));
			for (Map.Entry<String, String> scope : scopes.entrySet()) {
				Subject subject = Subject.unit(scope.getValue());
				for (Action action : actions) {
					boolean expected = row.getValue().get(scope.getKey()).contains(action.name());
					assertThat(access.allowed(actor, action, subject, null))
						.as(row.getKey() + " × " + action + " over " + scope.getKey())
						.isEqualTo(expected);
					cells++;
				}
			}
		}
		assertThat(cells).isEqualTo(7 * 4 * 14);
	}

	@Test
	void aRoleHeldHigherUpTheTreeCoversTheUnitsBelow() {
		var province = directory.createUnit(null, "prov-" + System.nanoTime(), "某省", "PROVINCE");
		var city = directory.createUnit(province.id(), "pc-" + System.nanoTime(), "某市", "CITY");
		var bureau = directory.createUnit(city.id(), "pb-" + System.nanoTime(), "某市某局", "CITY_DEPARTMENT");
		long provincialOrganizer = directory.addOfficial("省组织部干部", "干部监督处", province.id()).id();
		directory.assignRole(provincialOrganizer, Role.ORGANIZER, null, province.id());
		long cityOrganizer = directory.addOfficial("市组织部干部", "干部监督科", city.id()).id();
		directory.assignRole(cityOrganizer, Role.ORGANIZER, null, city.id());
		Subject inBureau = new Subject(bureau.path(), org.departing, org.successor);
		Subject inProvinceOffice = new Subject(province.path(), org.departing, org.successor);

		assertThat(access.allowed(actors.of(provincialOrganizer), Action.OPEN_HANDOVER, inBureau, null)).isTrue();
		assertThat(access.allowed(actors.of(cityOrganizer), Action.OPEN_HANDOVER, inBureau, null)).isTrue();
		assertThat(access.allowed(actors.of(cityOrganizer), Action.OPEN_HANDOVER, inProvinceOffice, null)).isFalse();
	}

	@Test
	void thePartiesNeverActAsOrganizerOrReviewerOfTheirOwnHandover() {
		// the auditor is handing over their own post: holding the audit reviewer role
		// does not let them review it
		Subject auditorLeaves = new Subject(org.department.path(), org.auditReviewer, org.successor);
		Subject organizerTakesOver = new Subject(org.department.path(), org.departing, org.organizer);
		Actor auditor = actors.of(org.auditReviewer);
		Actor organizer = actors.of(org.organizer);

		assertThat(access.allowed(auditor, Action.REVIEW, auditorLeaves, Department.AUDIT)).isFalse();
		assertThat(access.allowed(auditor, Action.RULE_DISPUTE, auditorLeaves, Department.AUDIT)).isFalse();
		assertThat(access.mayActAs(auditor, SignerRole.REVIEWER_AUDIT, auditorLeaves)).isFalse();
		assertThat(access.mayActAs(auditor, SignerRole.DEPARTING, auditorLeaves)).isTrue();
		assertThat(access.allowed(organizer, Action.OPEN_HANDOVER, organizerTakesOver, null)).isFalse();
		assertThat(access.allowed(organizer, Action.CANCEL_HANDOVER, organizerTakesOver, null)).isFalse();
		assertThat(access.allowed(organizer, Action.CHANGE_SUCCESSOR, organizerTakesOver, null)).isFalse();
		assertThat(access.allowed(organizer, Action.EXTEND_DEADLINE, organizerTakesOver, null)).isFalse();
		assertThat(access.mayActAs(organizer, SignerRole.ORGANIZER, organizerTakesOver)).isFalse();
		assertThat(access.mayActAs(organizer, SignerRole.SUCCESSOR, organizerTakesOver)).isTrue();
	}

	@Test
	void bakedInAsTheSystemEverythingButSigningIsAllowed() {
		for (Action action : Action.values()) {
			assertThat(access.allowed(Actor.SYSTEM, action, handover, Department.AUDIT)).as(action.name())
				.isEqualTo(true);
		}
		for (SignerRole role : SignerRole.values()) {
			assertThat(access.mayActAs(Actor.SYSTEM, role, handover)).as(role.name()).isFalse();
		}
	}

}
