// Overrides Camunda's cockpit/scripts/config.js (this file comes first on the classpath).
// The project's Simplified Chinese locale (locales/zh.json); browsers set to zh-CN, zh-TW … get it,
// every other language and every label zh.json leaves out fall back to English.
export default {
  // The header and the window title read "<vendor> <name>": the application's own name, not Camunda's.
  app: {
    name: '流程监控',
    vendor: '社区工作者管理'
  },
  // Decision tables' headings in Chinese (scripts/decision-table-zh.js).
  customScripts: ['scripts/decision-table-zh'],
  locales: {
    availableLocales: ['zh', 'en', 'de'],
    fallbackLocale: 'en'
  },
  // Deleting a process instance (or a deployment with its instances) runs the processes' listeners unless the
  // operator ticks the box: they keep the registry true (a deleted recruitment releases its seats). Camunda's
  // default ticks it.
  skipCustomListeners: {
    default: false,
    hidden: false
  }
};
