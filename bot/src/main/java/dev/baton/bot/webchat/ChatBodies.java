package dev.baton.bot.webchat;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the page sends and gets back. */
final class ChatBodies {

	/** A page-made id: the key that makes a resent request change nothing. */
	static final String CLIENT_ID = "[0-9A-Za-z_-]{8,64}";

	static final int MAX_TEXT = 2000;

	private ChatBodies() {
	}

	/**
	 * {@code POST /chat/api/messages}: the official speaking, the text, and the page's id
	 * for the message.
	 */
	record Message(@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long officialId,
			@NotBlank(message = "{api.field.required}") @Size(max = MAX_TEXT,
					message = "{api.field.tooLong}") String text,
			@NotNull(message = "{api.field.required}") @Pattern(regexp = CLIENT_ID,
					message = "{webchat.field.clientId}") String messageId) {
	}

	/**
	 * {@code POST /chat/api/cards/{cardId}/press}: who pressed which button, and the
	 * page's id for the click.
	 */
	record Press(@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long officialId,
			@NotBlank(message = "{api.field.required}") @Size(max = 64, message = "{api.field.tooLong}") String action,
			@NotNull(message = "{api.field.required}") @Pattern(regexp = CLIENT_ID,
					message = "{webchat.field.clientId}") String clickId) {
	}

	/**
	 * The answer to a message or a press: {@code duplicate} when it had arrived before
	 * (and was handled then).
	 */
	record Receipt(boolean duplicate) {
	}

	/**
	 * {@code POST /chat/api/language}: the language Baton writes to the official in on
	 * the web chat from now on, {@code zh} or {@code en} (c19a).
	 */
	record LanguageChoice(
			@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long officialId,
			@NotNull(message = "{api.field.required}") @Pattern(regexp = "zh|en",
					message = "{webchat.field.language}") String language) {
	}

	/**
	 * The answer to a {@link LanguageChoice}: the language now, and whether it changed
	 * (it was another, or none was chosen and it is now English).
	 */
	record LanguageSet(long officialId, String language, boolean changed) {
	}

	/** A unit's group the page can show: its id, its name and the unit's name. */
	record GroupChoice(String groupId, String name, String unit) {
	}

	/**
	 * A mailbox read: the entries after the id asked for, the epoch of this run of Baton,
	 * the deployment's time zone (BATON_ZONE) the page shows times in, and Baton's date
	 * (the demo clock's, when moved): the page dates a message of another day (newcomer
	 * 21 #20).
	 */
	record Inbox(String epoch, String zone, java.time.LocalDate today, List<WebChatMessage> messages) {
	}

}
