package dev.baton.bot.webchat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.baton.bot.platform.InboundGate;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.directory.Directory;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.state.SharedState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page's API, {@code /chat/api}: the officials to pick, sending text, pressing card
 * buttons, and reading the mailbox (a long poll). Text and presses go through the
 * {@link InboundGate} like every platform's callbacks, keyed by the page's own ids, so a
 * resent request is handled once. No token: this is the local demo channel, on only where
 * {@code baton.webchat.enabled} says so.
 */
@RestController
@RequestMapping("/chat/api")
@Conditional(WebChatEnabled.class)
class WebChatController {

	/** Longer than any page retries a click. */
	static final Duration CLICK_REMEMBERED = Duration.ofHours(24);

	static final int MAX_WAIT_SECONDS = 25;

	private final WebChatPlatform platform;

	private final WebChatAccounts accounts;

	private final InboundGate gate;

	private final SharedState state;

	private final TimeSource time;

	private final UnitGroups groups;

	private final Directory directory;

	WebChatController(WebChatPlatform platform, WebChatAccounts accounts, InboundGate gate, SharedState state,
			TimeSource time, UnitGroups groups, Directory directory) {
		this.groups = groups;
		this.directory = directory;
		this.platform = platform;
		this.accounts = accounts;
		this.gate = gate;
		this.state = state;
		this.time = time;
	}

	/**
	 * A file Baton sent to the web chat (a 交接书 copy, #15), as a download; 404 once it is
	 * no longer kept.
	 */
	@GetMapping("/files/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> file(
			@org.springframework.web.bind.annotation.PathVariable String fileId) {
		dev.baton.integrations.chat.OutboundMessage.File file = platform.file(fileId);
		if (file == null) {
			throw new dev.baton.bot.system.NotFoundException("file",
					fileId.length() > 40 ? fileId.substring(0, 40) : fileId);
		}
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType(file.contentType() == null ? "application/octet-stream" : file.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					dev.baton.bot.documents.DocumentFile.contentDisposition(file.fileName(), file.fileName()))
			.body(file.bytes());
	}

	@GetMapping("/officials")
	List<WebChatAccounts.OfficialChoice> officials() {
		return accounts.choices();
	}

	@PostMapping("/messages")
	ResponseEntity<ChatBodies.Receipt> send(@Valid @RequestBody ChatBodies.Message body) {
		ChatUser user = accounts.account(body.officialId());
		String messageId = user.userId() + "-" + body.messageId();
		Instant at = time.now();
		mailbox(user).appendUserText(messageId, body.text(), at);
		InboundEvent.Text text = new InboundEvent.Text(user, Conversation.direct(user.userId()), at, messageId,
				body.text().strip());
		return ResponseEntity.accepted().body(new ChatBodies.Receipt(!admit(text)));
	}

	/**
	 * The page's language switch (newcomer 17, finding 8): Baton writes to the official
	 * on the web chat in that language from now on, its replies and the notices delivered
	 * there, as sending "English" or "中文" does; messages already sent stay as they were.
	 */
	@PostMapping("/language")
	ChatBodies.LanguageSet language(@Valid @RequestBody ChatBodies.LanguageChoice body) {
		ChatUser user = accounts.account(body.officialId());
		boolean english = "en".equals(body.language());
		boolean before = directory.boundAccount(Platform.WEB.name(), user.corpId(), user.userId())
			.map(a -> Boolean.TRUE.equals(a.english()))
			.orElse(false);
		directory.setEnglish(Platform.WEB.name(), user.corpId(), user.userId(), english);
		return new ChatBodies.LanguageSet(body.officialId(), body.language(), before != english);
	}

	@PostMapping("/cards/{cardId}/press")
	ResponseEntity<ChatBodies.Receipt> press(@PathVariable @Pattern(regexp = "[0-9A-Za-z_\\-@]{1,128}",
			message = "{webchat.field.cardId}") String cardId, @Valid @RequestBody ChatBodies.Press body) {
		ChatUser user = accounts.account(body.officialId());
		WebChatMessage.Card card = mailbox(user).card(cardId).orElseThrow(() -> new NotFoundException("card", cardId));
		if (!card.hasButton(body.action())) {
			throw new InvalidInputException("webchat.unknownAction",
					"card " + cardId + " has no button " + body.action(), body.action());
		}
		String clickKey = "webchat:click:" + user.userId() + ":" + cardId + ":" + body.clickId();
		boolean resent = state.get(clickKey).isPresent();
		if (card.outcome() != null && !resent) {
			// a new click on a decided card; a resent click of the one that decided it is
			// answered as a duplicate
			throw new ConflictException("webchat.cardDecided", "card " + cardId + " was decided: " + card.outcome(),
					card.outcome());
		}
		InboundEvent.CardAction pressed = new InboundEvent.CardAction(user, Conversation.direct(user.userId()),
				firstArrival(clickKey), cardId, body.action(), Map.of("clickId", body.clickId()), null);
		return ResponseEntity.accepted().body(new ChatBodies.Receipt(!admit(pressed)));
	}

	/**
	 * The entries after {@code after}: at once if there are any, otherwise when the next
	 * one arrives or after {@code waitSeconds} (an empty list). {@code waitSeconds=0}
	 * answers at once.
	 */
	@GetMapping("/messages")
	DeferredResult<ChatBodies.Inbox> messages(@RequestParam long officialId,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{webchat.field.after}") long after,
			@RequestParam(defaultValue = "" + MAX_WAIT_SECONDS) @Min(0) @Max(MAX_WAIT_SECONDS) int waitSeconds) {
		return read(mailbox(accounts.account(officialId)), after, waitSeconds);
	}

	/**
	 * The units' groups on the web chat: what Baton posts there (broadcasts, publicity)
	 * can be read, not answered.
	 */
	@GetMapping("/groups")
	List<ChatBodies.GroupChoice> groups() {
		return groups.boundOn(Platform.WEB, WebChat.CORP)
			.stream()
			.map(g -> new ChatBodies.GroupChoice(g.groupId(), g.name() == null ? g.groupId() : g.name(),
					directory.unit(g.unitId()).name()))
			.toList();
	}

	/**
	 * A group's posts after {@code after}, read as {@link #messages}; a group not bound
	 * to a unit is not found.
	 */
	@GetMapping("/groups/{groupId}/messages")
	DeferredResult<ChatBodies.Inbox> groupMessages(
			@PathVariable @Pattern(regexp = "[0-9A-Za-z_\\-]{1,64}",
					message = "{webchat.field.groupId}") String groupId,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{webchat.field.after}") long after,
			@RequestParam(defaultValue = "" + MAX_WAIT_SECONDS) @Min(0) @Max(MAX_WAIT_SECONDS) int waitSeconds) {
		if (groups.boundOn(Platform.WEB, WebChat.CORP).stream().noneMatch(g -> g.groupId().equals(groupId))) {
			throw new NotFoundException("group", groupId);
		}
		Mailbox mailbox = platform.groupMailbox(groupId);
		if (mailbox == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"the web chat has no room for more groups");
		}
		return read(mailbox, after, waitSeconds);
	}

	/**
	 * The entries after {@code after}: at once if there are any, otherwise when the next
	 * one arrives or after {@code waitSeconds} (an empty list). {@code waitSeconds=0}
	 * answers at once.
	 */
	private DeferredResult<ChatBodies.Inbox> read(Mailbox mailbox, long after, int waitSeconds) {
		DeferredResult<ChatBodies.Inbox> result = new DeferredResult<>(waitSeconds * 1000L + 1,
				() -> inbox(mailbox, after));
		Runnable wake = () -> result.setResult(inbox(mailbox, after));
		if (waitSeconds == 0 || !mailbox.waitAfter(after, wake)) {
			result.setResult(inbox(mailbox, after));
		}
		else {
			result.onCompletion(() -> mailbox.stopWaiting(wake));
		}
		return result;
	}

	private Mailbox mailbox(ChatUser user) {
		Mailbox mailbox = platform.mailbox(user.userId());
		if (mailbox == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"the web chat has no room for more people");
		}
		return mailbox;
	}

	private ChatBodies.Inbox inbox(Mailbox mailbox, long after) {
		return new ChatBodies.Inbox(platform.epoch(), time.zone().getId(), time.today(), mailbox.after(after));
	}

	/**
	 * A click's time as it first arrived: a resent click carries the same time, hence the
	 * same de-duplication key.
	 */
	private Instant firstArrival(String key) {
		String now = Long.toString(time.now().toEpochMilli());
		if (state.putIfAbsent(key, now, CLICK_REMEMBERED)) {
			return Instant.ofEpochMilli(Long.parseLong(now));
		}
		return Instant.ofEpochMilli(Long.parseLong(state.get(key).orElse(now)));
	}

	/**
	 * @return whether this was the event's first arrival
	 */
	private boolean admit(InboundEvent event) {
		try {
			return gate.admit(event);
		}
		catch (CallbackRejected ex) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "busy: try again", ex);
		}
	}

}
