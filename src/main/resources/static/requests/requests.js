// 我的申请: the requests the user's units started and what became of them (GET /api/my-requests, HTTP Basic).
'use strict';

function when(time) {
  return time ? time.substring(0, 16).replace('T', ' ') : '';
}

function status(outcome) {
  if (outcome.outcome) {
    return outcome.outcome + (outcome.ended && outcome.ended !== outcome.outcome ? '(' + outcome.ended + ')' : '');
  }
  return '办理中:' + outcome.open.map(o => o.name + (o.units.length ? '(' + o.units.join('、') + ')' : '')).join(';');
}

async function load() {
  const response = await fetch('/api/my-requests', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = document.querySelector('#requests tbody');
  if (!response.ok) {
    body.insertRow().insertCell().textContent = '无法读取申请(' + response.status + ')';
    return;
  }
  const requests = await response.json();
  document.getElementById('empty').hidden = requests.length > 0;
  for (const request of requests) {
    const row = body.insertRow();
    row.dataset.id = request.processInstanceId;
    const outcome = request.outcome;
    row.className = outcome.outcome ? 'decided' : 'running';
    [request.process, request.workerName ? request.workerName + (request.communityName ? '(' + request.communityName + ')' : '') : '',
      when(request.submitted), request.submittedBy, status(outcome), outcome.reason || '']
      .forEach(text => { row.insertCell().textContent = text == null ? '' : text; });
    if (request.workerId) {
      // The worker's career page (履历), for those who may see the worker.
      const worker = row.cells[1];
      const a = document.createElement('a');
      a.href = '/career/?worker=' + encodeURIComponent(request.workerId);
      a.target = '_blank';
      a.textContent = worker.textContent;
      worker.replaceChildren(a);
    }
  }
}

load();
