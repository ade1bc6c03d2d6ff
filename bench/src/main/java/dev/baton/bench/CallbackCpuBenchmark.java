package dev.baton.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.baton.integrations.dingtalk.DingTalkApp;
import dev.baton.integrations.dingtalk.DingTalkCallbacks;
import dev.baton.integrations.dingtalk.DingTalkSignatures;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComCallbacks;
import dev.baton.integrations.wecom.WeComCrypto;

/**
 * P1 ingest (#14), the callback's own work: one thread opening signed DingTalk and
 * encrypted WeCom callbacks (signature, window, decryption, parsing: what the request
 * path does before the inbox INSERT), timed in that thread's CPU time, so the figure
 * holds on a machine whatever its load. The callbacks are made beforehand; after a
 * warm-up each platform runs {@code seconds}. Run after
 * {@code ./mvnw -pl bench -am compile} with
 * {@code java -cp bench/target/classes:<the module's class path> dev.baton.bench.CallbackCpuBenchmark [seconds]}
 * or as part of {@code -Pbench-ingest}.
 */
public final class CallbackCpuBenchmark {

	private static final int CALLBACKS = 2_000;

	private CallbackCpuBenchmark() {
	}

	public static void main(String[] args) {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		Clock clock = Clock.systemUTC();
		WeComCallbacks wecom = new WeComCallbacks(new WeComApp("bench", IngestBenchmark.WECOM_CORP, 1000002, "s",
				IngestBenchmark.WECOM_TOKEN, IngestBenchmark.WECOM_KEY, null, null, null, null), clock);
		DingTalkCallbacks dingTalk = new DingTalkCallbacks(new DingTalkApp("bench", "dingbenchcorp", "dingbenchkey",
				IngestBenchmark.DING_SECRET, "dingbenchkey", 1, null, null, null, null, null, null, null, null), clock);
		String[][] wecomCalls = new String[CALLBACKS][];
		String[][] dingTalkCalls = new String[CALLBACKS][];
		WeComCrypto crypto = new WeComCrypto(IngestBenchmark.WECOM_KEY);
		for (int i = 0; i < CALLBACKS; i++) {
			String now = Long.toString(System.currentTimeMillis() / 1000);
			String xml = "<xml><ToUserName><![CDATA[" + IngestBenchmark.WECOM_CORP + "]]></ToUserName><FromUserName>"
					+ "<![CDATA[user" + i + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA["
					+ "text]]></MsgType><Content><![CDATA[我的交接]]></Content><MsgId>"
					+ ThreadLocalRandom.current().nextLong(1L << 62) + "</MsgId><AgentID>1000002</AgentID></xml>";
			byte[] random = new byte[16];
			ThreadLocalRandom.current().nextBytes(random);
			String encrypt = crypto.encrypt(random, xml, IngestBenchmark.WECOM_CORP);
			String nonce = Integer.toString(i);
			wecomCalls[i] = new String[] { WeComCrypto.signature(IngestBenchmark.WECOM_TOKEN, now, nonce, encrypt), now,
					nonce, "<xml><ToUserName><![CDATA[" + IngestBenchmark.WECOM_CORP + "]]></ToUserName><AgentID>"
							+ "<![CDATA[1000002]]></AgentID><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>" };
			String millis = Long.toString(System.currentTimeMillis());
			String body = "{\"msgtype\":\"text\",\"text\":{\"content\":\" 我的交接\"},\"msgId\":\"msg" + UUID.randomUUID()
					+ "\",\"createAt\":" + millis + ",\"conversationType\":\"1\",\"senderCorpId\":\"dingbenchcorp\","
					+ "\"senderStaffId\":\"user" + i + "\",\"chatbotCorpId\":\"dingbenchcorp\"}";
			dingTalkCalls[i] = new String[] { millis, DingTalkSignatures.robot(millis, IngestBenchmark.DING_SECRET),
					body };
		}
		Runnable wecomPass = () -> {
			for (String[] c : wecomCalls) {
				if (wecom.openCallback(c[0], c[1], c[2], c[3].getBytes(StandardCharsets.UTF_8)).message() == null) {
					throw new IllegalStateException("a WeCom callback was not opened");
				}
			}
		};
		Runnable dingTalkPass = () -> {
			for (String[] c : dingTalkCalls) {
				if (dingTalk.openRobotCallback(c[0], c[1], c[2].getBytes(StandardCharsets.UTF_8)) == null) {
					throw new IllegalStateException("a DingTalk callback was not opened");
				}
			}
		};
		time("warm-up", wecomPass, Math.max(2, seconds / 2));
		time("warm-up", dingTalkPass, Math.max(2, seconds / 2));
		time("wecom", wecomPass, seconds);
		time("dingtalk", dingTalkPass, seconds);
	}

	private static void time(String name, Runnable pass, int seconds) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		long cpu = threads.getCurrentThreadCpuTime();
		long callbacks = 0;
		while (System.nanoTime() < until) {
			pass.run();
			callbacks += CALLBACKS;
		}
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		if (!name.equals("warm-up")) {
			System.out.printf("%-8s %,9d callbacks opened, CPU %6.1f us each (load %.1f)%n", name, callbacks,
					cpu / 1000.0 / callbacks, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

}
