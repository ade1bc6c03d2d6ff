package dev.baton.integrations.wecom;

import java.util.List;

import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Baton reads a WeCom message with WxJava's XStream mapping directly, without the
 * {@code allFieldsMap} that {@code WxCpXmlMessage.fromXml} fills by parsing the XML a
 * second time: every field Baton can read comes out the same as through {@code fromXml}
 * (text, image with a picture list, card button, org-chart change).
 */
class WeComMessageReadingTest {

	static List<String> messages() {
		return List.of(
				"<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
						+ "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
						+ "<Content><![CDATA[第3项金额改为120万元]]></Content><MsgId>1234567890123456</MsgId>"
						+ "<AgentID>1000002</AgentID></xml>",
				"<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName>"
						+ "<CreateTime>1700000001</CreateTime><MsgType><![CDATA[image]]></MsgType>"
						+ "<PicUrl><![CDATA[https://example.invalid/p.jpg]]></PicUrl><MediaId><![CDATA[m-1]]></MediaId>"
						+ "<SendPicsInfo><Count>2</Count><PicList><item><PicMd5Sum><![CDATA[a]]></PicMd5Sum></item>"
						+ "</PicList><PicList><item><PicMd5Sum><![CDATA[b]]></PicMd5Sum></item></PicList></SendPicsInfo>"
						+ "<MsgId>99</MsgId><AgentID>1000002</AgentID></xml>",
				WeComCallbacksTest.C_PLAINTEXT,
				"<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
						+ "<CreateTime>1700000002</CreateTime><MsgType><![CDATA[event]]></MsgType>"
						+ "<Event><![CDATA[change_contact]]></Event><ChangeType><![CDATA[update_user]]></ChangeType>"
						+ "<UserID><![CDATA[wangwu]]></UserID><Name><![CDATA[王五]]></Name>"
						+ "<Department><![CDATA[1,2]]></Department><Mobile><![CDATA[13800000000]]></Mobile>"
						+ "<Position><![CDATA[科长]]></Position><Status>1</Status></xml>");
	}

	@ParameterizedTest
	@MethodSource("messages")
	void readsWhatFromXmlReads(String xml) {
		WxCpXmlMessage sdk = WxCpXmlMessage.fromXml(xml, "1000002");
		WxCpXmlMessage ours = WeComCallbacks.message(xml, "1000002");

		assertThat(sdk.getAllFieldsMap()).as("the SDK's extra parse").isNotEmpty();
		sdk.setAllFieldsMap(null);
		assertThat(ours.getAllFieldsMap()).isNull();
		assertThat(ours).isEqualTo(sdk);
		assertThat(ours.getFromUserName()).isEqualTo(sdk.getFromUserName()).isNotBlank();
		assertThat(ours.getAgentId()).isEqualTo("1000002");
	}

}
