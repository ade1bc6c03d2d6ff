// Baton console, DingTalk workbench (工作台) entry: inside the DingTalk client, DingTalk's JSAPI (window.dd, from
// dingtalk.open.js served by Baton itself, see README) gives a 免登码 for the corp; it is posted with the form's CSRF
// token and Baton signs the person in. Outside the client nothing happens and the page offers the other ways in.
(function () {
  var form = document.getElementById('free-login');
  if (!form || !window.dd || !dd.runtime || !dd.runtime.permission) {
    return;
  }
  dd.ready(function () {
    dd.runtime.permission.requestAuthCode({
      corpId: form.getAttribute('data-corp-id'),
      onSuccess: function (result) {
        document.getElementById('code').value = result.code;
        form.submit();
      },
      onFail: function () {
        document.getElementById('workbench-note').textContent = document.documentElement.lang === 'en'
          ? 'DingTalk did not sign you in here; please use another way below.'
          : '钉钉未能免登，请用下面的其他方式登录。';
      }
    });
  });
})();
