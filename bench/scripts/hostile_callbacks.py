#!/usr/bin/env python3
"""Writes the R4 hostile-input corpus for the callback endpoints (#14):
bot/src/test/resources/hostile/callbacks.jsonl, one input per line, replayed by HostileCallbacksTest.

Each line: {"name", "endpoint": "dingtalk"|"dingtalk-card"|"wecom", "sign": how the replay signs it,
"body" (text) or "body64" (bytes, base64), "repeat" (the body repeated so many times: oversize)}.
sign: "ts-huge", "ts-text", "ts-negative", "ts-future" (a timestamp header of 30 digits, of letters, negative, two
hours ahead, signed over it), "valid" (signed now with the app's secret; WeCom: encrypted for the app's corp and signed), "none" (no
signature), "wrong" (signed with another secret), "stale" (signed two hours ago), "wecom-raw" (the body is the
envelope as is, signed over its Encrypt), "wecom-corp:<id>" (encrypted for another corp id).
Every input must be refused with a 4xx and store nothing.
"""
import base64
import json
import os

out = []


def add(name, endpoint, sign, body=None, body64=None, repeat=None):
    e = {"name": name, "endpoint": endpoint, "sign": sign}
    if body is not None:
        e["body"] = body
    if body64 is not None:
        e["body64"] = base64.b64encode(body64).decode()
    if repeat:
        e["repeat"] = repeat
    out.append(e)


def robot(**over):
    m = {"msgtype": "text", "text": {"content": " 我的交接"}, "msgId": "msgHOSTILE", "createAt": 1700000000000,
         "conversationType": "1", "senderCorpId": "dingcorp01", "senderStaffId": "user001",
         "chatbotCorpId": "dingcorp01"}
    for k, v in over.items():
        if v is None:
            m.pop(k, None)
        else:
            m[k] = v
    return json.dumps(m, ensure_ascii=False)


def card(**over):
    c = {"type": "actionCallback", "outTrackId": "card-hostile", "corpId": "dingcorp01", "userId": "user001",
         "content": json.dumps({"cardPrivateData": {"actionIds": ["approve"], "params": {}}})}
    for k, v in over.items():
        if v is None:
            c.pop(k, None)
        else:
            c[k] = v
    return json.dumps(c, ensure_ascii=False)


garbage = ["", " ", "null", "true", "0", "-1", "1e400", "[]", "[{}]", '"text"', "{", "}", "{{}", '{"a":}',
           '{"msgtype":', "{'msgtype':'text'}", '{"msgtype":"text",}', "<xml></xml>", "\u0000", "{\"a\":\"\u0001\"}",
           '{"a":1}{"b":2}', '{"a":NaN}', '{"a":Infinity}', '{"a":0x10}', '{"a":01}', "[" * 5000 + "]" * 5000,
           '{"a":' * 3000 + '1' + '}' * 3000, "\ufeff{}", "/* c */{}", "{\"msgtype\":\"text\"\u0000}"]

# ---- DingTalk robot callbacks
for i, g in enumerate(garbage):
    add(f"robot garbage {i}", "dingtalk", "valid", body=g)
for field in ["msgId", "senderStaffId", "createAt"]:
    add(f"robot without {field}", "dingtalk", "valid", body=robot(**{field: None}))
for i, v in enumerate([1e400, "1700000000000", 99999999999999999999999999, -1.5, [], {}, True, None]):
    if v is None:
        continue
    add(f"robot createAt odd {i}", "dingtalk", "valid",
        body=robot().replace("1700000000000", json.dumps(v) if not isinstance(v, float) or v != 1e400 else "1e400"))
for i, v in enumerate([{}, [], 12, True, ""]):
    add(f"robot msgId of type {type(v).__name__} {i}", "dingtalk", "valid", body=robot(msgId=v))
    add(f"robot senderStaffId of type {type(v).__name__} {i}", "dingtalk", "valid", body=robot(senderStaffId=v))
for corp in ["dingattacker", "DINGCORP01", "dingcorp01 ", "dingcorp02", "", "dingcorp01\u0000", "ding" + "x" * 300]:
    add(f"robot from corp {corp[:20]!r}", "dingtalk", "valid", body=robot(senderCorpId=corp))
    add(f"robot to another corp's bot {corp[:20]!r}", "dingtalk", "valid", body=robot(chatbotCorpId=corp))
add("robot group without conversationId", "dingtalk", "valid", body=robot(conversationType="2"))
for sign in ["none", "wrong", "stale"]:
    for i in range(6):
        add(f"robot {sign} signature {i}", "dingtalk", sign, body=robot(msgId=f"msgSIG{sign}{i}"))
for i, ts in enumerate(["ts-huge", "ts-text", "ts-negative", "ts-future"]):
    add(f"robot timestamp header {ts}", "dingtalk", ts, body=robot(msgId=f"msgTS{i}"))
    add(f"card timestamp header {ts}", "dingtalk-card", ts, body=card(outTrackId=f"card-ts-{i}"))
add("robot oversized", "dingtalk", "valid", body=robot(), repeat=700)
add("robot oversized text", "dingtalk", "valid", body=robot(text={"content": "长" * 40000}))
for i, raw in enumerate([b"{\xff}", b"{\"a\":\"\xc3\x28\"}", b"\xed\xa0\x80", b"{\"a\":\"\xf8\x88\x80\x80\x80\"}",
                         b"\xfe\xff\x00{\x00}", b"{\"msgtype\":\"text\xc0\xaf\"}", b"\x80\x81\x82"]):
    add(f"robot invalid UTF-8 {i}", "dingtalk", "valid", body64=raw)
for i, ctl in enumerate(["\u0000", "\u0001", "\u0007", "\u001b", "\u001f"]):
    add(f"robot raw control character in a string {i}", "dingtalk", "valid",
        body='{"msgtype":"text","text":{"content":"a' + ctl + 'b"},"msgId":"m' + str(i)
             + '","createAt":1700000000000,"senderStaffId":"u"}')

# ---- DingTalk card callbacks
for i, g in enumerate(garbage[:20]):
    add(f"card garbage {i}", "dingtalk-card", "valid", body=g)
for field in ["outTrackId", "userId", "content"]:
    add(f"card without {field}", "dingtalk-card", "valid", body=card(**{field: None}))
for i, content in enumerate(["{", "[]", "null", '{"cardPrivateData":{}}', '{"cardPrivateData":{"actionIds":[]}}',
                             '{"cardPrivateData":{"actionIds":[{}]}}', "x" * 100]):
    add(f"card content odd {i}", "dingtalk-card", "valid", body=card(content=content))
for corp in ["dingattacker", "DINGCORP01", "dingcorp02", ""]:
    add(f"card from corp {corp!r}", "dingtalk-card", "valid", body=card(corpId=corp))
for sign in ["none", "wrong", "stale"]:
    for i in range(4):
        add(f"card {sign} signature {i}", "dingtalk-card", sign, body=card(outTrackId=f"card-sig-{sign}-{i}"))
add("card oversized", "dingtalk-card", "valid", body=card(), repeat=300)
add("card invalid UTF-8", "dingtalk-card", "valid", body64=b'{"type":"\xff"}')

# ---- WeCom: plaintexts encrypted and signed correctly, envelopes as sent
def wx(to="wx5823bf96d3bd56c7", extra="", msg_type="text", content="我的交接"):
    return (f"<xml><ToUserName><![CDATA[{to}]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
            f"<CreateTime>1700000000</CreateTime><MsgType><![CDATA[{msg_type}]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>73000000001</MsgId><AgentID>1000002</AgentID>{extra}</xml>")

for to in ["wwattacker", "WX5823BF96D3BD56C7", "wx5823bf96d3bd56c7 ", "", "ww1436e0e65a779aee"]:
    add(f"wecom message to corp {to!r}", "wecom", "valid", body=wx(to=to))
for i, pt in enumerate(["", "not xml", "<xml>", "<xml><ToUserName>", "<a><b></a></b>", "<?xml version='1.0'?>",
                        "<xml>" + "<x>" * 2000 + "</x>" * 2000 + "</xml>", "\u0000<xml/>",
                        "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>",
                        '<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><ToUserName>&e;</ToUserName></xml>',
                        '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xml><ToUserName>&c;</ToUserName></xml>',
                        '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><xml/>',
                        '<xml xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd"/></xml>']):
    add(f"wecom plaintext malformed or hostile {i}", "wecom", "valid", body=pt)
for other in ["wwattacker000001", "wx5823bf96d3bd56c8", "", "x" * 200]:
    add(f"wecom encrypted for corp {other[:20]!r}", "wecom", "wecom-corp:" + other, body=wx())
for sign in ["none", "wrong", "stale"]:
    for i in range(5):
        add(f"wecom {sign} signature {i}", "wecom", sign, body=wx(content=f"签名{i}"))
envelopes = ["", "not xml", "<xml></xml>", "<xml><Encrypt></Encrypt></xml>", "<xml><Encrypt>!!!notbase64!!!</Encrypt></xml>",
             "<xml><Encrypt>AAAA</Encrypt></xml>", "<xml><Encrypt>" + "A" * 64 + "</Encrypt></xml>",
             "<xml><Encrypt>" + base64.b64encode(b"x" * 33).decode() + "</Encrypt></xml>",
             '<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Encrypt>&e;</Encrypt></xml>',
             "<xml><Encrypt><![CDATA[a]]></Encrypt><Encrypt>b</Encrypt></xml>", "<Encrypt>abc</Encrypt>",
             "<xml><Encrypt>" + "QUJD" * 20000 + "</Encrypt></xml>"]
for i, env in enumerate(envelopes):
    add(f"wecom envelope hostile {i}", "wecom", "wecom-raw", body=env)
add("wecom oversized", "wecom", "valid", body=wx(content="长" * 30000))
for i, raw in enumerate([b"<xml><ToUserName>\xff</ToUserName></xml>", b"<xml>\xc3\x28</xml>", b"\xfe\xff<xml/>"]):
    add(f"wecom plaintext invalid UTF-8 {i}", "wecom", "valid", body64=raw)
add("wecom envelope invalid UTF-8", "wecom", "wecom-raw", body64=b"<xml><Encrypt>\xff\xfe</Encrypt></xml>")

path = os.path.join(os.path.dirname(__file__), "..", "..", "bot", "src", "test", "resources", "hostile", "callbacks.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for e in out:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
print(len(out), "inputs written to", os.path.normpath(path))
