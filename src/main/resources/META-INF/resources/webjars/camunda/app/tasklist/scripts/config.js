// Overrides Camunda's tasklist/scripts/config.js (this file comes first on the classpath).
// The project's Simplified Chinese locale (locales/zh.json); browsers set to zh-CN, zh-TW … get it,
// every other language falls back to English. The keyboard shortcuts are Camunda's defaults.
export default {
  // The header and the window title read "<vendor> <name>": the application's own name, not Camunda's.
  app: {
    name: '任务列表',
    vendor: '社区工作者管理'
  },
  locales: {
    availableLocales: ['zh', 'en', 'de'],
    fallbackLocale: 'en'
  },
  // Chinese texts of forms and refusals (scripts/messages-zh.js); Tasklist's 办结 for Camunda Forms with a dynamic
  // list (scripts/form-validity.js); on a phone, the chosen task scrolled into view (scripts/task-in-view.js);
  // 我的申请 in the header (scripts/my-requests-link.js).
  customScripts: ['scripts/messages-zh', 'scripts/form-validity', 'scripts/task-in-view', 'scripts/my-requests-link'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '转到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '转到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '转到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
