// Overrides Camunda's welcome/scripts/config.js (this file comes first on the classpath).
// The project's Simplified Chinese locale (locales/zh.json); browsers set to zh-CN, zh-TW … get it,
// every other language and every label zh.json leaves out fall back to English.
export default {
  // The header and the window title read "<vendor> <name>": the application's own name, not Camunda's.
  app: {
    name: '首页',
    vendor: '社区工作者管理'
  },
  locales: {
    availableLocales: ['zh', 'en', 'de'],
    fallbackLocale: 'en'
  },
  // The application's own pages, under 链接 on the webapps' first page (首页, /camunda/app/welcome/), so that nobody
  // needs their addresses. Each page asks for the browser's login and shows only what its user may see.
  links: [
    {label: '我的申请', href: '/requests/', description: '本单位发起的申请:办到哪一步,结果和理由'},
    {label: '导入社区工作者名册', href: '/imports/', description: '县社会工作部门和街道组织人事办:下载模板,上传名册,查看导入进度和问题'},
    {label: '社区工作者队伍统计', href: '/statistics/', description: '市、县、街道的人员分布和结构、人员进出、借调、考核和培训'},
    {label: '流程审计', href: '/audit/', description: '审计人员:查阅已办结的流程、审批单和封存校验'}
  ]
};
