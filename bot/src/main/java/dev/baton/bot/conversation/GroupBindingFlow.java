package dev.baton.bot.conversation;

import java.util.List;
import java.util.stream.Stream;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.groups.UnitChatGroup;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.integrations.chat.InboundEvent;
import org.springframework.stereotype.Component;

/**
 * 绑定本群 / 解绑本群, said in the group itself: the group the organizer speaks in is bound to
 * (or unbound from) the unit they name, or to the one unit they hold the role over when
 * they name none. This is how a DingTalk group's id reaches Baton without anyone copying
 * it; the same works wherever the platform forwards group messages.
 */
@Component
class GroupBindingFlow {

	private final UnitGroups groups;

	private final Directory directory;

	GroupBindingFlow(UnitGroups groups, Directory directory) {
		this.groups = groups;
		this.directory = directory;
	}

	Answer answer(Actor actor, InboundEvent.Text said, Command command, DialogState dialog, Texts texts) {
		if (!said.conversation().isGroup()) {
			List<OrgUnit> mine = scopes(actor);
			String example = mine.isEmpty() ? texts.get("conv.example.unit") : mine.get(0).name();
			return Answer.say(
					texts.get("conv.groupBinding.inGroupOnly", example, String.join("\n", texts.groupBinding())),
					dialog);
		}
		List<OrgUnit> scopes = scopes(actor);
		if (scopes.isEmpty()) {
			return Answer.say(texts.get("access.denied.MANAGE_GROUPS"), dialog);
		}
		String named = command.hasText() ? command.text().strip() : null;
		List<OrgUnit> candidates = named == null ? scopes
				: directory.unitsNamed(named)
					.stream()
					.filter(u -> scopes.stream().anyMatch(s -> s.covers(u.path())))
					.toList();
		if (candidates.isEmpty()) {
			return Answer.say(texts.get("conv.groupBinding.noSuchUnit", named, names(texts, scopes)), dialog);
		}
		if (candidates.size() > 1) {
			return Answer.say(texts.get("conv.groupBinding.which", names(texts, candidates)), dialog);
		}
		OrgUnit unit = candidates.get(0);
		var sender = said.sender();
		String group = said.conversation().id();
		if (command.intent() == Intent.BIND_GROUP) {
			UnitGroups.Binding binding = groups.bind(actor, unit.id(), sender.platform(), sender.corpId(), group, null);
			return Answer.say(
					texts.get(binding.created() ? "conv.groupBinding.bound" : "conv.groupBinding.already", unit.name()),
					dialog);
		}
		UnitChatGroup bound = groups.binding(actor, unit.id(), sender.platform(), sender.corpId(), group).orElse(null);
		if (bound == null) {
			return Answer.say(texts.get("conv.groupBinding.notBound", unit.name()), dialog);
		}
		groups.unbind(actor, unit.id(), bound.id());
		return Answer.say(texts.get("conv.groupBinding.unbound", unit.name()), dialog);
	}

	/**
	 * The units the person may bind groups to: where they are an administrator or an
	 * organizer (a root administrator: the top units, and any unit below them by name).
	 */
	private List<OrgUnit> scopes(Actor actor) {
		return actor.roles()
			.stream()
			.filter(r -> r.role() == Role.ORGANIZER || r.role() == Role.ADMIN)
			.flatMap(r -> r.root() ? directory.topUnits().stream() : Stream.of(directory.unit(r.scopeUnitId())))
			.distinct()
			.toList();
	}

	private static String names(Texts texts, List<OrgUnit> units) {
		return texts.list(units.stream().map(OrgUnit::name).toList());
	}

}
