package dev.baton.bot.handover;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 24, finding 10: which 他/她 of a reason a notice reads as its reader or names,
 * and which it leaves quoted as the organizer's words.
 */
class NoticeReasonTest {

	private static final long PARTY = 7;

	private static final long OTHER = 8;

	@Test
	void aLeadingPronounOfTheNamedPartyIsYouToThemAndTheirNameToOthers() {
		NoticeReason reason = NoticeReason.of("她在外地学习", PARTY, "周红");
		assertThat(reason.forReader(PARTY)).containsEntry("reasonAs", "YOU").containsEntry("reasonRest", "在外地学习");
		assertThat(reason.forReader(OTHER)).containsEntry("reasonAs", "NAMED")
			.containsEntry("reasonAbout", "周红")
			.containsEntry("reason", "她在外地学习");
	}

	@Test
	void anUnclearPronounIsQuotedAndNoPronounIsPlain() {
		assertThat(NoticeReason.of("他住院了没看到通知", null, null).forReader(PARTY)).containsEntry("reasonAs", "QUOTED");
		assertThat(NoticeReason.of("因为他住院了", PARTY, "刘志远").forReader(PARTY)).containsEntry("reasonAs", "QUOTED");
		assertThat(NoticeReason.of("他住院了，他家人也没转告", PARTY, "刘志远").forReader(PARTY)).containsEntry("reasonAs", "QUOTED");
		assertThat(NoticeReason.of("付款凭证需到档案室调取", PARTY, "刘志远").forReader(PARTY)).containsEntry("reasonAs", "PLAIN");
		assertThat(NoticeReason.of("其他部门人员出差", PARTY, "刘志远").forReader(OTHER)).containsEntry("reasonAs", "PLAIN");
		assertThat(NoticeReason.of("他们都在外地", PARTY, "刘志远").forReader(OTHER)).containsEntry("reasonAs", "PLAIN");
	}

}
