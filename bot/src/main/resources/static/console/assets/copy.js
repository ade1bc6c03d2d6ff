// A "copy" button beside a text shown once (the API token): plain JS, nothing loaded from
// elsewhere. The button stays hidden without JavaScript; the text is on the page either way.
(function () {
  'use strict';
  function say(button, text) {
    var state = document.getElementById('copy-state');
    if (state) {
      state.textContent = text;
    }
  }
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function copy(button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) {
      return;
    }
    var text = source.textContent;
    var done = function () { say(button, button.getAttribute('data-done')); };
    var failed = function () {
      selectText(source);
      say(button, button.getAttribute('data-failed'));
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
      return;
    }
    // an intranet over plain HTTP has no Clipboard API: copy the selection
    selectText(source);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    if (copied) {
      done();
    } else {
      failed();
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('button[data-copy]');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      button.hidden = false;
      button.addEventListener('click', function (event) { copy(event.currentTarget); });
    }
  });
})();
