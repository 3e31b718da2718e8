// Cockpit draws decision tables with dmn-js, whose headings are English ("Hit policy:", "When", "And", "Then",
// the hit policy's name, the columns' types) and not in Cockpit's locale files. This module rewrites them, for browsers set to
// Chinese, as the tables appear. Loaded through customScripts.
const HEADINGS = {
  'Hit Policy:': '命中规则:',
  'Hit policy:': '命中规则:',
  'When': '当',
  'And': '且',
  'Then': '则',
  'Annotations': '注释',
  'Unique': '唯一命中',
  'First': '首条命中',
  'Priority': '按优先级',
  'Any': '任一命中',
  'Collect': '汇总',
  'Rule order': '按规则顺序',
  'Output order': '按输出顺序',
  'string': '文字',
  'boolean': '是/否',
  'integer': '整数',
  'long': '整数',
  'double': '数字',
  'number': '数字',
  'date': '日期'
};

function rewrite() {
  document.querySelectorAll('.tjs-container').forEach((table) => {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Only the table's own headings: the cells (the rules) are the model's, never rewritten.
      if (node.parentElement && node.parentElement.closest('tbody')) {
        continue;
      }
      const chinese = HEADINGS[node.nodeValue.trim()];
      if (chinese) {
        node.nodeValue = chinese;
      }
    }
  });
}

if ((navigator.language || '').toLowerCase().startsWith('zh')) {
  new MutationObserver(rewrite)
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
