package dev.baton.bot.escalation;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import org.springframework.context.ApplicationContext;

import static dev.baton.bot.escalation.EscalationSupport.beijing;

/**
 * What the sweep's tests share: a handover whose checklist is due on 2026-12-02.
 */
final class SweepFixtures {

	private SweepFixtures() {
	}

	/**
	 * A handover opened on 2026-11-23 and acknowledged: its checklist is due on
	 * 2026-12-02 (R3 of its ladder is due on 2026-11-27 at 09:00).
	 */
	static long openedWithChecklistDue12_02(ApplicationContext context) {
		Directory directory = context.getBean(Directory.class);
		Actors actors = context.getBean(Actors.class);
		TestOrg org = new TestOrg(directory, actors, "jingxian");
		context.getBean(MutableClock.class).set(beijing("2026-11-23T10:00"));
		return context.getBean(ArchivedHandovers.class).opened(org);
	}

}
