package dev.baton.bot.conversation.grammar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12: a fragment of the normalized message, mapped back to the words as written.
 */
class AsWrittenTest {

	@Test
	void aFragmentIsTheSpanAsWrittenThoughNormalizingChangedItsLength() {
		String message = "添加 办公用房 ３２０㎡，①会议室改造";
		assertThat(MessageText.normalize(message)).isEqualTo("添加 办公用房 320m2，1会议室改造");
		assertThat(AsWritten.span(message, "办公用房 320m2")).isEqualTo("办公用房 ３２０㎡");
		assertThat(AsWritten.span(message, "1会议室改造")).isEqualTo("①会议室改造");
		assertThat(AsWritten.span("ＡＢＣ公司合同 ﬁ", "ABC公司合同 fi")).isEqualTo("ＡＢＣ公司合同 ﬁ");
	}

	@Test
	void aFragmentInOtherCaseOrWithFoldedPunctuationIsFoundToo() {
		assertThat(AsWritten.span("ＡＢＣ公司（二期）", "abc公司(二期)")).isEqualTo("ＡＢＣ公司（二期）");
	}

	@Test
	void combiningMarksStayWithTheirLetter() {
		String message = "Cafe\u0301 ３号";
		assertThat(AsWritten.span(message, "Café 3号")).isEqualTo("Cafe\u0301 ３号");
	}

	@Test
	void aTitlePutTogetherFromPiecesIsMappedPieceByPiece() {
		String message = "办公用房３２０㎡（含①号楼）";
		assertThat(AsWritten.span(message, "办公用房（含1号楼）")).isEqualTo("办公用房（含①号楼）");
		// the space between two pieces stays
		assertThat(AsWritten.span("2026年统计调查专项资金 预算280万元 推进中 已执行约七成 年底前执行完", "2026年统计调查专项资金 已执行约七成"))
			.isEqualTo("2026年统计调查专项资金 已执行约七成");
		assertThat(AsWritten.span("２０２６年专项资金 预算２８０万元 已执行约七成", "2026年专项资金 已执行约七成")).isEqualTo("２０２６年专项资金 已执行约七成");
	}

	@Test
	void aSingleCharacterBetweenPiecesFoundIsMappedWhenItsPlaceIsPinned() {
		// 「Ｂ」 left alone between two figures taken out: once between the pieces beside it
		assertThat(AsWritten.span("１号楼３２０㎡Ｂ５０㎡仓库", "1号楼B仓库")).isEqualTo("１号楼Ｂ仓库");
		assertThat(AsWritten.span("ＡＢ楼３２０㎡Ｃ", "AB楼C")).isEqualTo("ＡＢ楼Ｃ");
		// twice between them: which one cannot be told, so it stays as the fragment has
		// it
		assertThat(AsWritten.span("１号楼３２０㎡Ｂ５０㎡Ｂ９㎡仓库", "1号楼B仓库")).isEqualTo("１号楼B仓库");
		// nothing found beside it: not mapped
		assertThat(AsWritten.span("Ｂ３２０㎡", "甲B")).isEqualTo("甲B");
	}

	@Test
	void whiteSpaceIsOneSpaceAndControlCharactersAreDropped() {
		String message = "说明：\n\n  ＡＢ\u200B公司\t合同";
		assertThat(AsWritten.span(message, "AB公司 合同")).isEqualTo("ＡＢ公司 合同");
	}

	@Test
	void wordsTheGrammarRewroteStayAsTheFragmentHasThem() {
		assertThat(AsWritten.span("第三项 ３２０㎡", "第3项")).isEqualTo("第3项");
		assertThat(AsWritten.span("㎡", "m")).isEqualTo("m");
		assertThat(AsWritten.span("abc", "已完成")).isEqualTo("已完成");
		assertThat(AsWritten.span(null, "x")).isEqualTo("x");
		assertThat(AsWritten.span("x", null)).isNull();
	}

}
