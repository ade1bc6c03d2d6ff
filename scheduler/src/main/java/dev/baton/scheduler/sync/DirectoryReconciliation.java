package dev.baton.scheduler.sync;

/**
 * Brings Baton's directory in step with the chat platforms' org charts, every configured
 * source in turn, catching whatever org events were missed. Implementations keep one run
 * of a source at a time, across instances.
 */
public interface DirectoryReconciliation {

	void reconcileAll();

}
