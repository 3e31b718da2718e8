// Overrides Camunda's admin/scripts/config.js (this file comes first on the classpath).
// The project's Simplified Chinese locale (locales/zh.json); browsers set to zh-CN, zh-TW … get it,
// every other language and every label zh.json leaves out fall back to English.
export default {
  // The header and the window title read "<vendor> <name>": the application's own name, not Camunda's.
  app: {
    name: '系统管理',
    vendor: '社区工作者管理'
  },
  locales: {
    availableLocales: ['zh', 'en', 'de'],
    fallbackLocale: 'en'
  }
};
