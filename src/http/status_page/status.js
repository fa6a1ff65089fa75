// The public status page: asks `complaintStatus` and shows what the
// customer may know. No login, no personal data, no framework.
(function () {
  'use strict';
  var STATES = [
    ['ACCEPTED', '已受理'],
    ['IN_PROGRESS', '已派专业部门查证处理'],
    ['INVESTIGATED', '已完成初步查证'],
    ['COMPLETED', '已完成处理'],
  ];
  var QUERY =
    'query Status($number: String!, $phoneLast4: String!) {' +
    ' complaintStatus(number: $number, phoneLast4: $phoneLast4) {' +
    ' number publicStatus publicStatusLabel registeredAt updatedAt completedAt nextReplyBy' +
    ' timeline { at kind publicStatusLabel body promisedReplyAt } } }';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('lookup');
  var error = $('form-error');

  function when(iso) {
    return new Date(iso).toLocaleString('zh-CN', {
      timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hour12: false,
    });
  }
  function show(id, text) {
    var el = $(id);
    var label = $(id + '-label');
    el.hidden = !text;
    if (label) label.hidden = !text;
    el.textContent = text || '';
  }
  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    $('result').hidden = true;
  }
  function render(s) {
    error.hidden = true;
    $('r-number').textContent = s.number;
    var steps = $('steps');
    steps.textContent = '';
    var reached = STATES.findIndex(function (st) { return st[0] === s.publicStatus; });
    STATES.forEach(function (st, i) {
      var li = document.createElement('li');
      li.textContent = st[1];
      li.className = i < reached ? 'done' : i === reached ? 'current' : '';
      if (i === reached) li.setAttribute('aria-current', 'step');
      steps.appendChild(li);
    });
    show('r-registered', when(s.registeredAt));
    show('r-updated', when(s.updatedAt));
    show('r-completed', s.completedAt && when(s.completedAt));
    show('r-next', s.nextReplyBy && when(s.nextReplyBy));
    var list = $('timeline');
    list.textContent = '';
    s.timeline.slice().reverse().forEach(function (e) {
      var li = document.createElement('li');
      var t = document.createElement('time');
      t.textContent = when(e.at);
      li.appendChild(t);
      var label = document.createElement('div');
      label.className = 'label';
      label.textContent = e.kind === 'NOTE' ? '进展说明' : e.publicStatusLabel;
      li.appendChild(label);
      if (e.body) {
        var body = document.createElement('div');
        body.textContent = e.body;
        li.appendChild(body);
      }
      if (e.promisedReplyAt) {
        var p = document.createElement('div');
        p.className = 'promise';
        p.textContent = '预计 ' + when(e.promisedReplyAt) + ' 前再次答复';
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    $('result').hidden = false;
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var number = $('number').value.trim().toUpperCase();
    var last4 = $('last4').value.trim();
    if (!/^TS\d{8}-\d{6,9}$/.test(number)) {
      return fail('受理编号格式不正确，应类似 TS20261207-000001。');
    }
    if (!/^\d{4}$/.test(last4)) return fail('请输入登记手机号的后四位数字。');
    var button = $('submit');
    button.disabled = true;
    button.textContent = '查询中…';
    fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { number: number, phoneLast4: last4 } }),
    })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var err = body.errors && body.errors[0];
        if (err) {
          var code = err.extensions && err.extensions.code;
          if (code === 'TOO_MANY_REQUESTS') return fail('查询过于频繁，请 10 分钟后再试。');
          if (code === 'BAD_USER_INPUT') return fail('受理编号或手机号后四位格式不正确。');
          return fail('查询暂时不可用，请稍后再试。');
        }
        var s = body.data && body.data.complaintStatus;
        if (!s) return fail('未查到该投诉，请核对受理编号和手机号后四位。');
        render(s);
      })
      .catch(function () { fail('网络异常，请稍后再试。'); })
      .then(function () {
        button.disabled = false;
        button.textContent = '查询';
      });
  });

  var n = new URLSearchParams(location.search).get('n');
  if (n) {
    $('number').value = n;
    $('last4').focus();
  }
})();
