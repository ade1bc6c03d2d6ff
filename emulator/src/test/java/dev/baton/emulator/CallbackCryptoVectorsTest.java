package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.callback.CallbackSender;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.callback.WeComXml;
import dev.baton.emulator.crypto.DingTalkSignatures;
import dev.baton.emulator.crypto.WeComCrypto;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The callback client reproduces the published vectors byte for byte (wecom.md §1.3,
 * dingtalk.md §1.1, §4.3, §5.5).
 */
class CallbackCryptoVectorsTest {

	private static final String B_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";

	private static final String B_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";

	private static final String B_CORP = "ww1436e0e65a779aee";

	@Test
	void vectorB1UrlVerificationSignsAndDecryptsTheEchostr() {
		WeComCrypto crypto = new WeComCrypto(B_TOKEN, B_KEY, B_CORP);
		String echostr = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";

		assertThat(crypto.signature("1476416373", "47744683", echostr))
			.isEqualTo("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb");
		WeComCrypto.Plain plain = crypto.decrypt(echostr);
		assertThat(plain.message()).isEqualTo("1288432023552776189");
		assertThat(plain.receiveId()).isEqualTo(B_CORP);
		assertThat(crypto.encrypt(plain.message(), plain.randomPrefix())).isEqualTo(echostr);
	}

	@Test
	void vectorB2TextMessageIsReproducedFromItsRandomPrefix() {
		WeComCrypto crypto = new WeComCrypto(B_TOKEN, B_KEY, B_CORP);
		String encrypt = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";

		WeComCrypto.Plain plain = crypto.decrypt(encrypt);
		assertThat(plain.message()).isEqualTo("<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>"
				+ "ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好"
				+ "</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>");
		assertThat(crypto.encrypt(plain.message(), plain.randomPrefix())).isEqualTo(encrypt);
		assertThat(crypto.signature("1476422779", "1597212914", encrypt))
			.isEqualTo("0c3914025cb4b4d68103f6bfc8db550f79dcf48e");
	}

	@Test
	void vectorCTemplateCardEventComesOutOfTheCallbackClientExactly() {
		WeComApp app = new WeComApp("wx5823bf96d3bd56c7", 1000002, "unused", "QDG6eK",
				"jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
		WeComCallbackClient client = new WeComCallbackClient(app, URI.create("http://127.0.0.1:1/cb"),
				new EmulatorClock(), null, new CallbackSender());
		String plaintext = WeComXml.templateCardEvent("wx5823bf96d3bd56c7", "zhangsan", 1700000000L, "approve",
				"task-001", "button_interaction", "RC_TEST_0001", 1000002);

		RawCallback post = client.post(plaintext, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "1700000000",
				"1234567890");

		assertThat(WeComXml.element(post.bodyText(), "Encrypt")).isEqualTo(
				"sKqRbbiSUnDhFHOvPjtUMbvtjo3s1cNKW7qmPVZuWTZ3NKivhET4qf6wGJnu/Q26UrQ3W+fLBYjAm7mjA4XAgLL0Z5i2u5AOMFNZaywlItsFq2Zxo581nDlhSsn41MtbuV2HhIDelm1oxtZAkRWPNu0jXVS8JhU8Y/6wxcjNv+pcl3TtenX2WGA6zk1QRdNtCGG4mqXLrZrlppkx++81jwHIMUiiGH21hBhHWbXqfc0AF1anF+7wIyglV42mALLv3L8uH04fEC58TPzHdSI03Fuwh4wrE1ODrZ195LavT6hc+Ek7Hw+16xENCGaNnAYm3VHedxg92RKLM5vfeyawBSkqvUFVNCeGUXa4u/fE4E+4LLjqm3G6kAYmASRr4Y73hbwDqJFq4JVxPzp8xxffXJBPWpOQ9zqncPG9jrj3cRYvyim4fH1YrYkUzylQF2GUzMd/OtIqHdRCaeRLIhyncs3LjjwF5vUZY/nnLQiMi+0Us2lqK/VgVK1vn3kJsFLqx3Wzl91BDG4eNq6uZe9zNO9kyARrzXwvu7v42B7kC+ka1tb6fsYWk3XikSj+kbnnB5g0op3KpiUGp54LK1M6W38aFdQ0Eh8a8kmaQbxRiWZ75g4xQEB+LVvryEz3JM0n");
		assertThat(post.uri().getQuery()).contains("msg_signature=f2bf6ffee3c925c74ee5034ba0af707c98751e82")
			.contains("timestamp=1700000000")
			.contains("nonce=1234567890");
	}

	@Test
	void dingTalkRobotSignMatchesTheThreeVectors() {
		assertThat(DingTalkSignatures.robotSign(1577262236757L, "this is a secret"))
			.isEqualTo("DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=");
		assertThat(DingTalkSignatures.robotSign(1577262236757L, "this is secret"))
			.isEqualTo("hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=");
		assertThat(DingTalkSignatures.robotSign(1613630252678L, "testAppSecret123"))
			.isEqualTo("8GJdND5L8dD5oY8jkNSxD/xSHQWORFBNOvJDWOtG0oQ=");
	}

	@Test
	void dingTalkCardCallbackSignatureMatchesTheVector() {
		assertThat(DingTalkSignatures.cardSign(1700000000000L, "mySecret"))
			.isEqualTo("t3jqwt0WBVsvNpgD+ncljxce56XsNOeEYafngX/BHjc=");
	}

	@Test
	void theSameCipherServesDingTalkEventSubscriptionsWithTheOwnerKey() {
		WeComCrypto crypto = new WeComCrypto("mryue", "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7",
				"ding6ccabc44d2c8d38b");
		String encrypt = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";

		assertThat(crypto.signature("1608001896814", "WL4PK6yA", encrypt))
			.isEqualTo("03044561471240d4a14bb09372dfcfd4fd0e40cb");
		WeComCrypto.Plain plain = crypto.decrypt(encrypt);
		assertThat(plain.message()).isEqualTo("{\"EventType\":\"check_url\"}");
		assertThat(plain.receiveId()).isEqualTo("ding6ccabc44d2c8d38b");
		assertThat(crypto.encrypt(plain.message(), plain.randomPrefix())).isEqualTo(encrypt);
	}

	@Test
	void dingTalkEventVectorsOneAndFourDecryptToTheirPlaintexts() {
		WeComCrypto one = new WeComCrypto("tokenxxxx", "o1w0aum42yaptlz8alnhwikjd3jenzt9cb9wmzptgus", "dingxxxxxx");
		String encrypt1 = "X1VSe9cTJUMZu60d3kyLYTrBq5578ZRJtteU94wG0Q4Uk6E/wQYeJRIC0/UFW5Wkya1Ihz9oXAdLlyC9TRaqsQ==";
		assertThat(one.signature("1605695694141", "WelUQl6bCqcBa2fM", encrypt1))
			.isEqualTo("f36f4ba5337d426c7d4bca0dbcb06b3ddc1388fc");
		assertThat(one.decrypt(encrypt1).message()).isEqualTo("success");
		assertThat(one.decrypt(encrypt1).receiveId()).isEqualTo("dingxxxxxx");

		WeComCrypto four = new WeComCrypto("123456", "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij",
				"suite4xxxxxxxxxxxxxxx");
		String encrypt4 = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";
		assertThat(four.signature("1445827045067", "nEXhMP4r", encrypt4))
			.isEqualTo("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0");
		assertThat(four.decrypt(encrypt4).message()).isEqualTo(
				"{\"EventType\":\"check_create_suite_url\",\"Random\":\"LPIdSnlF\",\"TestSuiteKey\":\"suite4xxxxxxxxxxxxxxx\"}");
		assertThat(four.decrypt(encrypt4).receiveId()).isEqualTo("suite4xxxxxxxxxxxxxxx");
	}

}
