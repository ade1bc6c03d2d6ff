package dev.baton.bot.conversation.reply;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplySplitterTest {

	private final ReplySplitter wecom = new ReplySplitter(2048);

	@Test
	void aShortReplyIsSentAsItIs() {
		assertThat(wecom.split("第3项已确认。")).containsExactly("第3项已确认。");
	}

	@Test
	void aLongChecklistBreaksBetweenItemsNeverInsideOne() {
		List<String> items = IntStream.rangeClosed(1, 40)
			.mapToObj(n -> "第" + n + "项 统计大数据平台二期工程款结算\n金额：1234567.89元　状态：推进中\n责任人：财务科")
			.toList();
		String text = String.join("\n\n", items);
		assertThat(ReplySplitter.bytes(text)).isGreaterThan(2 * 2048);

		List<String> parts = wecom.split(text);

		assertThat(parts).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(utf8(p)).isLessThanOrEqualTo(2048));
		for (int i = 0; i < parts.size(); i++) {
			assertThat(parts.get(i)).startsWith("（" + (i + 1) + "/" + parts.size() + "）\n");
		}
		List<String> seen = new ArrayList<>();
		for (String part : parts) {
			seen.addAll(List.of(unmarked(part).split("\n\n")));
		}
		assertThat(seen).containsExactlyElementsOf(items);
	}

	@Test
	void oneItemLargerThanAMessageIsBrokenWithItsHeadingOnEveryPieceAndNothingLost() {
		String details = IntStream.range(0, 600).mapToObj(n -> "第" + n + "笔款项已核对。").collect(Collectors.joining());
		String item = "第7项 历年往来款清理\n" + details;

		List<String> parts = wecom.split(item);

		assertThat(parts).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(utf8(p)).isLessThanOrEqualTo(2048));
		StringBuilder rebuilt = new StringBuilder(unmarked(parts.get(0)));
		for (String part : parts.subList(1, parts.size())) {
			String body = unmarked(part);
			assertThat(body).startsWith("第7项 历年往来款清理（续）\n");
			rebuilt.append(body.substring("第7项 历年往来款清理（续）\n".length()));
		}
		// a break between lines drops only that line break; no character is lost or moved
		assertThat(rebuilt.toString().replace("\n", "")).isEqualTo(item.replace("\n", ""));
		// sentences are kept whole where the text has them
		assertThat(parts.subList(1, parts.size())).allSatisfy(p -> assertThat(p).endsWith("。"));
	}

	@Test
	void emojiAreNeverCutInHalf() {
		String text = "👍".repeat(3000);

		List<String> parts = wecom.split(text);

		assertThat(parts).allSatisfy(p -> {
			assertThat(utf8(p)).isLessThanOrEqualTo(2048);
			assertThat(new String(p.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(p);
		});
		String rebuilt = parts.stream()
			.map(ReplySplitterTest::unmarked)
			.map(b -> b.replace("👍".repeat(120) + "…（续）\n", ""))
			.collect(Collectors.joining());
		assertThat(rebuilt).isEqualTo(text);
	}

	@Test
	void aLimitTooSmallForAnyReplyIsRefused() {
		assertThatThrownBy(() -> new ReplySplitter(100)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String unmarked(String part) {
		return part.substring(part.indexOf('\n') + 1);
	}

	private static int utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

}
