package dev.baton.bot.console.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.directory.UnitType;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The directory pages' words for codes: a unit type as people call it (乡镇 for
 * {@code TOWNSHIP}; a code Baton has no word for as it is), a role with its department, a
 * chat platform. Templates reach it as {@code words}.
 */
@Component("directoryWords")
public class DirectoryWords {

	private final MessageSource messages;

	private final Directory directory;

	private final Policies policies;

	DirectoryWords(MessageSource messages, Directory directory, Policies policies) {
		this.messages = messages;
		this.directory = directory;
		this.policies = policies;
	}

	/** The name of a unit the page already shows (a role's scope). */
	public String unitName(long unitId) {
		return directory.unit(unitId).name();
	}

	/**
	 * 乡镇, 市直部门; township, city department in English: words, never the stored code
	 * (newcomer 12: 5).
	 */
	public String unitType(String code) {
		return english() ? UnitType.enOf(code) : UnitType.zhOf(code);
	}

	/** The name of a policy the page shows (a unit's 交接规则), not its code. */
	public String policyName(String code) {
		try {
			return policies.byCode(code).name();
		}
		catch (NotFoundException unknown) {
			return code;
		}
	}

	public List<UnitType> unitTypes() {
		return List.of(UnitType.values());
	}

	public String unitTypeName(UnitType type) {
		return english() ? type.en() : type.zh();
	}

	/** 审核人（审计部门）, 组织部门, 系统管理员. */
	public String role(RoleAssignment role) {
		String named = text("consoleDirectory.role." + role.role());
		return role.department() == null ? named
				: text("consoleDirectory.roleOf", named, text("label." + role.department().name()));
	}

	public String platform(String code) {
		return text("consoleDirectory.platform." + code);
	}

	/**
	 * The trees as one list, each unit with its depth, in the order the tree reads top to
	 * bottom.
	 */
	public List<Placed> flatten(List<UnitNode> trees) {
		List<Placed> placed = new ArrayList<>();
		trees.forEach(t -> add(t, 0, placed));
		return placed;
	}

	private static void add(UnitNode node, int depth, List<Placed> placed) {
		placed.add(new Placed(node, depth));
		node.children().forEach(c -> add(c, depth + 1, placed));
	}

	/**
	 * A unit in a flattened tree; {@code indent} is its name indented with full-width
	 * spaces for a select.
	 */
	public record Placed(UnitNode node, int depth) {

		public String indented() {
			return "\u3000".repeat(depth) + node.unit().name();
		}

	}

	private boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
