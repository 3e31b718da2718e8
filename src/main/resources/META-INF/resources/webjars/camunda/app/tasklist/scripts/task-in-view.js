// On a phone (narrow screen) Tasklist stacks its columns: filters, the task list, then the task, so the form of
// the task one taps is drawn far below, out of sight. When a newly chosen task's form appears, this module
// scrolls the task into view. Loaded through customScripts.
const PHONE = window.matchMedia('(max-width: 767px)');
let shown = null;

function chosenTask() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? match[1] : null;
}

function showChosenTask() {
  const task = chosenTask();
  const card = document.querySelector('.task-card');
  if (!PHONE.matches || task === null || task === shown || !card || !card.querySelector('.fjs-container')) {
    return;
  }
  shown = task;
  card.scrollIntoView({block: 'start'});
}

new MutationObserver(showChosenTask).observe(document.documentElement, {childList: true, subtree: true});
window.addEventListener('hashchange', showChosenTask);
