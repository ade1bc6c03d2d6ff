package dev.baton.emulator.record;

/** Whether a delivery went to a person or to a group chat. */
public enum TargetKind {

	USER, GROUP

}
