package dev.baton.integrations.wecom;

import java.util.List;

import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.state.SharedState;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;

/**
 * WeCom through WxJava: app messages to up to 1,000 members per call, always with WeCom's
 * duplicate check on (the same request within half an hour is not delivered twice), which
 * makes a resend after a crash harmless.
 */
public final class WeComChatPlatform implements ChatPlatform {

	static final int MAX_USERS = 1000;

	/** WeCom's default duplicate-check window; longer than any delivery lease. */
	static final int DUPLICATE_CHECK_SECONDS = 1800;

	private final WeComApp app;

	private final WxCpService service;

	public WeComChatPlatform(WeComApp app, SharedState state) {
		this(app, state, ApiCallCounter.NONE);
	}

	/**
	 * @param calls told of every API call made, for the platform budgets
	 */
	public WeComChatPlatform(WeComApp app, SharedState state, ApiCallCounter calls) {
		this.app = app;
		WxCpServiceImpl impl = new CountingWxCpService(calls, app.corpId());
		impl.setWxCpConfigStorage(new SharedTokenConfig(app, state));
		this.service = impl;
	}

	@Override
	public Platform id() {
		return Platform.WECOM;
	}

	@Override
	public String toString() {
		return "WeCom " + app;
	}

	@Override
	public boolean serves(String corpId) {
		return app.corpId() == null || app.corpId().equals(corpId);
	}

	@Override
	public String corpId() {
		return app.corpId();
	}

	@Override
	public boolean makesGroups() {
		return true;
	}

	/**
	 * {@code appchat/create} (doc 90245): 2 to 2,000 members; WeCom chooses the chat id.
	 */
	@Override
	public String makeGroup(String name, String ownerUserId, List<String> memberUserIds) {
		try {
			return service.getChatService().create(name, ownerUserId, memberUserIds, null);
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	@Override
	public int maxUsersPerCall() {
		return MAX_USERS;
	}

	@Override
	public SendResult send(Target target, OutboundMessage message) {
		return send(target, message, true);
	}

	/**
	 * An answer in the conversation goes without WeCom's duplicate check: a person who
	 * does the same thing twice (submits, is returned, submits again) must read the same
	 * answer twice, and a conversation's answer is never resent after a crash.
	 */
	@Override
	public SendResult reply(Target target, OutboundMessage message) {
		return send(target, message, false);
	}

	private SendResult send(Target target, OutboundMessage message, boolean duplicateCheck) {
		if (target instanceof Target.Group group) {
			return sendToChat(group, message);
		}
		Target.Users users = (Target.Users) target;
		if (users.userIds().size() > MAX_USERS) {
			throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
		}
		if (message instanceof OutboundMessage.File file) {
			return sendFile(users, file, duplicateCheck);
		}
		if (message instanceof OutboundMessage.Card card && WeComCards.tooLongForCard(card)) {
			// the card shows a short summary; the whole text goes first as a message of
			// its own
			send(users, new OutboundMessage.Text(card.body()), duplicateCheck);
		}
		WxCpMessage wx = build(message);
		wx.setAgentId(app.agentId());
		wx.setToUser(String.join("|", users.userIds()));
		if (duplicateCheck) {
			wx.setEnableDuplicateCheck(true);
			wx.setDuplicateCheckInterval(DUPLICATE_CHECK_SECONDS);
		}
		try {
			WxCpMessageSendResult result = service.getMessageService().send(wx);
			List<String> invalid = result.getInvalidUserList() == null ? List.of() : result.getInvalidUserList();
			// an interactive card's send returns a response code good for one update of
			// it (update_template_card)
			return new SendResult(invalid, List.of(), result.getMsgId(), result.getResponseCode());
		}
		catch (WxErrorException ex) {
			if (WeComErrors.code(ex) == 81013) {
				// every recipient unknown: that is about them, not the message
				return new SendResult(users.userIds(), List.of(), null, null);
			}
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * A file: its caption as text, then the file uploaded as temporary media
	 * ({@code media/upload?type=file}, its name the one people see) and sent as a file
	 * message naming it.
	 */
	private SendResult sendFile(Target.Users users, OutboundMessage.File file, boolean duplicateCheck) {
		if (file.caption() != null && !file.caption().isBlank()) {
			send(users, new OutboundMessage.Text(file.caption()), duplicateCheck);
		}
		String mediaId;
		// from a file of its own name, not a stream: WxJava retries a busy upload, and a
		// stream is read only once
		java.nio.file.Path dir = null;
		try {
			dir = java.nio.file.Files.createTempDirectory("baton-media");
			java.nio.file.Path path = dir.resolve(file.fileName().replaceAll("[\\\\/:*?\"<>|]", "_"));
			java.nio.file.Files.write(path, file.bytes());
			mediaId = service.getMediaService().upload("file", path.toFile()).getMediaId();
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
		finally {
			deleteQuietly(dir);
		}
		WxCpMessage wx = WxCpMessage.FILE().mediaId(mediaId).build();
		wx.setAgentId(app.agentId());
		wx.setToUser(String.join("|", users.userIds()));
		if (duplicateCheck) {
			wx.setEnableDuplicateCheck(true);
			wx.setDuplicateCheckInterval(DUPLICATE_CHECK_SECONDS);
		}
		try {
			WxCpMessageSendResult result = service.getMessageService().send(wx);
			List<String> invalid = result.getInvalidUserList() == null ? List.of() : result.getInvalidUserList();
			return new SendResult(invalid, List.of(), result.getMsgId(), null);
		}
		catch (WxErrorException ex) {
			if (WeComErrors.code(ex) == 81013) {
				return new SendResult(users.userIds(), List.of(), null, null);
			}
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	private static void deleteQuietly(java.nio.file.Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = java.nio.file.Files.list(dir)) {
			for (java.nio.file.Path f : files.toList()) {
				java.nio.file.Files.deleteIfExists(f);
			}
			java.nio.file.Files.deleteIfExists(dir);
		}
		catch (java.io.IOException ex) {
			// a temporary file left behind is the OS's to clear
		}
	}

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		try {
			service.getTaskCardService()
				.updateTemplateCardButton(List.of(pressed.sender().userId()), null, null, 0, pressed.responseCode(),
						outcome);
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * With the send's response code, good for one update within 72 hours; without one
	 * WeCom allows none.
	 */
	@Override
	public boolean updateSentCard(SentCard card, String outcome) {
		if (card.responseCode() == null || card.responseCode().isBlank()) {
			return false;
		}
		try {
			service.getTaskCardService()
				.updateTemplateCardButton(List.of(card.userId()), null, null, 0, card.responseCode(), outcome);
			return true;
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * The self-check: a token can be fetched with the secret, and it works from this
	 * server (a harmless read of the app's own details, which WeCom refuses with 60020
	 * when this IP is not a trusted IP).
	 */
	public void checkToken() {
		try {
			service.getAccessToken(true);
			service.getAgentService().get(app.agentId());
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * To an app group chat (appchat/send): only chats this app created, and no cards
	 * there, so a card goes as its text fallback.
	 */
	private SendResult sendToChat(Target.Group group, OutboundMessage message) {
		WxCpAppChatMessage wx = message instanceof OutboundMessage.Markdown md ? WxCpAppChatMessage.builder()
			.msgType("markdown")
			.chatId(group.groupId())
			.content(md.markdown())
			.build() : WxCpAppChatMessage.buildTextMsg(group.groupId(), message.fallbackText(), false);
		try {
			service.getChatService().sendMsg(wx);
			return SendResult.delivered(null);
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	private static WxCpMessage build(OutboundMessage message) {
		if (message instanceof OutboundMessage.Markdown md) {
			return WxCpMessage.MARKDOWN().content(md.markdown()).build();
		}
		if (message instanceof OutboundMessage.Card card) {
			return WeComCards.templateCard(card);
		}
		return WxCpMessage.TEXT().content(message.fallbackText()).build();
	}

}
