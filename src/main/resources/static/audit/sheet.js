// The approval sheet (审批单) of one case, for printing on A4: /audit/sheet.html?id=<process instance id>.
'use strict';

function when(time) {
  return time ? time.substring(0, 16).replace('T', ' ') : '';
}

function row(body, cells) {
  const tr = body.insertRow();
  for (const text of cells) tr.insertCell().textContent = text == null ? '' : text;
  return tr;
}

function items(list) {
  return list.map(item => item.label + ':' + item.value).join('\n');
}

async function load() {
  const id = new URLSearchParams(location.search).get('id');
  const response = await fetch('/api/audit/process-instances/' + encodeURIComponent(id) + '/sheet',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    document.getElementById('title').textContent = '无法读取审批单(' + response.status + ')';
    return;
  }
  const sheet = await response.json();
  // 社区工作者借调审批 → 社区工作者借调审批单, not …审批审批单.
  const title = sheet.process.endsWith('审批') ? sheet.process + '单' : sheet.process + '审批单';
  document.title = title;
  document.getElementById('title').textContent = title;
  document.getElementById('business-key').textContent = sheet.businessKey || '';
  const worker = sheet.worker || {};
  document.getElementById('worker').textContent = worker.workerName ? worker.workerName + '(' + worker.workerId + ')' : '';
  document.getElementById('community').textContent = [worker.streetName, worker.communityName].filter(x => x).join(' ');
  document.getElementById('applicant-unit').textContent = sheet.applicantUnit || '';
  document.getElementById('applicant').textContent = sheet.applicant || '系统';
  document.getElementById('submitted').textContent = when(sheet.submitted);
  document.getElementById('ended').textContent = when(sheet.endTime);
  const request = document.querySelector('#request tbody');
  for (const item of sheet.request) row(request, [item.label, item.value]).cells[0].className = 'label';
  const opinions = document.querySelector('#opinions tbody');
  for (const opinion of sheet.opinions) {
    row(opinions, [opinion.step, opinion.unit, opinion.person, when(opinion.time), items(opinion.decision),
      items(opinion.remarks)]);
  }
  const outcome = sheet.outcome || {};
  document.getElementById('outcome').textContent = outcome.outcome
    ? outcome.outcome + (outcome.ended && outcome.ended !== outcome.outcome ? '(' + outcome.ended + ')' : '')
      + (outcome.reason ? '。理由:' + outcome.reason : '')
    : '办理中:' + (outcome.open || []).map(o => o.name + (o.units.length ? '(' + o.units.join('、') + ')' : '')).join(';');
  document.getElementById('instance').textContent = sheet.processInstanceId;
}

document.getElementById('print').addEventListener('click', () => window.print());
load();
