package dev.baton.integrations.chat;

/** The chat platforms Baton speaks on. */
public enum Platform {

	WECOM, DINGTALK, WEB

}
