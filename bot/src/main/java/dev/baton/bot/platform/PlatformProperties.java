package dev.baton.bot.platform;

/**
 * The chat apps Baton serves, WeCom's ({@code baton.wecom}) and DingTalk's
 * ({@code baton.dingtalk}) together. Base URLs default to the public platforms; 政务微信,
 * 专有钉钉 and private deployments set their own.
 */
public record PlatformProperties(WeComProperties wecom, DingTalkProperties dingtalk) {

}
