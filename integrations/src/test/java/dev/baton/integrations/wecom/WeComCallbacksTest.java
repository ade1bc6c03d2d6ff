package dev.baton.integrations.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WeCom callbacks against the vectors of shared/reference/wecom.md §1.3 and
 * wecom-vector-c.txt, and forgeries.
 */
class WeComCallbacksTest {

	// vector B: the official Python sample's app
	static final WeComApp B = new WeComApp("b", "ww1436e0e65a779aee", 1000002, "secret",
			"hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", null, null, null, null);

	static final String B2_ENCRYPT = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";

	// vector C: a template_card_event, self-generated with the documented algorithm
	static final WeComApp C = new WeComApp("c", "wx5823bf96d3bd56c7", 1000002, "secret", "QDG6eK",
			"jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", null, null, null, null);

	static final String C_PLAINTEXT = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[approve]]></EventKey><TaskId><![CDATA[task-001]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[RC_TEST_0001]]></ResponseCode><AgentID>1000002</AgentID></xml>";

	static final String C_ENCRYPT = "sKqRbbiSUnDhFHOvPjtUMbvtjo3s1cNKW7qmPVZuWTZ3NKivhET4qf6wGJnu/Q26UrQ3W+fLBYjAm7mjA4XAgLL0Z5i2u5AOMFNZaywlItsFq2Zxo581nDlhSsn41MtbuV2HhIDelm1oxtZAkRWPNu0jXVS8JhU8Y/6wxcjNv+pcl3TtenX2WGA6zk1QRdNtCGG4mqXLrZrlppkx++81jwHIMUiiGH21hBhHWbXqfc0AF1anF+7wIyglV42mALLv3L8uH04fEC58TPzHdSI03Fuwh4wrE1ODrZ195LavT6hc+Ek7Hw+16xENCGaNnAYm3VHedxg92RKLM5vfeyawBSkqvUFVNCeGUXa4u/fE4E+4LLjqm3G6kAYmASRr4Y73hbwDqJFq4JVxPzp8xxffXJBPWpOQ9zqncPG9jrj3cRYvyim4fH1YrYkUzylQF2GUzMd/OtIqHdRCaeRLIhyncs3LjjwF5vUZY/nnLQiMi+0Us2lqK/VgVK1vn3kJsFLqx3Wzl91BDG4eNq6uZe9zNO9kyARrzXwvu7v42B7kC+ka1tb6fsYWk3XikSj+kbnnB5g0op3KpiUGp54LK1M6W38aFdQ0Eh8a8kmaQbxRiWZ75g4xQEB+LVvryEz3JM0n";

	static WeComCallbacks at(WeComApp app, long epochSecond) {
		return new WeComCallbacks(app, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
	}

	static byte[] envelope(String corpId, String encrypt) {
		return ("<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName>\n<AgentID><![CDATA[1000002]]></AgentID>\n"
				+ "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void vectorB1UrlVerificationEchoesThePlaintext() {
		String echo = at(B, 1476416373).verifyUrl("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683",
				"fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==");

		assertThat(echo).isEqualTo("1288432023552776189");
	}

	@Test
	void vectorB2TextMessageOpens() {
		InboundEvent event = at(B, 1476422779).open("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779",
				"1597212914", envelope("ww1436e0e65a779aee", B2_ENCRYPT));

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Text.class, text -> {
			assertThat(text.text()).isEqualTo("你好");
			assertThat(text.messageId()).isEqualTo("1456453720");
			assertThat(text.sender().userId()).isEqualTo("ChenJiaShun");
			assertThat(text.sender().corpId()).isEqualTo("ww1436e0e65a779aee");
			assertThat(text.at()).isEqualTo(Instant.ofEpochSecond(1476422779));
			assertThat(text.dedupKey()).isEqualTo("WECOM:msg:1456453720");
		});
	}

	@Test
	void vectorCCardEventOpensAndIsReproducedByOurEncryption() {
		InboundEvent event = at(C, 1700000000).open("f2bf6ffee3c925c74ee5034ba0af707c98751e82", "1700000000",
				"1234567890", envelope("wx5823bf96d3bd56c7", C_ENCRYPT));

		assertThat(event).isInstanceOfSatisfying(InboundEvent.CardAction.class, card -> {
			assertThat(card.cardId()).isEqualTo("task-001");
			assertThat(card.action()).isEqualTo("approve");
			assertThat(card.responseCode()).isEqualTo("RC_TEST_0001");
			assertThat(card.sender().userId()).isEqualTo("zhangsan");
		});
		String ours = new WeComCrypto(C.encodingAesKey())
			.encrypt("0123456789abcdef".getBytes(StandardCharsets.US_ASCII), C_PLAINTEXT, C.corpId());
		assertThat(ours).isEqualTo(C_ENCRYPT);
		assertThat(WeComCrypto.signature(C.token(), "1700000000", "1234567890", ours))
			.isEqualTo("f2bf6ffee3c925c74ee5034ba0af707c98751e82");
	}

	@Nested
	class Rejected {

		@Test
		void aWrongSignature() {
			assertRejected(403, () -> at(C, 1700000000).open("0000000000000000000000000000000000000000", "1700000000",
					"1234567890", envelope(C.corpId(), C_ENCRYPT)));
		}

		@Test
		void aStaleTimestamp() {
			assertRejected(403, () -> at(C, 1700000000 + 3600).open("f2bf6ffee3c925c74ee5034ba0af707c98751e82",
					"1700000000", "1234567890", envelope(C.corpId(), C_ENCRYPT)));
		}

		@Test
		void aPayloadEncryptedForAnotherCorpUnderTheSameKey() {
			WeComCrypto crypto = new WeComCrypto(C.encodingAesKey());
			String forged = crypto.encrypt("0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
					C_PLAINTEXT.replace("wx5823bf96d3bd56c7", "wwattacker"), "wwattacker");
			String signature = WeComCrypto.signature(C.token(), "1700000000", "1234567890", forged);

			assertRejected(403,
					() -> at(C, 1700000000).open(signature, "1700000000", "1234567890", envelope(C.corpId(), forged)));
		}

		@Test
		void aDoctypeOrExternalEntityInTheEnvelope() {
			byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
					+ "<xml><Encrypt>&x;</Encrypt></xml>")
				.getBytes(StandardCharsets.UTF_8);
			assertRejected(400, () -> at(C, 1700000000).open("f2bf6ffee3c925c74ee5034ba0af707c98751e82", "1700000000",
					"1234567890", xxe));
		}

		@Test
		void aDoctypeInsideAnAuthenticPayload() {
			WeComCrypto crypto = new WeComCrypto(C.encodingAesKey());
			String evil = crypto.encrypt("0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
					"<!DOCTYPE xml [<!ENTITY a \"aaaa\">]>" + C_PLAINTEXT, C.corpId());
			String signature = WeComCrypto.signature(C.token(), "1700000000", "1234567890", evil);
			assertRejected(400,
					() -> at(C, 1700000000).open(signature, "1700000000", "1234567890", envelope(C.corpId(), evil)));
		}

		@Test
		void aBodyOverTheLimit() {
			byte[] huge = new byte[64 * 1024 + 1];
			java.util.Arrays.fill(huge, (byte) 'a');
			assertRejected(413, () -> at(C, 1700000000).open("f2bf6ffee3c925c74ee5034ba0af707c98751e82", "1700000000",
					"1234567890", huge));
		}

		@Test
		void malformedXml() {
			assertRejected(400, () -> at(C, 1700000000).open("f2bf6ffee3c925c74ee5034ba0af707c98751e82", "1700000000",
					"1234567890", "<xml><Encrypt>abc</Encrypt".getBytes(StandardCharsets.UTF_8)));
		}

		@Test
		void invalidUtf8InsideTheEncryptedMessage() {
			WeComCrypto crypto = new WeComCrypto(C.encodingAesKey());
			String plaintextWithBadBytes = new String(new byte[] { (byte) 0xC3, (byte) 0x28 },
					StandardCharsets.ISO_8859_1);
			// encrypt raw bytes: build the message from ISO-8859-1 so the bytes are 0xC3
			// 0x28, invalid as UTF-8
			String bad = crypto.encryptBytes(new byte[16], plaintextWithBadBytes.getBytes(StandardCharsets.ISO_8859_1),
					C.corpId());
			String signature = WeComCrypto.signature(C.token(), "1700000000", "1234567890", bad);
			assertRejected(400,
					() -> at(C, 1700000000).open(signature, "1700000000", "1234567890", envelope(C.corpId(), bad)));
		}

		@Test
		void ciphertextThatIsNotBase64OrNotWholeBlocks() {
			for (String bogus : new String[] { "!!!not base64!!!", "YWJj" }) {
				String signature = WeComCrypto.signature(C.token(), "1700000000", "1234567890", bogus);
				assertRejected(400, () -> at(C, 1700000000).open(signature, "1700000000", "1234567890",
						envelope(C.corpId(), bogus)));
			}
		}

		@Test
		void missingQueryParameters() {
			assertRejected(400,
					() -> at(C, 1700000000).open(null, "1700000000", "1234567890", envelope(C.corpId(), C_ENCRYPT)));
		}

		private void assertRejected(int status, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
			assertThatThrownBy(call).isInstanceOfSatisfying(CallbackRejected.class,
					e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
		}

	}

}
