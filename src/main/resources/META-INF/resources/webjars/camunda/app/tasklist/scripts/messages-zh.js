// Two kinds of message reach a Chinese approver in English: Camunda Forms (form-js) validation messages,
// and the engine's prefix "Cannot submit task form <id>: " before the project's own (Chinese) refusal.
// This module rewrites both, as they appear (on the page and in the start dialog), for browsers set to Chinese.
// Loaded through customScripts.
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
  [/^Cannot (?:submit task form|complete task) \S+: ([\s\S]+)$/, (m) => m[1]],
  [/^Cannot (?:submit start form|instantiate process definition) \S+: ([\s\S]+)$/, (m) => m[1]]
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function rewrite() {
  document.querySelectorAll('.fjs-form-field-error, .notifications .message').forEach((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = translate(node.nodeValue);
      if (chinese !== null && chinese !== node.nodeValue) {
        node.nodeValue = chinese;
      }
    }
  });
}

if ((navigator.language || '').toLowerCase().startsWith('zh')) {
  new MutationObserver(rewrite)
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
