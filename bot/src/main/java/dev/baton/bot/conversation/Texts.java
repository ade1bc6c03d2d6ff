package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.baton.bot.system.BatonException;
import dev.baton.integrations.chat.Platform;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Baton's words for one reader, from the message bundles: zh-CN unless they asked for
 * English.
 */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	/** Where the reader speaks (null: not known, as for a card settled later). */
	private final Platform speaking;

	/** The platforms this instance has an app for. */
	private final Set<Platform> configured;

	Texts(MessageSource messages, boolean english) {
		this(messages, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, null, Set.of());
	}

	private Texts(MessageSource messages, Locale locale, Platform speaking, Set<Platform> configured) {
		this.messages = messages;
		this.locale = locale;
		this.speaking = speaking;
		this.configured = configured;
	}

	/**
	 * The same words for a reader who speaks on {@code speaking}, with the platforms this
	 * instance has: how to bind a group or give evidence is said for these only, never
	 * for a platform nobody here uses (#13, newcomer 4: 7, 19).
	 */
	Texts on(Platform speaking, Set<Platform> configured) {
		Set<Platform> all = EnumSet.noneOf(Platform.class);
		all.addAll(configured);
		if (speaking != null) {
			all.add(speaking);
		}
		return new Texts(messages, locale, speaking, Set.copyOf(all));
	}

	/**
	 * How a unit's chat group is bound, one line per platform this instance has (where
	 * the reader speaks first): 绑定本群 in a DingTalk group; over the API for a WeCom app
	 * chat and a web chat group.
	 */
	List<String> groupBinding() {
		List<Platform> order = new ArrayList<>();
		if (speaking != null) {
			order.add(speaking);
		}
		for (Platform p : List.of(Platform.DINGTALK, Platform.WECOM, Platform.WEB)) {
			if (configured.contains(p) && !order.contains(p)) {
				order.add(p);
			}
		}
		List<String> lines = new ArrayList<>();
		order.forEach(p -> lines.add(get("conv.help.cmd.bind." + p.name())));
		if (lines.isEmpty()) {
			lines.add(get("conv.help.cmd.bind.WEB"));
		}
		return lines;
	}

	/**
	 * The words for where the reader speaks: {@code <key>.WEB} on the web chat, which
	 * takes no files, else {@code <key>.file} (DingTalk and WeCom take a picture or file
	 * as evidence).
	 */
	String evidence(String key, Object... arguments) {
		return get(key + (speaking == Platform.WEB ? ".WEB" : ".file"), arguments);
	}

	String get(String key, Object... arguments) {
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// numbers as typed: MessageFormat would write an id or a year as "12,345"
			// a person's words ending in 。/？ take no second one from the template (2a)
			plain[i] = arguments[i] instanceof Number n ? n.toString()
					: dev.baton.bot.system.SentenceEnds.markArgument(arguments[i]);
		}
		return dev.baton.bot.system.SentenceEnds.tidy(messages.getMessage(key, plain, locale));
	}

	/**
	 * Words of a list as the reader's language joins them: 1、3、5 in Chinese, 1, 3, 5 in
	 * English (newcomer 20a, finding 13), from {@code list.joiner}.
	 */
	String list(java.util.Collection<?> parts) {
		String joiner = messages.getMessage("list.joiner", null, locale);
		return String.join(joiner, parts.stream().map(String::valueOf).toList());
	}

	/** A text that may be missing (a label for a code), or the fallback. */
	String orElse(String key, String fallback) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

	String of(BatonException refusal) {
		return messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
	}

	/**
	 * A department as this reader names it, the same way as the notices do (label.AUDIT:
	 * 审计部门 / audit department), never a shorter form beside them (#12, newcomer 2:
	 * 已代表财政退回 beside 被财政部门退回).
	 */
	String department(dev.baton.bot.directory.Department d) {
		return get("label." + d.name());
	}

	boolean english() {
		return locale == Locale.ENGLISH;
	}

	Platform speaking() {
		return speaking;
	}

}
