/**
 * Simplified Chinese messages: the source of truth for message keys.
 * `en-US.ts` must define exactly the same keys (a missing or extra key is a
 * compile error). Placeholders look like `{name}`.
 * Enum labels (`status.*`, `channel.*`, `priority.*`…) follow the server's
 * Chinese labels so that both sides say the same thing.
 */
import { kbZhCN } from './sections/kb';
import { announcementsZhCN } from './sections/announcements';
import { alertsZhCN } from './sections/alerts';
import { dashboardZhCN } from './sections/dashboard';
import { auditZhCN } from './sections/audit';
import { complianceZhCN } from './sections/compliance';
import { adminZhCN } from './sections/admin';
import { intakeZhCN } from './sections/intake';
import { errorsZhCN } from './sections/errors';
import { labelsZhCN } from './sections/labels';
import { accountZhCN } from './sections/account';
import { complaintEditZhCN } from './sections/complaintEdit';
import { detailZhCN } from './sections/detail';
import { historyZhCN } from './sections/history';
import { categoriesZhCN } from './sections/categories';
import { notificationsZhCN } from './sections/notifications';
import { calendarsZhCN } from './sections/calendars';
import { slaZhCN } from './sections/sla';
import { kbAnalyticsZhCN } from './sections/kbAnalytics';
import { kbSynonymsZhCN } from './sections/kbSynonyms';
import { routingZhCN } from './sections/routing';
import { approvalsZhCN } from './sections/approvals';
import { callbacksZhCN } from './sections/callbacks';
import { kpiZhCN } from './sections/kpi';
import { majorZhCN } from './sections/major';
import { erasureZhCN } from './sections/erasure';

const zhCN = {
  'app.name': '客诉 Kesu',
  'app.tagline': '客户投诉受理与处理平台',
  'app.footer': '客诉 Kesu · 投诉受理与处理平台',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.reset': '重置',
  'common.search': '查询',
  'common.all': '全部',
  'common.none': '—',
  'common.unassigned': '未指派',
  'common.backHome': '返回首页',
  'common.masked': '已脱敏',
  'common.language': '语言',
  'common.expand': '展开',
  'common.collapse': '收起',

  'nav.home': '首页',
  'nav.complaints': '我的工单',
  'nav.collapseSider': '收起菜单',
  'nav.expandSider': '展开菜单',
  'nav.breadcrumb': '面包屑导航',
  'nav.mainMenu': '主菜单',

  'auth.login.title': '账号登录',
  'auth.login.subtitle': '请使用企业账号登录',
  'auth.username': '用户名',
  'auth.username.placeholder': '请输入用户名',
  'auth.username.required': '请输入用户名',
  'auth.password': '密码',
  'auth.password.placeholder': '请输入密码',
  'auth.password.required': '请输入密码',
  'auth.submit': '登 录',
  'auth.failed': '登录失败',
  'auth.failed.fallback': '用户名或密码错误，或账号已被暂时锁定。',
  'auth.expired': '登录已过期，请重新登录',
  'auth.loggedOut': '您已安全退出',
  'auth.logout': '退出登录',
  'auth.checking': '正在验证登录状态…',
  'auth.forbidden.title': '无权访问',
  'auth.forbidden.desc': '您的账号没有访问此页面的权限（需要 {permission}）。如需开通，请联系管理员。',
  'auth.noPages.title': '暂无可用功能',
  'auth.noPages.desc': '您的角色（{roles}）目前没有可访问的控制台页面。',
  'auth.security': '本系统记录登录与个人信息访问日志，请妥善保管账号。',

  'header.team': '所属团队',
  'header.roles': '角色',
  'header.userMenu': '用户菜单',

  'role.agent': '一线客服',
  'role.expert': '专家坐席',
  'role.handler': '责任部门处理人',
  'role.supervisor': '客服主管',
  'role.approver': '审批人',
  'role.qa': '质检专员',
  'role.kb_editor': '知识库编辑',
  'role.kb_reviewer': '知识库审核',
  'role.auditor': '合规审计',
  'role.admin': '管理员',

  'notFound.title': '页面不存在',
  'notFound.desc': '您访问的页面不存在或尚未开放。',

  'status.ACCEPTED': '已受理',
  'status.ESCALATED': '已升级专家组',
  'status.DISPATCHED': '已派专业部门查证处理',
  'status.INVESTIGATED': '已完成初步查证',
  'status.RESOLUTION_PROPOSED': '处理方案待确认',
  'status.RESOLVED': '已完成处理',
  'status.CALLBACK_DONE': '已回访',
  'status.CLOSED': '已结案',

  'priority.URGENT': '紧急',
  'priority.IMPORTANT': '重要',
  'priority.NORMAL': '一般',

  'channel.HOTLINE': '热线电话',
  'channel.EMAIL': '电子邮件',
  'channel.ONLINE_CHAT': '在线客服',
  'channel.APP': '手机App',
  'channel.WECHAT': '微信',
  'channel.STORE_COUNTER': '门店柜台',
  'channel.LETTER': '信函/传真',
  'channel.REGULATOR': '监管转办',
  'channel.SOCIAL_MEDIA': '社交媒体',

  'responsibility.INTERNAL': '我方责任',
  'responsibility.THIRD_PARTY': '第三方责任',
  'responsibility.CUSTOMER': '客户原因',
  'responsibility.CLEAR_DEFECT': '产品缺陷',
  'responsibility.MISUSE': '使用不当',
  'responsibility.UNDETERMINED': '待检测判定',

  'action.ESCALATE': '升级至专家组',
  'action.DISPATCH': '派单至责任部门',
  'action.RETURN': '退单至专家组',
  'action.RECORD_INVESTIGATION': '录入查证结果',
  'action.PROPOSE_RESOLUTION': '提出处理方案',
  'action.RESOLVE': '办结并答复客户',
  'action.RECORD_CALLBACK': '记录回访',
  'action.CALLBACK_ATTEMPT': '回访未接通',
  'action.REOPEN': '重新处理',
  'action.CLOSE': '结案归档',

  'order.NEWEST': '最新受理',
  'order.OLDEST': '最早受理',
  'order.PRIORITY': '紧急优先',
  'order.RECENTLY_UPDATED': '最近更新',

  'queue.title': '我的工单',
  'queue.subtitle': '您有权查看的投诉工单',
  'queue.col.number': '工单编号',
  'queue.col.title': '投诉标题',
  'queue.col.category': '投诉分类',
  'queue.col.status': '状态',
  'queue.col.priority': '优先级',
  'queue.col.channel': '渠道',
  'queue.col.customer': '客户',
  'queue.col.assignee': '处理人',
  'queue.col.createdAt': '受理时间',
  'queue.col.updatedAt': '最近更新',
  'queue.filter.keyword': '关键词',
  'queue.filter.keyword.placeholder': '标题、描述或工单编号',
  'queue.filter.status': '状态',
  'queue.filter.priority': '优先级',
  'queue.filter.channel': '渠道',
  'queue.filter.category': '投诉分类',
  'queue.filter.created': '受理日期',
  'queue.filter.createdFrom': '开始',
  'queue.filter.createdTo': '结束',
  'queue.filter.scope': '范围',
  'queue.filter.any': '不限',
  'queue.scope.all': '全部可见',
  'queue.scope.assigned': '指派给我',
  'queue.scope.accepted': '我受理的',
  'queue.filter.openOnly': '仅未办结',
  'queue.filter.majorOnly': '仅重大投诉',
  'queue.sort': '排序',
  'queue.total': '共 {total} 条，已加载 {loaded} 条',
  'queue.loadMore': '加载更多',
  'queue.allLoaded': '已全部加载',
  'queue.empty': '没有符合条件的工单',
  'queue.refresh': '刷新',
  'queue.tag.major': '重大',
  'queue.tag.repeat': '重复',
  'queue.tag.reopened': '重开 {count} 次',
  'queue.openDetail': '查看工单 {number}',
  'queue.table': '工单列表',

  // knowledge base, announcements, dashboard, compliance and administration pages
  ...kbZhCN,
  ...announcementsZhCN,
  ...alertsZhCN,
  ...dashboardZhCN,
  ...auditZhCN,
  ...complianceZhCN,
  ...adminZhCN,
  // new complaint (intake) and complaint detail pages
  ...intakeZhCN,
  ...errorsZhCN,
  ...labelsZhCN,
  ...accountZhCN,
  ...complaintEditZhCN,
  ...detailZhCN,
  ...historyZhCN,
  ...categoriesZhCN,
  ...notificationsZhCN,
  ...calendarsZhCN,
  ...slaZhCN,
  ...kbSynonymsZhCN,
  ...kbAnalyticsZhCN,
  ...routingZhCN,
  ...approvalsZhCN,
  ...callbacksZhCN,
  ...kpiZhCN,
  ...majorZhCN,
  ...erasureZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

const messages: Messages = zhCN;
export default messages;
