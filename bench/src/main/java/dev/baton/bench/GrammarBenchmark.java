package dev.baton.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.conversation.grammar.CommandParser;

/**
 * The chat grammar offline (#12: at most 20 ms a message): every phrase of the phrase
 * table parsed {@code rounds} times after a warm-up, then the mean time per message, the
 * slowest phrase's mean, and the slowest single parse; and the longest message Baton
 * accepts (2000 characters). Run from the repository root with
 * {@code ./mvnw -o -pl bench -am -Pbench-grammar -DskipTests verify [-Dbench.rounds=200]}.
 */
public final class GrammarBenchmark {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private GrammarBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path table = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/conversation/phrases-core.tsv");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		List<String> phrases = Files.readAllLines(table, StandardCharsets.UTF_8)
			.stream()
			.filter(l -> !l.isBlank() && !l.startsWith("#"))
			.map(l -> l.split("\t", -1)[0])
			.toList();
		List<String> messages = new ArrayList<>(phrases);
		messages.add("异议 第3项 " + "金额与账面不符，应为1234567.00元，面积29.22万亩；".repeat(80)); // the
																					// longest
																					// accepted
		long started = System.nanoTime();
		CommandParser parser = new CommandParser(); // loads conversation/grammar.tsv
		long loadNanos = System.nanoTime() - started;
		for (int i = 0; i < 50; i++) { // warm-up: the JIT compiles the parser
			messages.forEach(m -> parser.parse(m, TODAY));
		}
		long[] total = new long[messages.size()];
		long[] each = new long[rounds * messages.size()];
		int n = 0;
		long slowest = 0;
		String slowestMessage = "";
		long all = System.nanoTime();
		for (int r = 0; r < rounds; r++) {
			for (int i = 0; i < messages.size(); i++) {
				long t = System.nanoTime();
				parser.parse(messages.get(i), TODAY);
				long took = System.nanoTime() - t;
				total[i] += took;
				each[n++] = took;
				if (took > slowest) {
					slowest = took;
					slowestMessage = messages.get(i);
				}
			}
		}
		long elapsed = System.nanoTime() - all;
		int worst = 0;
		for (int i = 1; i < total.length; i++) {
			worst = total[i] > total[worst] ? i : worst;
		}
		System.out.printf("grammar loaded in %.1f ms; %d messages x %d rounds; cores: %d%n", loadNanos / 1e6,
				messages.size(), rounds, Runtime.getRuntime().availableProcessors());
		System.out.printf("mean per message: %.3f ms%n", elapsed / 1e6 / rounds / messages.size());
		System.out.printf("slowest message on average: %.3f ms (%s)%n", total[worst] / 1e6 / rounds,
				abbreviated(messages.get(worst)));
		java.util.Arrays.sort(each);
		long over = java.util.Arrays.stream(each).filter(t -> t > 20_000_000L).count();
		System.out.printf("per parse: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms; over 20 ms: %d of %d%n",
				each[each.length / 2] / 1e6, each[(int) (each.length * 0.99)] / 1e6,
				each[(int) (each.length * 0.999)] / 1e6, over, each.length);
		System.out.printf("slowest single parse: %.3f ms (%s; a pause of the JVM or the machine shows here too)%n",
				slowest / 1e6, abbreviated(slowestMessage));
	}

	private static String abbreviated(String s) {
		return s.length() > 30 ? s.substring(0, 30) + "… (" + s.length() + " chars)" : s;
	}

}
