// What reaches a Chinese approver in English although the project's own texts are Chinese: Camunda Forms'
// (form-js) validation messages, relative times ("in 5 days"), its buttons and placeholders ("Select", "Expand all (39)", "Collapse", "Search"),
// its calendar (flatpickr, English, weeks from Sunday), the engine's prefixes "Cannot submit task form <id>: " /
// "Cannot instantiate process definition <id>: " before the project's own (Chinese) refusal, a bare "Forbidden",
// and the variable name a refusal names in brackets after its label ("社区意见(communityOpinion)").
// This module rewrites them as they appear, for browsers set to Chinese. Loaded through customScripts.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字。`],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.?$/, () => '请填写有效的电子邮箱。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请填写有效的值,最接近的有效值是 ${m[1]} 和 ${m[2]}。`],
  [/^Cannot (?:submit task form|complete task) \S+: ([\s\S]+)$/, (m) => withoutVariableNames(m[1])],
  [/^Cannot (?:submit start form|instantiate process definition) \S+: ([\s\S]+)$/,
    (m) => withoutVariableNames(m[1])],
  [/^Forbidden\.?$/, () => '没有权限办理此项操作。']
];

// Relative times of the task list and the task ("in 5 days", "a few seconds ago"): Tasklist's time-ago
// directive formats them in English whatever the locale.
const UNITS = {second: '秒', minute: '分钟', hour: '小时', day: '天', month: '个月', year: '年'};
const RELATIVE_TIMES = [
  [/^a few seconds ago$/, () => '刚才'],
  [/^in a few seconds$/, () => '几秒后'],
  [/^(in )?(a|an|\d+) (second|minute|hour|day|month|year)s?( ago)?$/,
    (m) => `${/^\d+$/.test(m[2]) ? m[2] : 1} ${UNITS[m[3]]}${m[1] ? '后' : '前'}`]
];

// Texts of the form's own controls (whole text nodes inside a Camunda Form).
const FORM_TEXTS = [
  [/^Select$/, () => '请选择'],
  [/^Expand all \((\d+)\)$/, (m) => `展开全部(${m[1]} 项)`],
  [/^Collapse$/, () => '收起'],
  [/^Add new$/, () => '添加一项']
];

// "社区意见(communityOpinion)必须填写" → "社区意见必须填写": a label followed by the variable it is stored in.
const VARIABLE_NAME = /([\u3400-\u9fff\uff09)])[((][a-z][A-Za-z0-9]*[))]/g;

function withoutVariableNames(text) {
  return text.replace(VARIABLE_NAME, '$1');
}

const CALENDAR = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function translate(rules, text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of rules) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function rewriteText(root, rules) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translate(rules, node.nodeValue);
    if (chinese !== null && chinese !== node.nodeValue.trim()) {
      node.nodeValue = chinese;
    }
  }
}

function rewrite() {
  document.querySelectorAll('.fjs-form-field-error, .notifications .message, .alert').forEach((element) => {
    rewriteText(element, MESSAGES);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const cleaned = withoutVariableNames(node.nodeValue);
      if (cleaned !== node.nodeValue) {
        node.nodeValue = cleaned;
      }
    }
  });
  document.querySelectorAll('[am-time-ago]').forEach((time) => rewriteText(time, RELATIVE_TIMES));
  document.querySelectorAll('.fjs-container').forEach((form) => {
    rewriteText(form, FORM_TEXTS);
    form.querySelectorAll('input[placeholder="Search"]').forEach((input) => {
      input.placeholder = '搜索';
    });
    form.querySelectorAll('input').forEach((input) => {
      const calendar = input._flatpickr;
      if (calendar && !calendar.chinese) {
        calendar.chinese = true;
        calendar.set('locale', CALENDAR);
      }
    });
  });
}

if ((navigator.language || '').toLowerCase().startsWith('zh')) {
  new MutationObserver(rewrite)
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
