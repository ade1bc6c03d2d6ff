package dev.baton.emulator.callback;

/**
 * The XML WeCom puts inside and around its encrypted callbacks (wecom.md §1.1, §2.1,
 * §2.2).
 */
public final class WeComXml {

	private WeComXml() {
	}

	/** A CDATA section that survives any text, even one containing {@code ]]>}. */
	static String cdata(String text) {
		return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
	}

	/** The decrypted text message a member sends to the app. */
	public static String textMessage(String corpId, String fromUser, long createTime, String content, long msgId,
			int agentId) {
		return "<xml><ToUserName>" + cdata(corpId) + "</ToUserName><FromUserName>" + cdata(fromUser)
				+ "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("text")
				+ "</MsgType><Content>" + cdata(content) + "</Content><MsgId>" + msgId + "</MsgId><AgentID>" + agentId
				+ "</AgentID></xml>";
	}

	/** The decrypted template-card button event (same layout as vector C). */
	public static String templateCardEvent(String corpId, String fromUser, long createTime, String eventKey,
			String taskId, String cardType, String responseCode, int agentId) {
		return "<xml><ToUserName>" + cdata(corpId) + "</ToUserName><FromUserName>" + cdata(fromUser)
				+ "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("event")
				+ "</MsgType><Event>" + cdata("template_card_event") + "</Event><EventKey>" + cdata(eventKey)
				+ "</EventKey><TaskId>" + cdata(taskId) + "</TaskId><CardType>" + cdata(cardType)
				+ "</CardType><ResponseCode>" + cdata(responseCode) + "</ResponseCode><AgentID>" + agentId
				+ "</AgentID></xml>";
	}

	/**
	 * The outer POST body of the contact-sync helper, which has no agent: only Encrypt is
	 * signed.
	 */
	public static String envelope(String corpId, String encrypt) {
		return "<xml><ToUserName>" + cdata(corpId) + "</ToUserName><Encrypt>" + cdata(encrypt) + "</Encrypt></xml>";
	}

	/** The outer POST body: only Encrypt is signed. */
	public static String envelope(String corpId, int agentId, String encrypt) {
		return "<xml><ToUserName>" + cdata(corpId) + "</ToUserName><Encrypt>" + cdata(encrypt) + "</Encrypt><AgentID>"
				+ cdata(Integer.toString(agentId)) + "</AgentID></xml>";
	}

	/**
	 * The value of a simple element ({@code <Name>value</Name>} or CDATA), null when
	 * absent.
	 */
	public static String element(String xml, String name) {
		int start = xml.indexOf("<" + name + ">");
		int end = xml.indexOf("</" + name + ">");
		if (start < 0 || end < start) {
			return null;
		}
		String value = xml.substring(start + name.length() + 2, end);
		if (value.startsWith("<![CDATA[") && value.endsWith("]]>")) {
			value = value.substring(9, value.length() - 3).replace("]]]]><![CDATA[>", "]]>");
		}
		return value;
	}

}
