/**
 * Messages of the compliance alerts (合规预警) on the 合规审计 page
 * (`compliance.*`, the rule names `complianceRule.*`, and the audit trail's
 * names for the compliance actions), merged into `zh-CN.ts` / `en-US.ts`.
 * The English table must have the same keys.
 */
export const complianceZhCN = {
  'compliance.title': '合规预警',
  'compliance.help':
    '按规则持续监测个人信息的访问：规则开始成立时触发一条预警，持续成立期间保持，不再成立时自动解除。请核查后填写说明予以确认。',
  'compliance.filter': '按状态筛选',
  'compliance.refresh': '刷新合规预警',
  'compliance.rulesButton': '规则设置',
  'compliance.empty': '没有符合条件的合规预警',
  'compliance.empty.open': '当前没有需要处理的合规预警',

  'compliance.col.rule': '规则',
  'compliance.col.actor': '人员',
  'compliance.col.reading': '读数 / 阈值',
  'compliance.col.state': '状态',
  'compliance.col.raisedAt': '发生时间',
  'compliance.col.handling': '处理',

  'compliance.state.RAISED': '未处理',
  'compliance.state.ACKNOWLEDGED': '已确认',
  'compliance.state.CLEARED': '已解除',

  'complianceRule.MASS_ACCESS': '批量查看客户',
  'complianceRule.OFF_HOURS': '非工作时间访问',
  'complianceRule.REPEATED_DENIALS': '频繁被拒',
  'complianceRule.LARGE_EXPORT': '大批量导出',

  'compliance.ruleHelp.MASS_ACCESS': '同一人在 {window} 分钟内查看（或显示完整联系方式）的客户超过 {threshold} 位',
  'compliance.ruleHelp.OFF_HOURS':
    '在本人所在团队工作日历规定的工作时间以外访问客户个人信息，{window} 分钟内达到 {threshold} 次',
  'compliance.ruleHelp.REPEATED_DENIALS': '同一人在 {window} 分钟内因权限不足或越权被系统拒绝达到 {threshold} 次',
  'compliance.ruleHelp.LARGE_EXPORT': '{window} 分钟内有一次导出超过 {threshold} 行',

  'compliance.reading.MASS_ACCESS': '{value} 位客户 / {window} 分钟',
  'compliance.reading.OFF_HOURS': '非工作时间 {value} 次',
  'compliance.reading.REPEATED_DENIALS': '被拒 {value} 次',
  'compliance.reading.LARGE_EXPORT': '导出 {value} 行',
  'compliance.threshold.MASS_ACCESS': '阈值：超过 {threshold} 位 / {window} 分钟',
  'compliance.threshold.OFF_HOURS': '阈值：{threshold} 次 / {window} 分钟',
  'compliance.threshold.REPEATED_DENIALS': '阈值：{threshold} 次 / {window} 分钟',
  'compliance.threshold.LARGE_EXPORT': '阈值：单次超过 {threshold} 行',
  'compliance.lastEvaluated': '最近一次评估：{time}',

  'compliance.ack': '确认',
  'compliance.ackBy': '{name} 于 {time} 确认',
  'compliance.ackNote': '说明：{note}',
  'compliance.clearedAt': '解除于 {time}',
  'compliance.ack.title': '确认合规预警',
  'compliance.ack.help': '请写明核查了什么、结论如何、采取了哪些措施。确认会记入审计日志；规则不再成立时预警自动解除。',
  'compliance.ack.note': '处理说明',
  'compliance.ack.note.required': '请填写处理说明',
  'compliance.ack.note.ph': '如：已与本人及其主管核实，系批量回访任务所需，属正常业务',
  'compliance.ack.ok': '确认预警',
  'compliance.ack.cancel': '取消',
  'compliance.ack.done': '合规预警已确认',
  'compliance.ack.failed': '确认未成功',
  'compliance.ack.conflict': '该预警已被他人确认或已经解除，只有未处理的预警才能确认。列表已刷新，请查看最新状态。',

  'compliance.rules.title': '合规预警规则',
  'compliance.rules.help': '修改保存后即时生效，并记入审计日志。阈值范围 1–1,000,000，时间窗 1–1440 分钟。',
  'compliance.rules.enabled': '启用',
  'compliance.rules.threshold': '阈值',
  'compliance.rules.window': '时间窗（分钟）',
  'compliance.rules.minutes': '分钟',
  'compliance.rules.save': '保存',
  'compliance.rules.saved': '「{rule}」已保存',
  'compliance.rules.failed': '保存未成功',
  'compliance.rules.conflict': '该规则刚被他人修改，已载入最新设置，请核对后重新保存。',
  'compliance.rules.updatedAt': '更新于 {time}',
  'compliance.rules.default': '默认设置',
  'compliance.rules.required': '请填写',
  'compliance.rules.invalid.threshold': '阈值须在 1 到 1,000,000 之间',
  'compliance.rules.invalid.windowMinutes': '时间窗须在 1 到 1440 分钟之间',
  'compliance.unit.MASS_ACCESS': '位客户',
  'compliance.unit.OFF_HOURS': '次',
  'compliance.unit.REPEATED_DENIALS': '次',
  'compliance.unit.LARGE_EXPORT': '行',

  // the audit trail's names for what these screens do
  'audit.action.compliance_alert.list': '查看合规预警',
  'audit.action.compliance_alert.acknowledge': '确认合规预警',
  'audit.action.compliance_rule.list': '查看合规预警规则',
  'audit.action.compliance_rule.update': '修改合规预警规则',
  'audit.target.compliance_alert': '合规预警',
  'audit.target.compliance_rule': '合规预警规则',
} as const;

export const complianceEnUS: Record<keyof typeof complianceZhCN, string> = {
  'compliance.title': 'Compliance alerts',
  'compliance.help':
    'Access to personal data is watched by rules: an alert is raised when a rule starts to hold, stays while it holds and clears itself when it stops. Check it, then acknowledge it with a note.',
  'compliance.filter': 'Filter by state',
  'compliance.refresh': 'Refresh compliance alerts',
  'compliance.rulesButton': 'Rules',
  'compliance.empty': 'No compliance alerts match',
  'compliance.empty.open': 'No compliance alerts need attention',

  'compliance.col.rule': 'Rule',
  'compliance.col.actor': 'Person',
  'compliance.col.reading': 'Reading / threshold',
  'compliance.col.state': 'State',
  'compliance.col.raisedAt': 'Raised',
  'compliance.col.handling': 'Handling',

  'compliance.state.RAISED': 'Open',
  'compliance.state.ACKNOWLEDGED': 'Acknowledged',
  'compliance.state.CLEARED': 'Cleared',

  'complianceRule.MASS_ACCESS': 'Mass access',
  'complianceRule.OFF_HOURS': 'Off-hours access',
  'complianceRule.REPEATED_DENIALS': 'Repeated denials',
  'complianceRule.LARGE_EXPORT': 'Large export',

  'compliance.ruleHelp.MASS_ACCESS':
    'One person opened (or revealed the full contact details of) more than {threshold} customers within {window} minutes',
  'compliance.ruleHelp.OFF_HOURS':
    "Personal data accessed outside the person's working hours (their team's working calendar) {threshold} times or more within {window} minutes",
  'compliance.ruleHelp.REPEATED_DENIALS':
    'One person was refused (missing permission or out of scope) {threshold} times or more within {window} minutes',
  'compliance.ruleHelp.LARGE_EXPORT': 'One export of more than {threshold} rows within {window} minutes',

  'compliance.reading.MASS_ACCESS': '{value} customers / {window} min',
  'compliance.reading.OFF_HOURS': 'Off-hours accesses: {value}',
  'compliance.reading.REPEATED_DENIALS': 'Refusals: {value}',
  'compliance.reading.LARGE_EXPORT': 'Exported {value} rows',
  'compliance.threshold.MASS_ACCESS': 'Threshold: more than {threshold} / {window} min',
  'compliance.threshold.OFF_HOURS': 'Threshold: {threshold} / {window} min',
  'compliance.threshold.REPEATED_DENIALS': 'Threshold: {threshold} / {window} min',
  'compliance.threshold.LARGE_EXPORT': 'Threshold: more than {threshold} rows in one export',
  'compliance.lastEvaluated': 'Last evaluated: {time}',

  'compliance.ack': 'Acknowledge',
  'compliance.ackBy': 'Acknowledged by {name} at {time}',
  'compliance.ackNote': 'Note: {note}',
  'compliance.clearedAt': 'Cleared at {time}',
  'compliance.ack.title': 'Acknowledge compliance alert',
  'compliance.ack.help':
    'Say what you checked, what you concluded and what was done. The acknowledgement is audited; the alert clears itself once the rule stops holding.',
  'compliance.ack.note': 'Note',
  'compliance.ack.note.required': 'Please write a note',
  'compliance.ack.note.ph': 'E.g. checked with the person and their supervisor: a bulk callback task, legitimate work',
  'compliance.ack.ok': 'Acknowledge',
  'compliance.ack.cancel': 'Cancel',
  'compliance.ack.done': 'Compliance alert acknowledged',
  'compliance.ack.failed': 'Not acknowledged',
  'compliance.ack.conflict':
    'Someone else acknowledged this alert, or it has cleared; only an open alert can be acknowledged. The list was refreshed.',

  'compliance.rules.title': 'Compliance rules',
  'compliance.rules.help':
    'Changes apply as soon as they are saved and are audited. Threshold 1–1,000,000; window 1–1440 minutes.',
  'compliance.rules.enabled': 'Enabled',
  'compliance.rules.threshold': 'Threshold',
  'compliance.rules.window': 'Window (minutes)',
  'compliance.rules.minutes': 'min',
  'compliance.rules.save': 'Save',
  'compliance.rules.saved': '"{rule}" saved',
  'compliance.rules.failed': 'Not saved',
  'compliance.rules.conflict':
    'Someone else just changed this rule. Its latest settings are loaded: check them and save again.',
  'compliance.rules.updatedAt': 'Updated {time}',
  'compliance.rules.default': 'Default settings',
  'compliance.rules.required': 'Required',
  'compliance.rules.invalid.threshold': 'The threshold must be between 1 and 1,000,000',
  'compliance.rules.invalid.windowMinutes': 'The window must be between 1 and 1440 minutes',
  'compliance.unit.MASS_ACCESS': 'customers',
  'compliance.unit.OFF_HOURS': 'times',
  'compliance.unit.REPEATED_DENIALS': 'times',
  'compliance.unit.LARGE_EXPORT': 'rows',

  'audit.action.compliance_alert.list': 'Read compliance alerts',
  'audit.action.compliance_alert.acknowledge': 'Acknowledge a compliance alert',
  'audit.action.compliance_rule.list': 'Read compliance rules',
  'audit.action.compliance_rule.update': 'Change a compliance rule',
  'audit.target.compliance_alert': 'Compliance alert',
  'audit.target.compliance_rule': 'Compliance rule',
};
