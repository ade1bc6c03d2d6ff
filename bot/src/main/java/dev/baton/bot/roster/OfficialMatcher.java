package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import dev.baton.bot.access.Action;
import dev.baton.bot.directory.IdentityBinding;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.roster.RosterReport.Change;
import dev.baton.bot.roster.UnitTree.Node;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;

/**
 * Finds the official each row is about (by mobile, else by name within the unit), refuses
 * the same person or account twice in the file, and decides what the row sets or changes:
 * the official's post, unit, mobile and active flag, the roles to add over the row's role
 * scope and the accounts to bind, each only if the importer may change that official
 * (nobody changes someone who holds more than they do).
 */
final class OfficialMatcher {

	private final List<PlannedRow> rows;

	private final UnitTree tree;

	private final DirectoryReads reads;

	private final RowNotes notes;

	private final BiPredicate<Action, String> may;

	private final Map<Long, Official> officials = new HashMap<>();

	private final Map<String, List<Official>> byMobile = new HashMap<>();

	private final Map<Long, List<Official>> byUnit = new HashMap<>();

	private final Map<Long, List<IdentityBinding>> identities = new HashMap<>();

	private final Map<List<String>, Long> accountHolders = new HashMap<>();

	private final Map<Long, List<RoleAssignment>> roles = new HashMap<>();

	OfficialMatcher(List<PlannedRow> rows, UnitTree tree, DirectoryReads reads, RowNotes notes,
			BiPredicate<Action, String> may) {
		this.rows = rows;
		this.tree = tree;
		this.reads = reads;
		this.notes = notes;
		this.may = may;
	}

	void match() {
		List<PlannedRow> people = rows.stream().filter(r -> r.person && r.unit != null).toList();
		load(people);
		duplicates(people);
		Map<Long, PlannedRow> claimed = new HashMap<>();
		for (PlannedRow row : people) {
			if (row.refused() || row.name == null || row.post == null) {
				continue;
			}
			find(row);
			if (row.match != null) {
				PlannedRow first = claimed.putIfAbsent(row.match.id(), row);
				if (first != null) {
					notes.problem(row, RosterColumn.NAME, "roster.row.samePerson", first.row());
					notes.problem(first, RosterColumn.NAME, "roster.row.samePerson", row.row());
				}
			}
		}
		loadAccountsAndRoles(people);
		for (PlannedRow row : people) {
			if (!row.refused()) {
				decide(row);
			}
		}
	}

	private void load(List<PlannedRow> people) {
		Set<Long> units = people.stream()
			.filter(r -> r.unit.id != null)
			.map(r -> r.unit.id)
			.collect(Collectors.toSet());
		Set<String> mobiles = people.stream().map(r -> r.mobile).filter(m -> m != null).collect(Collectors.toSet());
		reads.officialsInUnits(units).forEach(this::know);
		reads.officialsByMobiles(mobiles).forEach(this::know);
	}

	private void know(Official official) {
		if (officials.putIfAbsent(official.id(), official) == null) {
			byUnit.computeIfAbsent(official.unitId(), u -> new ArrayList<>()).add(official);
			if (official.mobile() != null) {
				byMobile.computeIfAbsent(official.mobile(), m -> new ArrayList<>()).add(official);
			}
		}
	}

	/**
	 * The same person twice in the file: by mobile, by name in a unit where either lacks
	 * a mobile, by account.
	 */
	private void duplicates(List<PlannedRow> people) {
		Map<String, List<PlannedRow>> mobiles = new LinkedHashMap<>();
		Map<List<Object>, List<PlannedRow>> names = new LinkedHashMap<>();
		Map<List<Object>, List<PlannedRow>> accounts = new LinkedHashMap<>();
		for (PlannedRow row : people) {
			if (row.mobile != null) {
				mobiles.computeIfAbsent(row.mobile, m -> new ArrayList<>()).add(row);
			}
			if (row.name != null) {
				names.computeIfAbsent(List.of(row.unit, row.name), k -> new ArrayList<>()).add(row);
			}
			for (PlannedRow.Account account : row.accounts) {
				accounts
					.computeIfAbsent(List.of(account.platform(), account.userId().toLowerCase(Locale.ROOT)),
							k -> new ArrayList<>())
					.add(row);
			}
		}
		mobiles.values()
			.stream()
			.filter(g -> g.size() > 1)
			.forEach(g -> g.forEach(row -> notes.problem(row, RosterColumn.MOBILE, "roster.row.duplicateMobile",
					row.mobile, others(g, row))));
		names.values()
			.stream()
			.filter(g -> g.size() > 1 && g.stream().anyMatch(r -> r.mobile == null))
			.forEach(g -> g.forEach(row -> notes.problem(row, RosterColumn.NAME, "roster.row.duplicateName", row.name,
					others(g, row))));
		accounts.forEach((key, g) -> {
			if (g.size() > 1) {
				RosterColumn column = key.get(0) == Platform.DINGTALK ? RosterColumn.DINGTALK : RosterColumn.WECOM;
				g.forEach(row -> notes.problem(row, column, "roster.row.duplicateAccount", column.header(),
						userId(row, column), others(g, row)));
			}
		});
	}

	private String userId(PlannedRow row, RosterColumn column) {
		return row.accounts.stream()
			.filter(a -> a.column() == column)
			.map(PlannedRow.Account::userId)
			.findFirst()
			.orElse("");
	}

	private String others(List<PlannedRow> group, PlannedRow row) {
		return group.stream()
			.filter(r -> r != row)
			.map(r -> Integer.toString(r.row()))
			.collect(Collectors.joining("、"));
	}

	/**
	 * The official the row is about, or none (a new official); a refusal when it cannot
	 * be told.
	 */
	private void find(PlannedRow row) {
		if (row.mobile != null) {
			List<Official> holders = byMobile.getOrDefault(row.mobile, List.of());
			if (holders.size() > 1) {
				notes.problem(row, RosterColumn.MOBILE, "roster.row.mobileShared", row.mobile, holders.size());
				return;
			}
			if (holders.size() == 1) {
				Official holder = holders.get(0);
				if (!holder.name().equals(row.name)) {
					Node at = tree.byId(holder.unitId());
					boolean visible = at != null && may.test(Action.MANAGE_DIRECTORY, at.path);
					notes.problem(row, RosterColumn.MOBILE,
							visible ? "roster.row.mobileOtherName" : "roster.row.mobileElsewhere", row.mobile,
							holder.name(), at == null ? "" : at.display());
					return;
				}
				row.match = holder;
				return;
			}
		}
		List<Official> namesakes = row.unit.id == null ? List.of()
				: byUnit.getOrDefault(row.unit.id, List.of()).stream().filter(o -> o.name().equals(row.name)).toList();
		if (row.mobile == null) {
			if (namesakes.size() > 1) {
				notes.problem(row, RosterColumn.NAME, "roster.row.nameAmbiguous", row.name, namesakes.size());
			}
			else if (namesakes.size() == 1) {
				row.match = namesakes.get(0);
			}
			return;
		}
		List<Official> withoutMobile = namesakes.stream().filter(o -> o.mobile() == null).toList();
		if (withoutMobile.size() > 1) {
			notes.problem(row, RosterColumn.NAME, "roster.row.nameAmbiguous", row.name, withoutMobile.size());
		}
		else if (withoutMobile.size() == 1) {
			row.match = withoutMobile.get(0);
		}
		else if (!namesakes.isEmpty()) {
			notes.note(row, RosterColumn.NAME, "roster.row.namesake", row.name, namesakes.size());
		}
	}

	private void loadAccountsAndRoles(List<PlannedRow> people) {
		Set<Long> matched = people.stream()
			.filter(r -> r.match != null)
			.map(r -> r.match.id())
			.collect(Collectors.toSet());
		reads.identitiesOf(matched)
			.forEach(i -> identities.computeIfAbsent(i.officialId(), o -> new ArrayList<>()).add(i));
		reads.rolesOf(matched).forEach(r -> roles.computeIfAbsent(r.officialId(), o -> new ArrayList<>()).add(r));
		Map<List<String>, Set<String>> wanted = new LinkedHashMap<>();
		for (PlannedRow row : people) {
			for (PlannedRow.Account account : row.accounts) {
				wanted.computeIfAbsent(List.of(account.platform().name(), account.corpId()), k -> new LinkedHashSet<>())
					.add(account.userId());
			}
		}
		wanted.forEach((corp, users) -> reads.identitiesByUsers(corp.get(0), corp.get(1), users)
			.forEach(i -> accountHolders.put(List.of(i.platform(), i.corpId(), i.userId().toLowerCase(Locale.ROOT)),
					i.officialId())));
	}

	/** What the row sets or changes, or why it cannot. */
	private void decide(PlannedRow row) {
		Official o = row.match;
		if (o == null) {
			row.changes.add(RowNotes.change(RosterColumn.NAME, null, row.name));
			row.changes.add(RowNotes.change(RosterColumn.POST, null, row.post));
			if (row.mobile != null) {
				row.changes.add(RowNotes.change(RosterColumn.MOBILE, null, row.mobile));
			}
		}
		else {
			row.officialId = o.id();
			if (row.unit.id == null || o.unitId() != row.unit.id) {
				Node from = tree.byId(o.unitId());
				row.changes
					.add(RowNotes.change(RosterColumn.UNIT, from == null ? "" : from.display(), row.unit.display()));
				row.officialChanges = true;
			}
			if (!o.post().equals(row.post)) {
				row.changes.add(RowNotes.change(RosterColumn.POST, o.post(), row.post));
				row.officialChanges = true;
			}
			if (o.mobile() == null && row.mobile != null) {
				row.changes.add(RowNotes.change(RosterColumn.MOBILE, null, row.mobile));
				row.officialChanges = true;
			}
			if (!o.active()) {
				row.changes.add(new Change("状态", "Status", "不在职 inactive", "在职 active"));
				row.officialChanges = true;
			}
		}
		roles(row);
		accounts(row);
		if (o != null && !row.changes.isEmpty()) {
			requireOver(row, o);
		}
		if (row.refused()) {
			row.changes.clear();
			row.officialChanges = false;
			row.rolesToAdd.clear();
			row.accountsToBind.clear();
			row.bindWebChat = false;
		}
	}

	/**
	 * Changing an official needs {@link Action#MANAGE_DIRECTORY} over their unit and over
	 * the scope of each role they hold ({@link Action#GRANT_ADMIN} for an
	 * administrator's): nobody changes someone who holds more than they do (the directory
	 * REST's rule).
	 */
	private void requireOver(PlannedRow row, Official o) {
		Node at = tree.byId(o.unitId());
		if (at == null || !may.test(Action.MANAGE_DIRECTORY, at.path)) {
			notes.problem(row, RosterColumn.UNIT, "roster.row.notPermittedFrom", at == null ? "" : at.display());
			return;
		}
		for (RoleAssignment held : roles.getOrDefault(o.id(), List.of())) {
			Action action = held.role() == dev.baton.bot.directory.Role.ADMIN ? Action.GRANT_ADMIN
					: Action.MANAGE_DIRECTORY;
			if (!may.test(action, held.scopePath())) {
				Node scope = held.scopeUnitId() == null ? null : tree.byId(held.scopeUnitId());
				RoleWord word = RoleWord.of(held.role(), held.department());
				notes.problem(row, RosterColumn.NAME, "roster.row.notPermittedOver", word.zh(),
						scope == null ? "全部单位 / every unit" : scope.display(), word.en());
				return;
			}
		}
	}

	private void roles(PlannedRow row) {
		Node scope = row.roleScope;
		List<RoleWord> held = row.match == null || scope.id == null ? List.of()
				: roles.getOrDefault(row.match.id(), List.of())
					.stream()
					.filter(r -> scope.id.equals(r.scopeUnitId()))
					.map(r -> RoleWord.of(r.role(), r.department()))
					.toList();
		for (RoleWord word : row.roles) {
			if (!held.contains(word)) {
				row.rolesToAdd.add(word);
			}
		}
		if (!row.rolesToAdd.isEmpty()) {
			List<RoleWord> after = new ArrayList<>(held);
			after.addAll(row.rolesToAdd);
			String over = scope == row.unit ? "" : "（" + scope.display() + "）";
			row.changes.add(RowNotes.change(RosterColumn.ROLES, held.isEmpty() ? null : words(held) + over,
					words(after) + over));
		}
	}

	private void accounts(PlannedRow row) {
		for (PlannedRow.Account account : row.accounts) {
			// user ids compare as the database's collation does: without regard to letter
			// case
			Long holder = accountHolders
				.get(List.of(account.platform().name(), account.corpId(), account.userId().toLowerCase(Locale.ROOT)));
			if (holder != null) {
				if (row.match == null || holder != row.match.id()) {
					notes.problem(row, account.column(), "roster.row.accountTaken", account.column().header(),
							account.userId());
				}
				continue;
			}
			if (row.match != null) {
				var other = identities.getOrDefault(row.match.id(), List.of())
					.stream()
					.filter(i -> i.platform().equals(account.platform().name()) && i.corpId().equals(account.corpId()))
					.findFirst();
				if (other.isPresent()) {
					notes.problem(row, account.column(), "roster.row.accountOther", account.column().header(),
							other.get().userId(), account.userId());
					continue;
				}
			}
			row.accountsToBind.add(account);
			row.changes.add(RowNotes.change(account.column(), null, account.userId()));
		}
		if (Boolean.TRUE.equals(row.webChat)) {
			// the web chat account is the official's own id in the corp local: nobody
			// else can hold it
			boolean bound = row.match != null && identities.getOrDefault(row.match.id(), List.of())
				.stream()
				.anyMatch(i -> i.platform().equals(Platform.WEB.name()) && i.corpId().equals(WebChat.CORP)
						&& i.userId().equals(Long.toString(row.match.id())));
			if (!bound) {
				row.bindWebChat = true;
				row.changes.add(RowNotes.change(RosterColumn.WEBCHAT, null, "是"));
			}
		}
	}

	private String words(List<RoleWord> words) {
		return words.stream().map(RoleWord::zh).collect(Collectors.joining("、"));
	}

}
