// The statistics page: reads /api/statistics/** (the browser sends the HTTP Basic login it was asked for on
// /statistics/) and draws each table with ECharts beside the table itself. The unit and the date are in the address
// (?level=county&code=990101&date=2026-01-01), so that a page can be bookmarked, sent and gone back to.
'use strict';

const ROLES = { SECRETARY: '社区党组织书记', DIRECTOR: '居民委员会主任', DEPUTY: '副书记、副主任',
  COMMITTEE_MEMBER: '"两委"委员', STAFF: '专职工作人员' };
const STATUSES = { PROBATION: '试用期', ACTIVE: '正式在岗', SECONDED: '借调中', PUBLIC_INSTITUTION_STAFF: '事业单位工作人员',
  TERMINATED: '已离开' };
const REFUSALS = { 401: '请先登录', 403: '您无权查看这个单位的统计', 404: '找不到这个单位或这张表' };
// The levels whose figures the API gives (a community's are the rows of its street's tables).
const LEVELS_WITH_FIGURES = ['CITY', 'COUNTY', 'STREET'];
const CJK = /[\u4e00-\u9fff]/;
// More columns than this: the table is laid out under its chart rather than beside it.
const WIDE = 8;

let units = [];
let charts = [];
let loading = 0;

/** A refusal or an error of the API, with a sentence in Chinese for the reader. */
class Problem extends Error {
}

// The problem detail's own words if they are Chinese, else a sentence for its status and the field it names.
async function problemOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (e) {
    // Not a problem detail (e.g. a proxy's page): the status says enough.
  }
  const violations = problem.violations || [];
  const chinese = [problem.detail, ...violations.map(v => v.message)].find(text => text && CJK.test(text));
  // The API names the field for programmers, e.g. "统计日期(date)": the reader needs the words only.
  if (chinese) return new Problem(chinese.replace(/[((][A-Za-z]+[))]/g, ''));
  if (violations.some(v => v.field === 'date')) return new Problem('统计日期有误:请选择今天或以前的日期');
  return new Problem(REFUSALS[response.status] || '查询失败(错误代码 ' + response.status + '),请稍后再试');
}

async function get(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

function element(tag, text, className) {
  const made = document.createElement(tag);
  if (text != null) made.textContent = text;
  if (className) made.className = className;
  return made;
}

function unitPath(unit) {
  return '/api/statistics/' + unit.level.toLowerCase() + '/' + encodeURIComponent(unit.code);
}

// 2026-12-04 as 2026年12月4日.
function chineseDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return year + '年' + month + '月' + day + '日';
}

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
}

// The unit and date the address asks for; without a unit, the first the user may open; without a date, today.
function requested() {
  const query = new URLSearchParams(location.search);
  const level = (query.get('level') || '').toUpperCase();
  const code = query.get('code');
  const unit = level && code ? { level, code } : units[0];
  return { unit, date: query.get('date') || '' };
}

function address(unit, date) {
  const query = new URLSearchParams({ level: unit.level.toLowerCase(), code: unit.code });
  if (date) query.set('date', date);
  return '?' + query;
}

// Another unit or date: a new entry in the history (the browser's back button returns to the previous figures).
function go(unit, date) {
  history.pushState(null, '', address(unit, date));
  load();
}

// A link to a unit's figures on the same date, or its name only if it has no figures of its own (a community).
function unitLink(unit, date) {
  if (!LEVELS_WITH_FIGURES.includes(unit.level)) return document.createTextNode(unit.name);
  const a = element('a', unit.name);
  a.href = address(unit, date);
  a.dataset.code = unit.code;
  a.addEventListener('click', event => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(unit, date);
  });
  return a;
}

function showMessage(text) {
  document.getElementById('message').textContent = text || '';
}

function fillPicker(current) {
  const picker = document.getElementById('unit');
  const listed = units.some(unit => unit.level === current.level && unit.code === current.code);
  picker.replaceChildren(...(listed ? units : [...units, current]).map(unit => {
    const option = element('option', unit.name || unit.code);
    option.value = unit.level + '/' + unit.code;
    return option;
  }));
  picker.value = current.level + '/' + current.code;
}

async function load() {
  const mine = ++loading;
  const { unit, date } = requested();
  const dateField = document.getElementById('date');
  dateField.max = today();
  if (!unit) {
    showMessage('您所在的单位没有可以查看的统计。');
    return;
  }
  fillPicker(unit);
  dateField.value = date;
  let statistics;
  try {
    statistics = await get(unitPath(unit) + (date ? '?date=' + encodeURIComponent(date) : ''));
  } catch (e) {
    if (mine !== loading) return;
    document.getElementById('statistics').hidden = true;
    showMessage(e instanceof Problem ? e.message : '无法连接服务器,请稍后再试');
    return;
  }
  if (mine !== loading) return;
  showMessage('');
  show(statistics);
}

function show(statistics) {
  const asOf = statistics.asOf;
  fillPicker(statistics.unit);
  document.getElementById('date').value = asOf;
  document.title = statistics.unit.name + ' 社区工作者队伍统计';
  document.getElementById('title').textContent =
    statistics.unit.name + ' 社区工作者队伍统计(截至' + chineseDate(asOf) + ')';
  const parent = document.getElementById('parent');
  parent.hidden = !statistics.parent;
  if (statistics.parent) document.getElementById('parent-link').replaceWith(parentLink(statistics.parent, asOf));
  const children = statistics.children || [];
  document.getElementById('children').hidden = children.length === 0;
  const childLinks = document.getElementById('children-links');
  childLinks.replaceChildren();
  children.forEach((child, index) => {
    if (index > 0) childLinks.append('、');
    childLinks.append(unitLink(child, asOf));
  });
  document.getElementById('workbook').href = unitPath(statistics.unit) + '/workbook?date=' + asOf;
  closeWorkers();
  charts.forEach(chart => chart.dispose());
  charts = [];
  const contents = document.getElementById('contents');
  contents.replaceChildren(...statistics.tables.map(table => {
    const a = element('a', table.title);
    a.href = '#table-' + table.key;
    return a;
  }));
  const container = document.getElementById('tables');
  container.replaceChildren(...statistics.tables.map(table => section(statistics, table)));
  document.getElementById('statistics').hidden = false;
  // Drawn once the sections are laid out, so that each chart takes its box's size.
  statistics.tables.forEach(table => draw(table, document.querySelector('#table-' + table.key + ' .chart')));
}

function parentLink(parent, asOf) {
  const link = unitLink(parent, asOf);
  link.id = 'parent-link';
  return link;
}

function section(statistics, table) {
  const part = element('section', null, 'table');
  part.id = 'table-' + table.key;
  part.append(element('h3', table.title));
  // A table of many columns (the grades, the movements) goes under its chart, across the page.
  const body = element('div', null, 'body' + (table.chart === 'NONE' ? ' no-chart' : '')
    + (table.columns.length > WIDE ? ' wide' : ''));
  if (table.chart !== 'NONE') body.append(element('div', null, 'chart'));
  const side = element('div', null, 'figures');
  side.append(figures(statistics, table), element('p', table.note, 'note'));
  const csv = element('a', '下载本表数据(逗号分隔文本)', 'csv');
  csv.href = unitPath(statistics.unit) + '/tables/' + encodeURIComponent(table.key) + '.csv?date=' + statistics.asOf;
  csv.download = '';
  side.append(csv);
  body.append(side);
  part.append(body);
  return part;
}

function figures(statistics, table) {
  const children = new Map((statistics.children || []).map(child => [child.code, child]));
  const grid = element('table');
  const heading = grid.createTHead().insertRow();
  heading.append(element('th', table.rowHeading), ...table.columns.map(column => element('th', column.label)));
  const rows = grid.createTBody();
  for (const row of table.rows) {
    rows.append(line(statistics, table, row, rowLabel(row, children, statistics.asOf)));
  }
  if (table.total) {
    grid.createTFoot().append(line(statistics, table, table.total, document.createTextNode(table.total.label || '合计')));
  }
  return grid;
}

// A child unit's row (key = its code; the assessment's rows are "year:code") links to that unit's figures.
function rowLabel(row, children, asOf) {
  const child = children.get(row.key) || children.get(row.key.substring(row.key.indexOf(':') + 1));
  if (!child || !LEVELS_WITH_FIGURES.includes(child.level)) return document.createTextNode(row.label);
  const link = unitLink(child, asOf);
  link.textContent = row.label;
  return link;
}

function line(statistics, table, row, label) {
  const tr = document.createElement('tr');
  tr.dataset.key = row.key;
  const th = element('th');
  th.scope = 'row';
  th.append(label);
  tr.append(th);
  table.columns.forEach((column, index) => {
    const value = row.values[index];
    const td = element('td', null, 'number');
    td.dataset.column = column.key;
    if (value == null) {
      td.textContent = '—';
      td.title = '不适用';
    } else if (statistics.workersVisible && column.drillable && value > 0) {
      const a = element('a', String(value));
      a.href = '#';
      a.title = '查看这 ' + value + ' 人的名单';
      a.addEventListener('click', event => {
        event.preventDefault();
        openWorkers(statistics, table, row, column);
      });
      td.append(a);
    } else {
      td.textContent = String(value);
    }
    tr.append(td);
  });
  return tr;
}

// The columns stacked in a bar: all but one that is the sum of the others in every row (在岗合计, 本年应培训), which
// would count everyone twice.
function stacked(table) {
  if (table.columns.length < 3) return table.columns.map((column, index) => index);
  const rows = table.rows.concat(table.total ? [table.total] : []);
  const isSum = index => rows.some(row => row.values[index] > 0) && rows.every(row => row.values[index]
    === row.values.reduce((sum, value, other) => other === index ? sum : sum + (value || 0), 0));
  const sum = table.columns.findIndex((column, index) => isSum(index));
  return table.columns.map((column, index) => index).filter(index => index !== sum);
}

function chartOptions(table) {
  const labels = table.rows.map(row => row.label);
  const common = { animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
    grid: { left: 32, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 } };
  switch (table.chart) {
    case 'PIE': {
      const data = table.columns.map((column, index) => ({ name: column.label, value: table.total.values[index] }))
        .filter(slice => slice.value > 0);
      return { animation: false, tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', '45%'], data,
          label: { formatter: '{b}\n{c}({d}%)' } }] };
    }
    case 'STACKED_BAR':
      return { ...common, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        series: stacked(table).map(index => ({ name: table.columns[index].label, type: 'bar', stack: 'all',
          data: table.rows.map(row => row.values[index]) })) };
    case 'LINE':
      return { ...common, series: table.columns.map((column, index) => ({ name: column.label, type: 'line',
        data: table.rows.map(row => row.values[index]) })) };
    default:
      return null;
  }
}

function draw(table, box) {
  const options = box && chartOptions(table);
  if (!options) return;
  const empty = table.chart === 'PIE' ? options.series[0].data.length === 0
    : table.rows.every(row => row.values.every(value => !value));
  if (empty) {
    box.classList.add('empty');
    box.textContent = '各项数字均为 0,不绘制图表';
    return;
  }
  const chart = echarts.init(box);
  chart.setOption(options);
  charts.push(chart);
}

// the number of the latest list asked for: a second click before the first list came shows only the second's
let workersAsked = 0;

async function openWorkers(statistics, table, row, column) {
  const asked = ++workersAsked;
  const panel = document.getElementById('workers-panel');
  const message = document.getElementById('workers-message');
  const body = document.querySelector('#workers tbody');
  document.getElementById('workers-title').textContent = statistics.unit.name + ' · ' + table.title + ' · '
    + (row.label || '合计') + ' · ' + column.label + '(截至' + chineseDate(statistics.asOf) + ')';
  message.textContent = '正在读取名单……';
  body.replaceChildren();
  panel.hidden = false;
  const query = new URLSearchParams({ date: statistics.asOf, table: table.key, row: row.key, column: column.key });
  let workers;
  try {
    workers = await get(unitPath(statistics.unit) + '/workers?' + query);
  } catch (e) {
    if (asked === workersAsked) {
      message.textContent = e instanceof Problem ? e.message : '无法连接服务器,请稍后再试';
    }
    return;
  }
  if (asked !== workersAsked) {
    return;
  }
  message.textContent = '共 ' + workers.length + ' 人。点击姓名查看其履历。';
  workers.forEach((worker, index) => {
    const tr = body.insertRow();
    tr.dataset.worker = worker.workerId;
    tr.insertCell().textContent = String(index + 1);
    const name = element('a', worker.name);
    name.href = '/career/?worker=' + encodeURIComponent(worker.workerId);
    name.target = '_blank';
    name.title = '查看履历';
    tr.insertCell().append(name);
    [worker.communityName, worker.streetName, ROLES[worker.role] || worker.role,
      STATUSES[worker.status] || worker.status].forEach(text => { tr.insertCell().textContent = text || ''; });
  });
  document.getElementById('workers-close').focus();
}

function closeWorkers() {
  document.getElementById('workers-panel').hidden = true;
}

async function start() {
  try {
    units = await get('/api/statistics/units');
  } catch (e) {
    showMessage(e instanceof Problem ? e.message : '无法连接服务器,请稍后再试');
    return;
  }
  await load();
}

document.getElementById('choose').addEventListener('submit', event => event.preventDefault());
document.getElementById('unit').addEventListener('change', event => {
  const [level, code] = event.target.value.split('/');
  go({ level, code }, document.getElementById('date').value);
});
document.getElementById('date').addEventListener('change', event => {
  if (event.target.validity.valid) go(requested().unit, event.target.value);
});
document.getElementById('workers-close').addEventListener('click', closeWorkers);
document.addEventListener('keydown', event => { if (event.key === 'Escape') closeWorkers(); });
window.addEventListener('popstate', load);
window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));
start();
