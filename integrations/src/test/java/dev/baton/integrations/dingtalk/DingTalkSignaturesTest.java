package dev.baton.integrations.dingtalk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DingTalk's signatures against the vectors of the platform reference, computed on one
 * thread with the keys alternating (the HMAC engine is kept per thread and keyed anew
 * each time: no signature may carry the key of the one before), and on many threads at
 * once.
 */
class DingTalkSignaturesTest {

	@Test
	void robotAndCardSignaturesMatchTheVectorsWithTheKeysAlternatingOnOneThread() {
		for (int round = 0; round < 3; round++) {
			assertThat(DingTalkSignatures.robot("1577262236757", "this is a secret"))
				.isEqualTo("DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=");
			assertThat(DingTalkSignatures.card("1700000000000", "mySecret"))
				.isEqualTo("t3jqwt0WBVsvNpgD+ncljxce56XsNOeEYafngX/BHjc=");
			assertThat(DingTalkSignatures.robot("1577262236757", "this is secret"))
				.isEqualTo("hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=");
			assertThat(DingTalkSignatures.robot("1613630252678", "testAppSecret123"))
				.isEqualTo("8GJdND5L8dD5oY8jkNSxD/xSHQWORFBNOvJDWOtG0oQ=");
		}
	}

	@Test
	void manyThreadsSigningAtOnceEachGetTheirOwnKeysSignature() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				boolean first = i % 2 == 0;
				results.add(threads.submit(() -> {
					for (int n = 0; n < 200; n++) {
						String sign = first ? DingTalkSignatures.robot("1577262236757", "this is a secret")
								: DingTalkSignatures.robot("1613630252678", "testAppSecret123");
						if (!sign.equals(first ? "DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA="
								: "8GJdND5L8dD5oY8jkNSxD/xSHQWORFBNOvJDWOtG0oQ=")) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> r : results) {
				assertThat(r.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
