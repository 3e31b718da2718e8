// The audit page: reads /api/audit/** (the browser sends the HTTP Basic login it was asked for on /audit/).
'use strict';

const KINDS = { START: '启动', ACTIVITY: '流程节点', TASK: '人工任务', OPERATION: '用户操作', DECISION: '决策',
  VALUES: '系统写入', COMMENT: '备注', INCIDENT: '异常', JOB_FAILURE: '作业失败' };
const STATES = { ACTIVE: '进行中', COMPLETED: '已完成', EXTERNALLY_TERMINATED: '已撤销', INTERNALLY_TERMINATED: '已终止',
  SUSPENDED: '已挂起' };
const SEALS = { INTACT: '封存完好', CHANGED: '封存后历史被改动', DELETED: '历史被删除', EXPIRED: '历史已按期限清理',
  SEAL_ALTERED: '封存记录被改动', CHAIN_BROKEN: '封存链断裂', UNVERIFIABLE: '历史无法读取,无法核对',
  UNSEALABLE: '无法封存', UNSEALED: '结束后未封存' };
const ATTRIBUTES = { GRADE: '岗位等级', PAY: '薪酬', STATUS: '状态', CONTRACT_END: '合同期满', QUALIFICATION: '职业资格',
  CONTRACT_KIND: '劳动合同类型', FIXED_TERM_CONTRACTS: '连续订立固定期限劳动合同次数', COMMUNITY: '所在社区',
  CREDITED_YEARS: '累计的省内外地社区工作年限', ROLE: '职务', DISCIPLINARY_ACTION: '处分', INVESTIGATION: '立案审查调查',
  SECRETARY_TERM: '社区党组织书记任期', ID_CARD_NUMBER: '身份证号码' };
// The registry's codes (a worker's status, qualification, education, rating), as the change log and the decisions'
// inputs hold them; a value a form offers as an option is shown with the form's own label instead.
const REGISTRY = { PROBATION: '试用期', ACTIVE: '在岗', SECONDED: '借调', PUBLIC_INSTITUTION_STAFF: '事业单位工作人员',
  TERMINATED: '已解除劳动合同', NONE: '无职业资格', ASSISTANT_SOCIAL_WORKER: '助理社会工作师', SOCIAL_WORKER: '社会工作师',
  SENIOR_SOCIAL_WORKER: '高级社会工作师', HIGH_SCHOOL: '高中及以下', JUNIOR_COLLEGE: '大专', BACHELOR: '本科',
  MASTER: '硕士研究生', DOCTOR: '博士研究生', EXCELLENT: '优秀', QUALIFIED: '合格', BASICALLY_QUALIFIED: '基本合格',
  UNQUALIFIED: '不合格', NOT_RATED: '不定等次', FIXED_TERM: '固定期限劳动合同', OPEN_ENDED: '无固定期限劳动合同' };

let page = 0;
let viewer;

// The number of the latest question of each kind (the search, a worker, a trail, a verification followed): an answer
// that comes after a newer question of its kind is dropped, so that a slow answer never replaces what was asked last.
const asked = { search: 0, worker: 0, instance: 0, verification: 0 };

function ask(kind) {
  const question = ++asked[kind];
  return () => question === asked[kind];
}

async function get(path, type) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: type || 'application/json' } });
  if (!response.ok) {
    throw new Error(path + ': ' + response.status);
  }
  return type === 'application/xml' ? response.text() : response.json();
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text == null ? '' : text;
  if (className) td.className = className;
  return td;
}

// A worker's name as a link to their career page (履历), in a new tab.
function careerLink(container, workerId, name) {
  if (!workerId) {
    container.textContent = name || '';
    return;
  }
  const a = document.createElement('a');
  a.href = '/career/?worker=' + encodeURIComponent(workerId);
  a.target = '_blank';
  a.textContent = name || workerId;
  a.title = '查看履历';
  a.addEventListener('click', event => event.stopPropagation());
  container.replaceChildren(a);
}

function show(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function pairs(object) {
  return Object.entries(object || {}).map(([name, value]) => name + ' = ' + show(value)).join('\n');
}

// A value as its form showed it: an option's label, yes/no in words (the raw value stays in the CSV).
function shown(labels, variable, value) {
  const options = (labels && labels.options[variable]) || {};
  if (Array.isArray(value)) return value.map(item => shown(labels, variable, item)).join('、');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  if (Object.hasOwn(options, String(value))) return options[String(value)];
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && Object.hasOwn(REGISTRY, value)) return REGISTRY[value];
  return value == null ? '' : String(value);
}

// The values a step wrote, by their labels; those without a label (the system's own variables) go under 原始值.
function labelled(cellElement, labels, activityId, values) {
  const own = (labels && labels.steps[activityId]) || {};
  const lines = [];
  const raw = {};
  // The step's form's fields in the form's order, then the rest.
  const names = Object.keys(own).filter(name => values && name in values)
    .concat(Object.keys(values || {}).filter(name => !(name in own)));
  for (const name of names) {
    const value = values[name];
    const label = own[name] || (labels && labels.fields[name]);
    if (label) lines.push(label + ':' + shown(labels, name, value)); else raw[name] = value;
  }
  cellElement.textContent = lines.join('\n');
  if (Object.keys(raw).length) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = '原始值';
    const pre = document.createElement('div');
    pre.textContent = pairs(raw);
    details.append(summary, pre);
    cellElement.appendChild(details);
  }
}

// A moment as people write it: 2026-12-03 09:30:15 (China time, as recorded).
function when(time) {
  return time ? time.substring(0, 19).replace('T', ' ') : '';
}

function person(labels, userId) {
  return userId == null ? '' : (labels && labels.users[userId]) || userId;
}

function outcomeText(outcome, state) {
  if (!outcome) return STATES[state] || state;
  if (outcome.outcome) {
    return outcome.outcome + (outcome.ended && outcome.ended !== outcome.outcome ? '(' + outcome.ended + ')' : '')
      + (outcome.reason ? ':' + outcome.reason : '');
  }
  return '办理中:' + outcome.open.map(o => o.name + (o.units.length ? '(' + o.units.join('、') + ')' : '')).join(';');
}

async function search(event) {
  if (event) { event.preventDefault(); page = 0; }
  const form = new FormData(document.getElementById('search-form'));
  const query = new URLSearchParams();
  for (const [name, value] of form.entries()) if (value) query.set(name, value);
  query.set('page', page);
  const current = ask('search');
  const result = await get('/api/audit/process-instances?' + query);
  if (!current()) return;
  const body = document.querySelector('#instances tbody');
  body.replaceChildren();
  for (const item of result.items) {
    const row = body.insertRow();
    row.dataset.id = item.id;
    cell(row, item.processDefinitionName || item.processDefinitionKey);
    careerLink(cell(row, ''), item.workerId, item.workerName);
    cell(row, item.businessKey);
    cell(row, outcomeText(item.outcome, item.state));
    cell(row, item.startedBy || item.startUserId);
    cell(row, when(item.startTime));
    cell(row, when(item.endTime));
    cell(row, item.sealed ? '已封存' : '');
    row.addEventListener('click', () => showInstance(item.id));
  }
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  document.getElementById('page-info').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页,共 ' + result.total + ' 个';
  document.getElementById('previous').disabled = page === 0;
  document.getElementById('next').disabled = page + 1 >= pages;
  const ids = [...new Set(result.items.map(item => item.workerId).filter(id => id))];
  const worker = form.get('worker');
  if (worker && ids.length === 1) {
    showWorker(ids[0]);
  } else {
    ask('worker');
    document.getElementById('worker').hidden = true;
  }
}

async function showWorker(workerId) {
  const current = ask('worker');
  const worker = await get('/api/audit/workers/' + encodeURIComponent(workerId));
  if (!current()) return;
  document.getElementById('worker-id').textContent = worker.name + '(' + worker.workerId + ')';
  document.getElementById('career-link').href = '/career/?worker=' + encodeURIComponent(worker.workerId);
  const body = document.querySelector('#changes tbody');
  body.replaceChildren();
  for (const change of worker.changes) {
    const row = body.insertRow();
    [when(change.changedAt), ATTRIBUTES[change.attribute] || change.attribute, REGISTRY[change.oldValue] || change.oldValue,
      REGISTRY[change.newValue] || change.newValue, change.effectiveDate, change.reason, change.changedBy]
      .forEach(text => cell(row, text));
    const link = cell(row, '');
    if (change.processInstanceId) {
      const a = document.createElement('a');
      a.href = '#' + change.processInstanceId;
      a.textContent = change.processInstanceId;
      a.addEventListener('click', () => showInstance(change.processInstanceId));
      link.appendChild(a);
    }
    cell(row, change.decisionInstanceId);
  }
  document.getElementById('worker').hidden = false;
}

async function showInstance(id) {
  const current = ask('instance');
  const view = await get('/api/audit/process-instances/' + encodeURIComponent(id));
  if (!current()) return;
  const trail = view.trail;
  document.getElementById('instance').hidden = false;
  document.getElementById('instance-title').textContent = (trail.processDefinitionName || trail.processDefinitionKey)
    + ' · ' + (trail.businessKey || trail.processInstanceId);
  document.getElementById('outcome').textContent = outcomeText(view.outcome, trail.state);
  document.getElementById('sheet').href = 'sheet.html?id=' + encodeURIComponent(id);
  const seal = document.getElementById('seal');
  seal.className = view.seal ? 'seal-' + view.seal.status : '';
  seal.textContent = view.seal
    ? '封存第 ' + view.seal.seq + ' 号,' + view.seal.sealedAt + ',SHA-256 ' + view.seal.trailHash + ':'
      + SEALS[view.seal.status] + (view.seal.detail ? '(' + view.seal.detail + ')' : '')
    : (trail.endTime ? '尚未封存(结束后数秒内封存)' : '流程进行中,结束后封存');
  document.getElementById('csv').onclick = event => { event.preventDefault(); downloadCsv(id); };
  timeline(trail, view.labels);
  await diagram(id, trail, current);
}

function timeline(trail, labels) {
  const body = document.querySelector('#timeline tbody');
  const decisions = document.querySelector('#decisions tbody');
  body.replaceChildren();
  decisions.replaceChildren();
  for (const step of trail.steps) {
    const row = body.insertRow();
    cell(row, when(step.time));
    cell(row, KINDS[step.kind] || step.kind);
    cell(row, step.name || step.operationType || step.activityId);
    cell(row, person(labels, step.actor));
    cell(row, (step.candidateGroups || []).map(group => (labels && labels.groups[group]) || group).join('、'));
    labelled(cell(row, '', 'values'), labels, step.activityId, step.values);
    cell(row, (step.overrides || []).map(o => Object.entries(o.values).map(([name, value]) =>
      ((labels && labels.fields[name]) || name) + ':' + shown(labels, name, value)).join(',') + ' 理由:' + o.reason)
      .join('\n'), 'values');
    cell(row, step.message || (step.changes ? pairs(step.changes) : ''));
    for (const decision of step.decisions || []) {
      const line = decisions.insertRow();
      cell(line, when(decision.time));
      const key = decision.decisionKey + '/';
      cell(line, decision.decisionName || decision.decisionKey);
      cell(line, decision.inputs.map(i => i.name + ':' + shown(labels, labels && labels.inputs[key + i.clauseId], i.value))
        .join('\n'), 'values');
      cell(line, decision.matchedRules.map(rule => (labels && labels.rules[key + rule]) || rule).join('\n'));
      cell(line, decision.outputs.map(o => (o.name || o.variableName) + ':' + shown(labels, o.variableName, o.value))
        .join('\n'), 'values');
    }
  }
}

async function diagram(id, trail, current) {
  const xml = await get('/api/audit/process-instances/' + encodeURIComponent(id) + '/diagram', 'application/xml');
  if (!current()) return;
  if (viewer) viewer.destroy();
  viewer = new BpmnJS({ container: '#diagram' });
  await viewer.importXML(xml);
  if (!current()) return;
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  canvas.zoom('fit-viewport');
  const visited = new Set(trail.steps.filter(s => s.activityId && s.kind !== 'INCIDENT' && s.kind !== 'JOB_FAILURE'
    && s.kind !== 'DECISION').map(s => s.activityId));
  const open = new Set(trail.steps.filter(s => s.activityId && (s.kind === 'TASK' || s.kind === 'ACTIVITY') && !s.endTime)
    .map(s => s.activityId));
  for (const element of registry.getAll()) {
    const bo = element.businessObject;
    if (visited.has(element.id)) canvas.addMarker(element.id, 'visited');
    if (open.has(element.id)) canvas.addMarker(element.id, 'active');
    if (element.waypoints && bo.sourceRef && bo.targetRef && visited.has(bo.sourceRef.id) && visited.has(bo.targetRef.id)) {
      canvas.addMarker(element.id, 'visited');
    }
  }
}

async function downloadCsv(id) {
  const response = await fetch('/api/audit/process-instances/' + encodeURIComponent(id),
    { credentials: 'same-origin', headers: { Accept: 'text/csv' } });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = 'trail-' + id + '.csv';
  a.click();
  URL.revokeObjectURL(url);
}

// Verifications of the seals run in the background: the page asks for one, then follows its progress.
const VERIFICATION_KINDS = { FULL: '全面核验', INCREMENTAL: '增量核验' };
let following;

async function verify(kind) {
  const response = await fetch('/api/audit/verifications', { method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ kind }) });
  const answer = await response.json();
  if (!response.ok) {
    document.getElementById('verify-result').textContent = answer.detail || ('核验未能发起:' + response.status);
    return;
  }
  follow(answer.id);
}

async function follow(id) {
  clearTimeout(following);
  const current = ask('verification');
  const verification = await get('/api/audit/verifications/' + id);
  if (!current()) return;
  showVerification(verification);
  if (!verification.finished) {
    following = setTimeout(() => follow(id), 1000);
  }
}

function showVerification(v) {
  const name = '第 ' + v.id + ' 号' + VERIFICATION_KINDS[v.kind] + '(' + v.requestedBy + ' 于 ' + when(v.requestedAt) + ' 发起,'
    + (v.total > 0 ? '核对第 ' + v.fromSeq + ' 至 ' + v.toSeq + ' 号封存记录' : '上次核验以来没有新的封存记录') + ')';
  const progress = document.getElementById('verify-progress');
  progress.max = Math.max(v.total, 1);
  progress.value = v.finished ? progress.max : v.checked;
  progress.hidden = false;
  document.getElementById('verify-result').textContent = !v.finished
    ? name + ':进行中,已核对 ' + v.checked + ' / ' + v.total + ' 条,发现 ' + v.problemCount + ' 处问题'
    : name + ':' + when(v.finishedAt) + ' 完成,' + (v.intact ? '核对的 ' + v.checked + ' 条封存记录全部完好'
      : '发现 ' + v.problemCount + ' 处问题(核对 ' + v.checked + ' 条)')
      + (v.rechecked ? ',并重新核对了 ' + v.rechecked + ' 条较早的记录' : '')
      + (v.expired ? ';其中 ' + v.expired + ' 条的历史数据已按保存期限清理,以封存记录为准' : '');
  document.getElementById('verify-not-covered').textContent = v.notCovered || '';
  const list = document.getElementById('problems');
  list.replaceChildren();
  for (const problem of v.problems || []) {
    const item = document.createElement('li');
    item.textContent = (problem.seq ? '第 ' + problem.seq + ' 号 ' : '') + (problem.processInstanceId
      ? (problem.processDefinitionKey || '') + ' ' + (problem.businessKey || '') + ' ' + problem.processInstanceId + ':' : '')
      + (SEALS[problem.status] || problem.status) + ' ' + (problem.detail || '');
    list.appendChild(item);
  }
}

// The last verification, shown when the page opens; dropped if the auditor has asked for one before it came.
async function lastVerification() {
  const followedBefore = asked.verification;
  const latest = await get('/api/audit/verifications');
  if (latest.length > 0 && asked.verification === followedBefore) follow(latest[0].id);
}

document.getElementById('search-form').addEventListener('submit', search);
document.getElementById('previous').addEventListener('click', () => { page--; search(); });
document.getElementById('next').addEventListener('click', () => { page++; search(); });
document.getElementById('verify-full').addEventListener('click', () => verify('FULL'));
document.getElementById('verify-incremental').addEventListener('click', () => verify('INCREMENTAL'));
lastVerification();
if (location.hash.length > 1) showInstance(location.hash.substring(1));
search();
