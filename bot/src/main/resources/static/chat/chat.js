// 交接棒 web chat: pick an official, talk to Baton, press card buttons. Plain browser JavaScript with nothing
// loaded from elsewhere; every text from Baton is put in the page as text, never as HTML.
(() => {
  'use strict';

  const TEXTS = {
    zh: {
      title: '交接棒 · 网页聊天',
      subtitle: '本地演示通道：不需要钉钉或企业微信',
      pick: '选择干部',
      loading: '正在加载…',
      nobody: '请先在左侧选择一位干部，以其身份与交接棒对话。',
      talkingAs: '当前身份：{0}（{1}，{2}）',
      placeholder: '输入消息，Enter 发送，Shift+Enter 换行',
      send: '发送',
      sending: '发送中…',
      noPeople: '还没有开通网页聊天的干部。内置演示数据会为每位演示干部开通；如果 ./data 是旧版本写入的，删除后重启即可。',
      disabled: '网页聊天未启用（baton.webchat.enabled）。',
      offline: '与交接棒的连接中断，正在重试…',
      gone: '该干部已不能使用网页聊天，请重新选择。',
      failed: '发送失败：{0}',
      pressFailed: '操作失败：{0}',
      otherLang: 'English',
      baton: '交接棒',
      empty: '还没有消息。发一条消息试试，或等待交接通知。',
      groups: '单位工作群',
      groupView: '{0}（{1}）：交接棒在群里发布的通报和交接公开信息，只供查看',
      groupEmpty: '群里还没有消息。交接归档后，按制度要求公开的摘要会发到这里。',
      groupReadOnly: '群消息只供查看；办理事项请选择左侧的干部，在单聊中进行。',
      languageSet: '交接棒此后用中文给{0}回复和发通知；已发出的消息保持原样。',
      languageFailed: '未能改为中文：{0}'
    },
    en: {
      title: 'Baton · web chat',
      subtitle: 'Local demo channel: no DingTalk or WeCom needed',
      pick: 'Pick an official',
      loading: 'Loading…',
      nobody: 'Pick an official on the left to talk to Baton as them.',
      talkingAs: 'Talking as {0} ({1}, {2})',
      placeholder: 'Type a message; Enter sends, Shift+Enter starts a new line',
      send: 'Send',
      sending: 'Sending…',
      noPeople: 'No official has a web chat account yet. The built-in demo data opens one for every demo official; if ./data was written by an older version, delete it and restart.',
      disabled: 'The web chat is not enabled (baton.webchat.enabled).',
      offline: 'Lost the connection to Baton; retrying…',
      gone: 'This official can no longer use the web chat; please pick again.',
      failed: 'Not sent: {0}',
      pressFailed: 'Not done: {0}',
      otherLang: '中文',
      baton: 'Baton',
      empty: 'No messages yet. Send one, or wait for a handover notice.',
      groups: 'Unit groups',
      groupView: '{0} ({1}): what Baton posts in the group (broadcasts, public handover summaries), to read only',
      groupEmpty: 'Nothing in the group yet. When a handover is archived, its public summary is posted here if the policy asks for it.',
      groupReadOnly: 'Group posts are to read only; pick an official on the left to act 1:1.',
      languageSet: 'Baton now writes to {0} in English, replies and notices; messages already sent stay as they were.',
      languageFailed: 'Could not switch to English: {0}'
    }
  };

  const $ = (id) => document.getElementById(id);
  const state = {
    lang: localStorage.getItem('baton.chat.lang') === 'en' ? 'en' : 'zh',
    people: [],
    official: null,
    group: null,
    after: 0,
    epoch: null,
    loop: 0,
    cards: new Map(),
    pending: new Map(),
    today: null
  };

  function t(key, ...args) {
    let text = TEXTS[state.lang][key] || TEXTS.zh[key] || key;
    args.forEach((a, i) => { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** An id for a message or a click: the same on every retry, so Baton handles it once. */
  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': state.lang === 'en' ? 'en' : 'zh-CN' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body)
    });
    let data = null;
    try { data = await response.json(); } catch (ignored) { data = null; }
    if (!response.ok) {
      const error = new Error((data && data.detail) || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return data;
  }

  /** Network failures and 503 are tried again with the same ids; any other refusal is final. */
  async function withRetry(call) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if ((error.status && error.status !== 503) || attempt >= 4) throw error;
        await sleep(400 * 2 ** attempt);
      }
    }
  }

  // ---- language -------------------------------------------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    });
    $('lang').textContent = t('otherLang');
    $('lang').lang = state.lang === 'en' ? 'zh-CN' : 'en';
    showWho();
  }

  function showWho() {
    const o = state.official;
    const g = state.group;
    $('who').textContent = g ? t('groupView', g.name, g.unit) : o ? t('talkingAs', o.name, o.post, o.unit) : t('nobody');
    $('text').placeholder = g ? t('groupReadOnly') : t('placeholder');
  }

  /**
   * The page's language is the conversation's: Baton writes to the chosen official in it from now on (replies and
   * notices), as their sending "English" or "中文" does; what was sent before stays as it was. Said in one line when it
   * changed, and always after the switch was pressed.
   */
  async function tellLanguage(official, always) {
    const note = $('lang-note');
    try {
      const set = await withRetry(() => api('POST', '/chat/api/language',
        { officialId: official.id, language: state.lang }));
      if (official !== state.official) return;
      if (always || (set && set.changed)) {
        note.textContent = t('languageSet', official.name);
        note.hidden = false;
      }
    } catch (error) {
      if (official !== state.official) return;
      note.textContent = t('languageFailed', error.message);
      note.hidden = false;
    }
  }

  // ---- people ---------------------------------------------------------------------------------------------------

  async function loadPeople() {
    const hint = $('people-hint');
    const say = (key) => {
      hint.dataset.i18n = key;
      hint.textContent = t(key);
    };
    try {
      state.people = await withRetry(() => api('GET', '/chat/api/officials'));
    } catch (error) {
      say(error.status === 404 ? 'disabled' : 'offline');
      return;
    }
    say('noPeople');
    hint.hidden = state.people.length > 0;
    const list = $('people');
    list.replaceChildren();
    // one heading per unit: Baton lists each unit's officials together
    let unit = null;
    for (const person of state.people) {
      if (person.unitId !== unit) {
        unit = person.unitId;
        list.append(el('h3', null, person.unit));
      }
      const button = el('button', 'person');
      button.type = 'button';
      button.dataset.id = String(person.id);
      button.setAttribute('aria-pressed', 'false');
      button.append(el('span', 'name', person.name), el('span', 'post', person.post));
      button.addEventListener('click', () => pick(person));
      list.append(button);
    }
    const remembered = Number(localStorage.getItem('baton.chat.official'));
    const again = state.people.find((p) => p.id === remembered);
    if (again) pick(again);
    loadGroups();
  }

  /** The units' groups on the web chat: read-only views of what Baton posts there. */
  async function loadGroups() {
    let groups = [];
    try {
      groups = await withRetry(() => api('GET', '/chat/api/groups'));
    } catch (ignored) {
      groups = [];
    }
    const list = $('groups');
    list.replaceChildren();
    $('groups-title').hidden = groups.length === 0;
    for (const group of groups) {
      const button = el('button', 'person group');
      button.type = 'button';
      button.dataset.group = group.groupId;
      button.setAttribute('aria-pressed', 'false');
      button.append(el('span', 'name', group.name), el('span', 'post', group.unit));
      button.addEventListener('click', () => pickGroup(group));
      list.append(button);
    }
  }

  function pressed(selector) {
    document.querySelectorAll('.person').forEach((b) => b.setAttribute('aria-pressed', String(b.matches(selector))));
  }

  /** On a phone the list folds once a conversation is chosen (its summary opens it again). */
  const PHONE = window.matchMedia('(max-width: 720px)');

  function foldPeopleOnPhone() {
    $('people-box').open = !PHONE.matches;
  }

  PHONE.addEventListener('change', () => {
    if (!PHONE.matches) $('people-box').open = true; // beside the chat again: always open
  });

  function pickGroup(group) {
    state.group = group;
    $('lang-note').hidden = true;
    pressed('[data-group="' + CSS.escape(group.groupId) + '"]');
    foldPeopleOnPhone();
    showWho();
    resetConversation();
    $('text').disabled = true;
    $('send').disabled = true;
    state.loop += 1;
    poll(state.loop);
  }

  function pick(person) {
    state.official = person;
    state.group = null;
    localStorage.setItem('baton.chat.official', String(person.id));
    pressed('[data-id="' + person.id + '"]');
    $('lang-note').hidden = true;
    tellLanguage(person, false);
    foldPeopleOnPhone();
    showWho();
    resetConversation();
    $('text').disabled = false;
    $('send').disabled = false;
    $('text').focus();
    state.loop += 1;
    poll(state.loop);
  }

  function resetConversation() {
    state.after = 0;
    state.epoch = null;
    state.cards.clear();
    state.pending.clear();
    $('messages').replaceChildren();
    setStatus('');
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  // ---- reading the mailbox --------------------------------------------------------------------------------------

  async function poll(loop) {
    let failures = 0;
    const group = state.group;
    const source = group ? '/chat/api/groups/' + encodeURIComponent(group.groupId) + '/messages?'
      : '/chat/api/messages?officialId=' + state.official.id + '&';
    while (loop === state.loop) {
      try {
        const inbox = await api('GET', source + 'after=' + state.after + '&waitSeconds=25');
        if (loop !== state.loop) return;
        failures = 0;
        setStatus('');
        if (state.epoch !== null && inbox.epoch !== state.epoch) {
          // Baton restarted: its mailboxes start again from the beginning
          resetConversation();
          state.epoch = inbox.epoch;
          continue;
        }
        state.epoch = inbox.epoch;
        if (inbox.zone) state.zone = inbox.zone;
        if (inbox.today && inbox.today !== state.today) {
          state.today = inbox.today;
          restamp();
        }
        for (const message of inbox.messages) {
          show(message);
          state.after = Math.max(state.after, message.id);
        }
        if (state.after === 0 && $('messages').children.length === 0) setStatus(t(group ? 'groupEmpty' : 'empty'));
      } catch (error) {
        if (loop !== state.loop) return;
        if (error.status === 404) {
          setStatus(t('gone'));
          return;
        }
        failures += 1;
        setStatus(t('offline'));
        await sleep(Math.min(1000 * 2 ** failures, 15000));
      }
    }
  }

  function show(message) {
    switch (message.kind) {
      case 'user': showMine(message); break;
      case 'text': append(theirs(message, bubbleWithText(message.text))); break;
      case 'markdown': append(theirs(message, markdown(message.title, message.text))); break;
      case 'card': append(theirs(message, card(message.card))); break;
      case 'file': append(theirs(message, fileLink(message))); break;
      case 'cardUpdate': decide(message.cardId, message.outcome); break;
      default: break;
    }
  }

  /** A file from Baton (a 交接书 copy): the words with it, then its name as a download link. */
  function fileLink(message) {
    const box = message.text ? bubbleWithText(message.text) : document.createElement('div');
    const link = document.createElement('a');
    link.href = message.url;
    link.download = message.title;
    link.textContent = '📄 ' + message.title;
    link.className = 'file';
    const line = document.createElement('div');
    line.append(link);
    box.append(line);
    return box;
  }

  function append(item) {
    const list = $('messages');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.append(item);
    if (atBottom || item.classList.contains('mine')) list.scrollTop = list.scrollHeight;
  }

  function time(at) {
    const date = at ? new Date(at) : new Date();
    // in the deployment's zone (BATON_ZONE, said by every mailbox read), as the console shows them
    const options = { hour: '2-digit', minute: '2-digit' };
    if (state.zone) options.timeZone = state.zone;
    const clock = date.toLocaleTimeString(state.lang === 'en' ? 'en' : 'zh-CN', options);
    // with its date when that is not Baton's today (newcomer 21 #20: with the demo clock
    // moved, messages days apart all read "10:06"): 12-06 10:06, 2025-12-06 10:06
    const on = day(date);
    if (!at || !state.today || on === state.today) return clock;
    return (on.slice(0, 4) === state.today.slice(0, 4) ? on.slice(5) : on) + ' ' + clock;
  }

  // the day a time falls on in the deployment's zone, as 2026-12-06
  function day(date) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit' };
    if (state.zone) options.timeZone = state.zone;
    const parts = {};
    for (const part of new Intl.DateTimeFormat('en', options).formatToParts(date)) parts[part.type] = part.value;
    return parts.year + '-' + parts.month + '-' + parts.day;
  }

  // a message's time line, kept with its time so a new day of Baton's dates it
  function stamp(meta, at, prefix) {
    meta.dataset.at = at || '';
    meta.dataset.prefix = prefix || '';
    meta.textContent = (prefix || '') + time(at);
    return meta;
  }

  // Baton's day changed (the demo clock moved, or midnight): yesterday's times get their date
  function restamp() {
    for (const meta of document.querySelectorAll('#messages .meta[data-at]')) {
      if (meta.dataset.at) meta.textContent = meta.dataset.prefix + time(meta.dataset.at);
    }
  }

  function theirs(message, bubble) {
    const item = el('li', 'theirs');
    bubble.append(stamp(el('span', 'meta'), message.at, t('baton') + ' · '));
    item.append(bubble);
    return item;
  }

  function bubbleWithText(text) {
    return el('div', 'bubble', text);
  }

  function showMine(message) {
    const waiting = state.pending.get(message.messageId);
    if (waiting) {
      state.pending.delete(message.messageId);
      waiting.classList.remove('pending', 'failed');
      stamp(waiting.querySelector('.meta'), message.at);
      const error = waiting.querySelector('.error');
      if (error) error.remove();
      return;
    }
    const item = mine(message.text, '');
    stamp(item.querySelector('.meta'), message.at);
    append(item);
  }

  function mine(text, meta) {
    const item = el('li', 'mine');
    const bubble = bubbleWithText(text);
    bubble.append(el('span', 'meta', meta));
    item.append(bubble);
    return item;
  }

  /** A small, safe subset of markdown: # headings, - lists, > quotes and **bold**, all as text nodes. */
  function markdown(title, text) {
    const bubble = el('div', 'bubble');
    bubble.style.whiteSpace = 'normal';
    if (title) bubble.append(el('span', 'md-title', title));
    for (const raw of String(text || '').split('\n')) {
      let line = raw;
      let className = 'md-line';
      if (/^#{1,6}\s/.test(line)) {
        line = line.replace(/^#{1,6}\s+/, '');
        className += ' md-heading';
      } else if (/^\s*[-*]\s/.test(line)) {
        line = '• ' + line.replace(/^\s*[-*]\s+/, '');
      } else if (/^>\s?/.test(line)) {
        line = line.replace(/^>\s?/, '');
        className += ' md-quote';
      }
      const node = el('span', className);
      line.split('**').forEach((part, i) => node.append(i % 2 === 1 ? el('strong', null, part) : document.createTextNode(part)));
      bubble.append(node);
    }
    return bubble;
  }

  // ---- cards ----------------------------------------------------------------------------------------------------

  function card(data) {
    const bubble = el('div', 'bubble card');
    bubble.append(el('div', 'card-title', data.title));
    if (data.body) bubble.append(el('div', 'card-body', data.body));
    const buttons = el('div', 'buttons');
    for (const b of data.buttons) {
      const button = el('button', null, b.label);
      button.type = 'button';
      button.disabled = state.group !== null; // a group is read here, not answered
      button.addEventListener('click', () => press(data.cardId, b.key));
      buttons.append(button);
    }
    const outcome = el('div', 'outcome');
    outcome.hidden = true;
    bubble.append(buttons, outcome);
    state.cards.set(data.cardId, { buttons, outcome });
    if (data.outcome) decide(data.cardId, data.outcome);
    return bubble;
  }

  function decide(cardId, outcome) {
    const shown = state.cards.get(cardId);
    if (!shown) return;
    shown.buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    shown.outcome.textContent = outcome;
    shown.outcome.hidden = false;
  }

  function setCardButtons(cardId, enabled) {
    const shown = state.cards.get(cardId);
    if (shown && shown.outcome.hidden) shown.buttons.querySelectorAll('button').forEach((b) => { b.disabled = !enabled; });
  }

  async function press(cardId, action) {
    const official = state.official;
    const clickId = newId();
    setCardButtons(cardId, false);
    try {
      await withRetry(() => api('POST', '/chat/api/cards/' + encodeURIComponent(cardId) + '/press',
        { officialId: official.id, action, clickId }));
    } catch (error) {
      if (error.status !== 409) setCardButtons(cardId, true);
      setStatus(t('pressFailed', error.message));
    }
  }

  // ---- sending --------------------------------------------------------------------------------------------------

  async function send() {
    const box = $('text');
    const text = box.value.trim();
    if (!text || !state.official || state.group) return;
    box.value = '';
    // "English" / "中文" said in the chat switch the conversation's language: the page follows it
    const said = text.toLowerCase();
    const lang = said === 'english' || said === '英文' ? 'en' : said === '中文' || said === 'chinese' ? 'zh' : null;
    if (lang && lang !== state.lang) {
      state.lang = lang;
      localStorage.setItem('baton.chat.lang', lang);
      applyLanguage();
    }
    const messageId = newId();
    const item = mine(text, t('sending'));
    item.classList.add('pending');
    state.pending.set(state.official.id + '-' + messageId, item);
    append(item);
    const official = state.official;
    try {
      await withRetry(() => api('POST', '/chat/api/messages', { officialId: official.id, text, messageId }));
    } catch (error) {
      item.classList.remove('pending');
      item.classList.add('failed');
      item.querySelector('.bubble').append(el('span', 'error', t('failed', error.message)));
    }
  }

  function start() {
    applyLanguage();
    $('lang').addEventListener('click', () => {
      state.lang = state.lang === 'en' ? 'zh' : 'en';
      localStorage.setItem('baton.chat.lang', state.lang);
      applyLanguage();
      if (state.official && !state.group) tellLanguage(state.official, true);
    });
    $('composer').addEventListener('submit', (event) => {
      event.preventDefault();
      send();
    });
    $('text').addEventListener('keydown', (event) => {
      // Enter while an input method is composing (pinyin) picks a candidate; it must not send
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        send();
      }
    });
    loadPeople();
  }

  start();
})();
