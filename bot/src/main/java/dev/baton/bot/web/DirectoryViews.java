package dev.baton.bot.web;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.directory.ChatIdentity;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.web.ApiTokens.TokenInfo;

/** The directory as the REST API shows it. */
final class DirectoryViews {

	private DirectoryViews() {
	}

	/**
	 * A unit and the units below it. {@code policyCode} is the unit's own policy (null:
	 * it inherits); {@code effectivePolicy} the one it follows, set by
	 * {@code policyFromUnitId} (null: the default).
	 */
	record UnitView(long id, Long parentId, String code, String name, String unitType, String policyCode,
			String effectivePolicy, Long policyFromUnitId, List<UnitView> children) {

		static UnitView of(UnitNode node) {
			OrgUnit u = node.unit();
			return new UnitView(u.id(), u.parentId(), u.code(), u.name(), u.unitType(), u.policyCode(),
					node.effectivePolicy(), node.policyFromUnitId(),
					node.children().stream().map(UnitView::of).toList());
		}

	}

	record OfficialView(long id, String name, String post, long unitId, String mobile, boolean active) {

		static OfficialView of(Official o) {
			return new OfficialView(o.id(), o.name(), o.post(), o.unitId(), o.mobile(), o.active());
		}

	}

	/** An official with their unit, roles and chat accounts. */
	record OfficialRecordView(long id, String name, String post, UnitRef unit, String mobile, boolean active,
			List<RoleView> roles, List<IdentityView> identities) {

		static OfficialRecordView of(DirectoryAdmin.OfficialRecord r) {
			Official o = r.official();
			return new OfficialRecordView(o.id(), o.name(), o.post(), new UnitRef(r.unit().id(), r.unit().name()),
					o.mobile(), o.active(), r.roles().stream().map(RoleView::of).toList(),
					r.identities().stream().map(IdentityView::of).toList());
		}

	}

	record UnitRef(long id, String name) {
	}

	/** {@code root}: held over every unit ({@code scopeUnitId} null). */
	record RoleView(long id, Role role, Department department, Long scopeUnitId, boolean root) {

		static RoleView of(RoleAssignment r) {
			return new RoleView(r.id(), r.role(), r.department(), r.scopeUnitId(), r.root());
		}

	}

	record IdentityView(long id, String platform, String corpId, String userId, Instant boundAt) {

		static IdentityView of(ChatIdentity i) {
			return new IdentityView(i.id(), i.platform(), i.corpId(), i.userId(), i.boundAt());
		}

	}

	/** A token as lists show it: never the token itself. */
	record TokenView(long id, long officialId, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		static TokenView of(TokenInfo t) {
			return new TokenView(t.id(), t.officialId(), t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
		}

	}

	/** A token just issued: {@code token} is shown this once. */
	record IssuedTokenView(long id, long officialId, String label, Instant createdAt, String token) {

		static IssuedTokenView of(ApiTokens.Issued issued) {
			TokenInfo t = issued.info();
			return new IssuedTokenView(t.id(), t.officialId(), t.label(), t.createdAt(), issued.token());
		}

	}

}
