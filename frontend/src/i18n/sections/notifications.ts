/** The header bell and its list (`notifications.*`). */
export const notificationsZhCN = {
  'notifications.bell': '通知（{count} 条未读）',
  'notifications.title': '通知',
  'notifications.empty': '暂无通知',
  'notifications.markRead': '标为已读',
  'notifications.markAllRead': '全部标为已读',
  'notifications.open': '查看投诉',
  'notifications.unreadOnly': '只看未读',
  'notifications.kind.ASSIGNED': '指派给您',
  'notifications.kind.SLA_AT_RISK': '即将超时',
  'notifications.kind.SLA_BREACHED': '已超时',
  'notifications.kind.ALERT': '预警',
  'notifications.kind.CUSTOMER_REPLY': '客户回复',
  'notifications.kind.RETURNED': '部门退回',
} as const;

export const notificationsEnUS: Record<keyof typeof notificationsZhCN, string> = {
  'notifications.bell': 'Notifications ({count} unread)',
  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications',
  'notifications.markRead': 'Mark read',
  'notifications.markAllRead': 'Mark all read',
  'notifications.open': 'Open complaint',
  'notifications.unreadOnly': 'Unread only',
  'notifications.kind.ASSIGNED': 'Assigned to you',
  'notifications.kind.SLA_AT_RISK': 'At risk',
  'notifications.kind.SLA_BREACHED': 'Overdue',
  'notifications.kind.ALERT': 'Alert',
  'notifications.kind.CUSTOMER_REPLY': 'Customer reply',
  'notifications.kind.RETURNED': 'Returned by department',
};
