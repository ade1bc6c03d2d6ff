package dev.baton.emulator;

/** The two chat platforms the emulator stands in for. */
public enum Platform {

	WECOM, DINGTALK

}
