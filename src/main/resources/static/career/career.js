// The career page: reads /api/workers/{id}/career (the browser sends the HTTP Basic login it was asked for on /career/).
'use strict';

const SEXES = { MALE: '男', FEMALE: '女' };
const STATUSES = { PROBATION: '试用期', ACTIVE: '在岗', SECONDED: '借调', PUBLIC_INSTITUTION_STAFF: '事业单位工作人员',
  TERMINATED: '劳动关系终止' };
const ROLES = { SECRETARY: '社区党组织书记', DIRECTOR: '居民委员会主任', DEPUTY: '副书记、副主任',
  COMMITTEE_MEMBER: '"两委"委员', STAFF: '社区专职工作人员' };
const REFUSALS = { 401: '请先登录', 403: '您无权查阅这名社区工作者的履历', 404: '找不到这名社区工作者' };

function text(id, value) {
  document.getElementById(id).textContent = value == null ? '' : String(value);
}

// The process behind an entry: its name and a link to its audit trail (the audit page, for auditors).
function processLink(event) {
  const span = document.createElement('span');
  span.className = 'process';
  if (!event.processInstanceId) {
    span.textContent = '(非流程办理)';
    return span;
  }
  const a = document.createElement('a');
  a.href = '/audit/#' + encodeURIComponent(event.processInstanceId);
  a.target = '_blank';
  a.textContent = (event.processName || '流程') + ' · 审计记录';
  span.appendChild(a);
  return span;
}

function showTimeline(timeline) {
  const list = document.getElementById('timeline');
  list.replaceChildren();
  for (const event of timeline) {
    const item = document.createElement('li');
    const date = document.createElement('span');
    date.className = 'date';
    date.textContent = event.date || '';
    const section = document.createElement('span');
    section.className = 'section';
    section.textContent = event.sectionTitle;
    item.append(date, section, document.createTextNode(event.summary), processLink(event));
    if (event.detail) {
      const detail = document.createElement('div');
      detail.className = 'detail';
      detail.textContent = event.detail;
      item.appendChild(detail);
    }
    list.appendChild(item);
  }
}

function showSections(sections) {
  const container = document.getElementById('sections');
  container.replaceChildren();
  for (const section of sections) {
    const heading = document.createElement('h3');
    heading.textContent = section.title;
    heading.id = 'section-' + section.key;
    container.appendChild(heading);
    if (section.entries.length === 0) {
      const none = document.createElement('p');
      none.textContent = '无记录';
      container.appendChild(none);
      continue;
    }
    const table = document.createElement('table');
    table.createTHead().insertRow().append(...['日期', '事项', '依据或说明', '经办流程'].map(title => {
      const th = document.createElement('th');
      th.textContent = title;
      return th;
    }));
    const body = table.createTBody();
    for (const entry of section.entries) {
      const row = body.insertRow();
      [entry.date, entry.summary, entry.detail].forEach(value => { row.insertCell().textContent = value || ''; });
      row.insertCell().appendChild(processLink(entry));
    }
    container.appendChild(table);
  }
}

// the number of the latest career asked for: a number corrected before the first answer came shows only the second's
let careerAsked = 0;

async function showCareer(workerId) {
  const asked = ++careerAsked;
  const message = document.getElementById('message');
  message.textContent = '';
  const response = await fetch('/api/workers/' + encodeURIComponent(workerId) + '/career',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const career = response.ok ? await response.json() : null;
  if (asked !== careerAsked) {
    return;
  }
  if (!response.ok) {
    document.getElementById('career').hidden = true;
    message.textContent = REFUSALS[response.status] || '查询失败(' + response.status + ')';
    return;
  }
  const worker = career.worker;
  text('worker-name', worker.name + ' 的履历');
  text('worker-id', worker.workerId);
  text('worker-id-card', worker.idCardNumber == null ? '未登记'
    : worker.idCardNumber + (worker.idCardNumberMasked ? '(部分隐藏)' : ''));
  text('worker-sex', SEXES[worker.sex] || '');
  text('worker-birth', worker.birthDate);
  text('worker-unit', worker.communityName + '(' + worker.streetName + ')');
  text('worker-status', STATUSES[worker.status] || worker.status);
  text('worker-role', ROLES[worker.role] || worker.role);
  text('worker-grade', '第' + worker.gradeLevel + '级');
  showTimeline(career.timeline);
  showSections(career.sections);
  document.getElementById('career').hidden = false;
}

document.getElementById('open-form').addEventListener('submit', event => {
  event.preventDefault();
  const workerId = new FormData(event.target).get('worker').trim();
  history.replaceState(null, '', '?worker=' + encodeURIComponent(workerId));
  showCareer(workerId);
});

const requested = new URLSearchParams(location.search).get('worker');
if (requested) {
  document.querySelector('#open-form input[name=worker]').value = requested;
  showCareer(requested);
}
