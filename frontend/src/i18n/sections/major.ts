/**
 * Major complaints (重大投诉): the 重大投诉认定标准 admin page and the
 * sign-off note when closing a major complaint. The audit action name lives
 * in `audit.ts`, the input-field names in `errors.ts`.
 */
export const majorZhCN = {
  'nav.adminMajor': '重大投诉标准',
  'admin.major.title': '重大投诉认定标准',
  'admin.major.subtitle': '满足任一条件的投诉自动列为重大投诉，须由中心负责人签字结案',
  'admin.major.card': '认定条件',
  'admin.major.amountOver': '金额超过（元）',
  'admin.major.amountOver.extra': '争议或索赔金额超过此数即为重大投诉；留空表示不按金额认定',
  'admin.major.channels': '渠道',
  'admin.major.channels.extra': '经这些渠道进入的投诉即为重大投诉',
  'admin.major.channels.none': '不按渠道认定',
  'admin.major.repeat': '同一问题重复投诉',
  'admin.major.repeat.extra': '客户就同一问题再次投诉时列为重大投诉',
  'admin.major.announcementOver': '同一公告投诉数超过',
  'admin.major.announcementOver.extra': '同一公告下的投诉超过此数时列为重大投诉；留空表示不按公告认定',
  'admin.major.off': '不启用',
  'admin.major.unit.count': '件',
  'admin.major.negative': '不能为负数',
  'admin.major.default': '当前为默认标准',
  'admin.major.default.desc': '尚未修改过；保存后即以本页的设置为准',
  'admin.major.lastChanged': '最近修改：{name}',
  'admin.major.someone': '未知用户',
  'admin.major.version': '版本 {version}',
  'admin.major.reset': '撤销修改',
  'admin.major.saved': '已保存重大投诉认定标准',

  'detail.field.note.CLOSE.major': '签字意见',
  'detail.field.note.CLOSE.major.extra': '重大投诉须由中心负责人签字结案',
} as const;

export const majorEnUS: Record<keyof typeof majorZhCN, string> = {
  'nav.adminMajor': 'Major complaints',
  'admin.major.title': 'What makes a complaint major',
  'admin.major.subtitle':
    'A complaint meeting any of these criteria becomes major; only a centre head may sign it off and close it',
  'admin.major.card': 'Criteria',
  'admin.major.amountOver': 'Amount over (CNY)',
  'admin.major.amountOver.extra': 'A disputed or claimed amount above this makes it major; empty: not by amount',
  'admin.major.channels': 'Channels',
  'admin.major.channels.extra': 'A complaint arriving through these channels is major',
  'admin.major.channels.none': 'Not by channel',
  'admin.major.repeat': 'Repeat complaint about the same issue',
  'admin.major.repeat.extra': 'A customer complaining again about the same issue makes it major',
  'admin.major.announcementOver': 'Complaints about one announcement over',
  'admin.major.announcementOver.extra':
    'More complaints than this about one announcement make them major; empty: not by announcement',
  'admin.major.off': 'Off',
  'admin.major.unit.count': 'complaints',
  'admin.major.negative': 'Must not be negative',
  'admin.major.default': 'The default criteria apply',
  'admin.major.default.desc': 'Never changed; once saved, the settings on this page apply',
  'admin.major.lastChanged': 'Last changed by {name}',
  'admin.major.someone': 'unknown user',
  'admin.major.version': 'Version {version}',
  'admin.major.reset': 'Undo changes',
  'admin.major.saved': 'Major-complaint criteria saved',

  'detail.field.note.CLOSE.major': 'Sign-off note',
  'detail.field.note.CLOSE.major.extra': 'A major complaint is closed with the centre head’s sign-off',
};
