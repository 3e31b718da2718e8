// 导入社区工作者名册: uploads a roster (POST /api/roster-imports, HTTP Basic), follows its import in the background,
// and shows its end: the workers imported, or every problem of the file by row. Lists the caller's latest uploads.
'use strict';

function when(time) {
  return time ? new Date(time).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '';
}

async function problem(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || '';
  } catch (e) {
    return '';
  }
}

function outcome(upload) {
  if (upload.state === 'IMPORTED') {
    return '已导入 ' + upload.imported + ' 名社区工作者';
  }
  return upload.state === 'REFUSED' ? upload.detail : '';
}

function show(upload) {
  document.getElementById('current').hidden = false;
  document.getElementById('current-name').textContent = (upload.fileName || '名册') + '(第 ' + upload.id + ' 号导入,'
    + when(upload.requestedAt) + ' 上传)';
  document.getElementById('current-state').textContent = upload.stateLabel;
  const total = upload.total || 0;
  const finished = upload.state === 'IMPORTED';
  [['checked', upload.checked, '已检查 ' + upload.checked + ' / ' + total + ' 行'],
    ['stored', finished ? total : upload.stored, '已保存 ' + (finished ? total : upload.stored) + ' / ' + total + ' 名']]
    .forEach(([id, value, text]) => {
      const bar = document.getElementById(id);
      bar.max = Math.max(total, 1);
      bar.value = value;
      document.getElementById(id + '-count').textContent = total ? text : '';
    });
  const end = document.getElementById('outcome');
  end.textContent = outcome(upload);
  end.className = upload.state === 'IMPORTED' ? 'imported' : upload.state === 'REFUSED' ? 'refused' : '';
  const table = document.getElementById('problems');
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const p of upload.problems || []) {
    const row = body.insertRow();
    // the message names the column, in Chinese and as the file names it
    [p.row == null ? '' : '第 ' + p.row + ' 行', p.message].forEach(text => {
      row.insertCell().textContent = text;
    });
  }
  table.hidden = !(upload.problems && upload.problems.length);
}

let following = null;

async function follow(address) {
  following = address;
  for (;;) {
    const response = await fetch(address, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (following !== address) {
      return;
    }
    if (!response.ok) {
      document.getElementById('outcome').textContent = '无法读取导入进度(' + response.status + ')' + await problem(response);
      return;
    }
    const upload = await response.json();
    show(upload);
    if (upload.finishedAt) {
      latest();
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

async function upload(event) {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  const refused = document.getElementById('upload-refused');
  refused.hidden = true;
  if (!file) {
    return;
  }
  const response = await fetch('/api/roster-imports?name=' + encodeURIComponent(file.name), {
    method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }
  });
  if (response.status !== 202) {
    refused.textContent = '上传未被接受:' + (await problem(response) || '(' + response.status + ')');
    refused.hidden = false;
    return;
  }
  document.getElementById('upload').reset();
  follow(response.headers.get('Location'));
  latest();
}

// the number of the list's latest reading: an upload and its end both read the list, and only the last reading's
// answer is shown (two answers filling the table in turn would list every upload twice)
let latestReading = 0;

async function latest() {
  const reading = ++latestReading;
  const response = await fetch('/api/roster-imports', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const uploads = response.ok ? await response.json() : null;
  if (reading !== latestReading) {
    return;
  }
  const body = document.querySelector('#latest tbody');
  body.replaceChildren();
  if (!uploads) {
    body.insertRow().insertCell().textContent = '无法读取最近的导入(' + response.status + ')';
    return;
  }
  document.getElementById('none').hidden = uploads.length > 0;
  for (const u of uploads) {
    const row = body.insertRow();
    [u.fileName || '名册', when(u.requestedAt), u.stateLabel, outcome(u)].forEach(text => {
      row.insertCell().textContent = text || '';
    });
    row.addEventListener('click', () => follow('/api/roster-imports/' + u.id));
  }
}

document.getElementById('upload').addEventListener('submit', upload);
latest();
