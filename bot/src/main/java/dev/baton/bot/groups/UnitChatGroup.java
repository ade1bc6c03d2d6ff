package dev.baton.bot.groups;

import java.time.Instant;

import dev.baton.integrations.chat.Platform;

/**
 * A chat group bound to an org unit: a WeCom app chat or a DingTalk group the robot is
 * in. The unit's group broadcasts and the public summaries of its archived handovers are
 * posted there.
 *
 * @param groupId the WeCom {@code chatid} or the DingTalk {@code openConversationId}
 * @param boundBy the official who bound it; null when bound through the API by a token
 * without one
 */
public record UnitChatGroup(long id, long unitId, Platform platform, String corpId, String groupId, String name,
		Long boundBy, Instant createdAt) {
}
