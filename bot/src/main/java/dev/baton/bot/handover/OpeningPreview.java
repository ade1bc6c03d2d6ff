package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;

/**
 * What opening a handover would do, computed as {@link HandoverService#open} computes it:
 * the unit's policy, the checklist deadline and the receipt deadline the notice would
 * state, and who the notice would go to.
 *
 * @param reasonNote the reason in the organizer's words, for 其他 only (null otherwise)
 * @param checklistPeriod the policy's period for the checklist (10 calendar days, 7
 * working days…)
 * @param reviewers the officials of each reviewing department of the policy over the unit
 * (empty where vacant)
 * @param uncheckedYears years the deadlines fall in whose holiday notice is not loaded
 * (counted Monday to Friday)
 */
public record OpeningPreview(OrgUnit unit, Official departing, Official successor, HandoverReason reason,
		String reasonNote, HandoverPolicy policy, Period checklistPeriod, LocalDate checklistDue, LocalDate receiptDue,
		Map<Department, List<Official>> reviewers, List<Integer> uncheckedYears) {

	public OpeningPreview {
		reviewers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviewers));
		uncheckedYears = List.copyOf(uncheckedYears);
	}

	/**
	 * A party who is also one of a department's reviewers over the unit (newcomer 10: the
	 * successor was the 组织部门 reviewer of her own handover; newcomer 12: 钱芳 and 孙磊 the
	 * finance and audit reviewers of theirs): reviewing one's own handover is a conflict
	 * of interest, so the access rules never let a party review or sign for a department.
	 *
	 * @param others the department's other reviewers, who do its review (empty: nobody,
	 * one must be added before the review can be done)
	 */
	public record PartyReviewer(Official party, boolean successor, Department department, List<Official> others) {

		public PartyReviewer {
			others = List.copyOf(others);
		}

		/**
		 * In the reader's words, the same on chat's card and on the console's page:
		 * conv.org.open.conflict with who else reviews (.others) or that nobody does
		 * (.nobody); 另选接任人 offered only when the successor is the party (the departing
		 * official cannot be chosen again).
		 */
		public String say(Words words) {
			return say(words, successor ? "conv.org.open.conflict.nobody.successor" : "conv.org.open.conflict.nobody");
		}

		/**
		 * On the console (newcomer 15): no chat command, the page links to the unit's
		 * directory page instead; 另选接任人 only when the successor is the party.
		 */
		public String sayOnConsole(Words words) {
			return say(words, successor ? "console.conflict.nobody.successor" : "console.conflict.nobody");
		}

		/**
		 * Before a change of successor, of the one chosen (newcomer 17): not yet the
		 * successor, so 将成为接任人; in chat's words.
		 */
		public String sayAsNewSuccessor(Words words) {
			return say(words, "conv.org.open.conflict.nobody.successor", true);
		}

		/** {@link #sayAsNewSuccessor} on the console. */
		public String sayOnConsoleAsNewSuccessor(Words words) {
			return say(words, "console.conflict.nobody.successor", true);
		}

		private String say(Words words, String nobodyKey) {
			return say(words, nobodyKey, false);
		}

		private String say(Words words, String nobodyKey, boolean toBe) {
			String department = words.text("label." + department().name());
			String names = String.join(words.text("list.joiner"), others.stream().map(Official::name).toList());
			String who = toBe ? words.text("conflict.successorReviews", party.name(), department)
					: words.text(
							"conv.org.open.conflict", party.name(), words.text(successor
									? "conv.org.open.conflict.successor" : "conv.org.open.conflict.departing"),
							department);
			return who + (names.isEmpty() ? words.text(nobodyKey, department)
					: words.text("conv.org.open.conflict.others", department, names));
		}

	}

	/** A message source in the reader's language: a key and its arguments to a text. */
	@FunctionalInterface
	public interface Words {

		String text(String key, Object... arguments);

	}

	/**
	 * The joint reviewers the notice names, department by department, in the reader's
	 * words (chat's card and the console's page alike): a party is never named as a
	 * reviewer (newcomer 19: 「联合审核人员：组织部门 李静」 while 李静, the successor, may not review); a
	 * department left with nobody says so (「组织部门 无人审核（李静须回避）」), the warning below it says
	 * what to do.
	 * @param names the separator between names (、)
	 * @param departments the separator between departments (；)
	 */
	public String jointReviewers(Words words, String names, String departments) {
		return reviewers.entrySet().stream().map(e -> {
			String department = words.text("label." + e.getKey().name());
			List<Official> parties = e.getValue()
				.stream()
				.filter(o -> o.id() == departing.id() || o.id() == successor.id())
				.toList();
			List<Official> others = e.getValue().stream().filter(o -> !parties.contains(o)).toList();
			if (others.isEmpty()) {
				return department + " " + (parties.isEmpty() ? words.text("conv.org.open.vacant") : words.text(
						"fd.open.recused",
						parties.stream().map(Official::name).collect(java.util.stream.Collectors.joining(names))));
			}
			return department + " "
					+ others.stream().map(Official::name).collect(java.util.stream.Collectors.joining(names));
		}).collect(java.util.stream.Collectors.joining(departments));
	}

	/**
	 * Every party who reviews: the rule chat's confirmation card and the console's
	 * confirmation page both say before 确认.
	 */
	public List<PartyReviewer> partyReviewers() {
		return partyReviewers(reviewers, departing, successor);
	}

	/**
	 * The same rule for any pair and reviewers (a running handover's record, a new
	 * successor).
	 */
	public static List<PartyReviewer> partyReviewers(Map<Department, List<Official>> reviewers, Official departing,
			Official successor) {
		List<PartyReviewer> found = new java.util.ArrayList<>();
		for (Map.Entry<Department, List<Official>> e : reviewers.entrySet()) {
			for (Official party : List.of(departing, successor)) {
				if (e.getValue().stream().noneMatch(o -> o.id() == party.id())) {
					continue;
				}
				List<Official> others = e.getValue()
					.stream()
					.filter(o -> o.id() != departing.id() && o.id() != successor.id())
					.toList();
				found.add(new PartyReviewer(party, party.id() == successor.id(), e.getKey(), others));
			}
		}
		return found;
	}

}
