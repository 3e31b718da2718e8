// 我的申请 (/requests/: the requests of the person's units, with their current step or outcome and its reason) in
// Tasklist's header, beside 启动流程, so that whoever starts a request finds what became of it. The page is the
// application's own, outside the webapps: it opens in a new tab. Loaded through customScripts.
function addLink() {
  const startProcess = document.querySelector('.start-process-action');
  if (!startProcess || startProcess.parentNode.querySelector('.my-requests-action')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'my-requests-action';
  const link = document.createElement('a');
  link.href = '/requests/';
  link.target = '_blank';
  link.rel = 'noopener';
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-inbox';
  link.append(icon, ' 我的申请');
  item.append(link);
  startProcess.parentNode.insertBefore(item, startProcess.nextSibling);
}

new MutationObserver(addLink).observe(document.documentElement, {childList: true, subtree: true});
