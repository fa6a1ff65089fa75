/** A caller's history on intake (`intake.history.*`) and the queue filters a link sets (`queue.linked.*`). */
export const historyZhCN = {
  'intake.history.title': '来电客户历史投诉',
  'intake.history.count': '共 {count} 件投诉',
  'intake.history.openCount': '{open} 件未办结',
  'intake.history.none': '该客户暂无投诉记录',
  'intake.history.openTag': '未办结',
  'intake.history.more': '在工单列表中查看全部 {count} 件',
  'intake.history.open': '在新标签页打开投诉 {number}',

  'queue.linked.label': '来自链接的筛选：',
  'queue.linked.customer': '客户：{name}',
  'queue.linked.announcement': '关联公告：{title}',
} as const;

export const historyEnUS: Record<keyof typeof historyZhCN, string> = {
  'intake.history.title': 'The caller’s earlier complaints',
  'intake.history.count': '{count} complaints',
  'intake.history.openCount': '{open} open',
  'intake.history.none': 'No complaints from this customer yet',
  'intake.history.openTag': 'Open',
  'intake.history.more': 'See all {count} in the queue',
  'intake.history.open': 'Open complaint {number} in a new tab',

  'queue.linked.label': 'Filtered from a link:',
  'queue.linked.customer': 'Customer: {name}',
  'queue.linked.announcement': 'Linked to announcement: {title}',
};
