package dev.baton.integrations.chat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parser a thread reuses stays hardened: after a good document, after a refused one
 * and after a malformed one, a DTD or an external entity is still refused and a good
 * document still reads.
 */
class SafeXmlTest {

	private static final String GOOD = "<xml><Encrypt>abc</Encrypt><AgentID>1000002</AgentID></xml>";

	private static final String DOCTYPE = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaa\">]><xml><Encrypt>&a;</Encrypt></xml>";

	private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
			+ "<xml><Encrypt>&x;</Encrypt></xml>";

	@Test
	void aReusedParserRefusesEveryDtdAndReadsEveryGoodDocument() {
		for (int round = 0; round < 3; round++) {
			assertThat(SafeXml.child(parse(GOOD), "Encrypt")).isEqualTo("abc");
			assertRefused(DOCTYPE);
			assertThat(SafeXml.child(parse(GOOD), "AgentID")).isEqualTo("1000002");
			assertRefused(XXE);
			assertRefused("<xml><Encrypt>abc</xml>");
			assertRefused("<?xml version=\"1.0\"?><!DOCTYPE xml SYSTEM \"http://127.0.0.1:9/x.dtd\"><xml/>");
		}
	}

	@Test
	void documentsParsedOneAfterTheOtherDoNotShareNodes() {
		var first = parse("<xml><Encrypt>one</Encrypt></xml>");
		var second = parse("<xml><Encrypt>two</Encrypt></xml>");
		assertThat(SafeXml.child(first, "Encrypt")).isEqualTo("one");
		assertThat(SafeXml.child(second, "Encrypt")).isEqualTo("two");
	}

	private static org.w3c.dom.Document parse(String xml) {
		return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertRefused(String xml) {
		assertThatThrownBy(() -> parse(xml)).isInstanceOf(CallbackRejected.class)
			.satisfies(ex -> assertThat(((CallbackRejected) ex).status()).isEqualTo(400));
	}

}
