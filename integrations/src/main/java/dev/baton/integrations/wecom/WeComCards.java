package dev.baton.integrations.wecom;

import java.util.List;

import dev.baton.integrations.chat.OutboundMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;

/**
 * Baton's cards as WeCom template cards of type button_interaction: the title as main
 * title, the body as the sub-title text, the card id as task_id (unique per app, as WeCom
 * requires), one button per choice. WeCom shows about 112 characters of sub-title; a
 * longer body is sent as a message of its own just before the card.
 */
final class WeComCards {

	/**
	 * WeCom's main title is cut after 26 characters on phones, the sub-title after 112.
	 */
	static final int TITLE_CHARS = 26;

	static final int SUBTITLE_CHARS = 112;

	private WeComCards() {
	}

	static boolean tooLongForCard(OutboundMessage.Card card) {
		return card.body() != null && card.body().codePointCount(0, card.body().length()) > SUBTITLE_CHARS;
	}

	static WxCpMessage templateCard(OutboundMessage.Card card) {
		List<TemplateCardButton> buttons = card.buttons()
			.stream()
			.map(b -> TemplateCardButton.builder().text(b.label()).key(b.key()).style(1).build())
			.toList();
		String subtitle = tooLongForCard(card) ? null : card.body();
		return WxCpMessage.TEMPLATECARD()
			.cardType("button_interaction")
			.taskId(card.cardId())
			.mainTitleTitle(cut(card.title(), TITLE_CHARS))
			.subTitleText(subtitle == null || subtitle.isBlank() ? null : subtitle)
			.buttons(buttons)
			.build();
	}

	private static String cut(String text, int chars) {
		if (text.codePointCount(0, text.length()) <= chars) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, chars - 1)) + "…";
	}

}
