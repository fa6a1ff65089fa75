/**
 * English messages. Typed as `Messages`, so a key missing here (or one that
 * zh-CN does not have) fails `tsc`.
 */
import type { Messages } from './zh-CN';
import { kbEnUS } from './sections/kb';
import { announcementsEnUS } from './sections/announcements';
import { alertsEnUS } from './sections/alerts';
import { dashboardEnUS } from './sections/dashboard';
import { auditEnUS } from './sections/audit';
import { complianceEnUS } from './sections/compliance';
import { adminEnUS } from './sections/admin';
import { intakeEnUS } from './sections/intake';
import { errorsEnUS } from './sections/errors';
import { labelsEnUS } from './sections/labels';
import { accountEnUS } from './sections/account';
import { complaintEditEnUS } from './sections/complaintEdit';
import { detailEnUS } from './sections/detail';
import { historyEnUS } from './sections/history';
import { categoriesEnUS } from './sections/categories';
import { notificationsEnUS } from './sections/notifications';
import { calendarsEnUS } from './sections/calendars';
import { slaEnUS } from './sections/sla';
import { kbAnalyticsEnUS } from './sections/kbAnalytics';
import { kbSynonymsEnUS } from './sections/kbSynonyms';
import { routingEnUS } from './sections/routing';
import { approvalsEnUS } from './sections/approvals';
import { callbacksEnUS } from './sections/callbacks';
import { kpiEnUS } from './sections/kpi';
import { majorEnUS } from './sections/major';
import { erasureEnUS } from './sections/erasure';

const enUS: Messages = {
  'app.name': 'Kesu 客诉',
  'app.tagline': 'Complaint intake and resolution',
  'app.footer': 'Kesu · complaint handling back office',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.reset': 'Reset',
  'common.search': 'Search',
  'common.all': 'All',
  'common.none': '—',
  'common.unassigned': 'Unassigned',
  'common.backHome': 'Back to home',
  'common.masked': 'Masked',
  'common.language': 'Language',
  'common.expand': 'Expand',
  'common.collapse': 'Collapse',

  'nav.home': 'Home',
  'nav.complaints': 'My queue',
  'nav.collapseSider': 'Collapse menu',
  'nav.expandSider': 'Expand menu',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.mainMenu': 'Main menu',

  'auth.login.title': 'Sign in',
  'auth.login.subtitle': 'Use your company account',
  'auth.username': 'Username',
  'auth.username.placeholder': 'Enter your username',
  'auth.username.required': 'Please enter your username',
  'auth.password': 'Password',
  'auth.password.placeholder': 'Enter your password',
  'auth.password.required': 'Please enter your password',
  'auth.submit': 'Sign in',
  'auth.failed': 'Sign-in failed',
  'auth.failed.fallback': 'Wrong username or password, or the account is locked for a while.',
  'auth.expired': 'Your session has expired. Please sign in again.',
  'auth.loggedOut': 'You have signed out.',
  'auth.logout': 'Sign out',
  'auth.checking': 'Checking your session…',
  'auth.forbidden.title': 'Access denied',
  'auth.forbidden.desc':
    'Your account may not open this page (it needs {permission}). Ask an administrator if you need it.',
  'auth.noPages.title': 'Nothing to show yet',
  'auth.noPages.desc': 'Your role ({roles}) has no console pages available yet.',
  'auth.security': 'Sign-ins and every view of personal data are logged. Keep your account safe.',

  'header.team': 'Team',
  'header.roles': 'Roles',
  'header.userMenu': 'User menu',

  'role.agent': 'Frontline agent',
  'role.expert': 'Expert agent',
  'role.handler': 'Department handler',
  'role.supervisor': 'Supervisor',
  'role.approver': 'Approver',
  'role.qa': 'QA inspector',
  'role.kb_editor': 'KB editor',
  'role.kb_reviewer': 'KB reviewer',
  'role.auditor': 'Compliance auditor',
  'role.admin': 'Administrator',

  'notFound.title': 'Page not found',
  'notFound.desc': 'This page does not exist or is not available yet.',

  'status.ACCEPTED': 'Accepted',
  'status.ESCALATED': 'Escalated to experts',
  'status.DISPATCHED': 'Dispatched for investigation',
  'status.INVESTIGATED': 'Investigated',
  'status.RESOLUTION_PROPOSED': 'Resolution proposed',
  'status.RESOLVED': 'Resolved',
  'status.CALLBACK_DONE': 'Callback done',
  'status.CLOSED': 'Closed',

  'priority.URGENT': 'Urgent',
  'priority.IMPORTANT': 'Important',
  'priority.NORMAL': 'Normal',

  'channel.HOTLINE': 'Hotline',
  'channel.EMAIL': 'Email',
  'channel.ONLINE_CHAT': 'Online chat',
  'channel.APP': 'Mobile app',
  'channel.WECHAT': 'WeChat',
  'channel.STORE_COUNTER': 'Store counter',
  'channel.LETTER': 'Letter / fax',
  'channel.REGULATOR': 'Regulator transfer',
  'channel.SOCIAL_MEDIA': 'Social media',

  'responsibility.INTERNAL': 'Our fault',
  'responsibility.THIRD_PARTY': 'Third party',
  'responsibility.CUSTOMER': 'Customer cause',
  'responsibility.CLEAR_DEFECT': 'Product defect',
  'responsibility.MISUSE': 'Misuse',
  'responsibility.UNDETERMINED': 'Lab to decide',

  'action.ESCALATE': 'Escalate to experts',
  'action.DISPATCH': 'Dispatch to department',
  'action.RETURN': 'Return to experts',
  'action.RECORD_INVESTIGATION': 'Record findings',
  'action.PROPOSE_RESOLUTION': 'Propose resolution',
  'action.RESOLVE': 'Resolve and reply',
  'action.RECORD_CALLBACK': 'Record callback',
  'action.CALLBACK_ATTEMPT': 'Callback unanswered',
  'action.REOPEN': 'Reopen',
  'action.CLOSE': 'Close and archive',

  'order.NEWEST': 'Newest first',
  'order.OLDEST': 'Oldest first',
  'order.PRIORITY': 'Urgent first',
  'order.RECENTLY_UPDATED': 'Recently updated',

  'queue.title': 'My queue',
  'queue.subtitle': 'Complaints you are allowed to see',
  'queue.col.number': 'Number',
  'queue.col.title': 'Title',
  'queue.col.category': 'Category',
  'queue.col.status': 'Status',
  'queue.col.priority': 'Priority',
  'queue.col.channel': 'Channel',
  'queue.col.customer': 'Customer',
  'queue.col.assignee': 'Assignee',
  'queue.col.createdAt': 'Created',
  'queue.col.updatedAt': 'Updated',
  'queue.filter.keyword': 'Keyword',
  'queue.filter.keyword.placeholder': 'Title, description or number',
  'queue.filter.status': 'Status',
  'queue.filter.priority': 'Priority',
  'queue.filter.channel': 'Channel',
  'queue.filter.category': 'Category',
  'queue.filter.created': 'Created on',
  'queue.filter.createdFrom': 'From',
  'queue.filter.createdTo': 'To',
  'queue.filter.scope': 'Scope',
  'queue.filter.any': 'Any',
  'queue.scope.all': 'All visible',
  'queue.scope.assigned': 'Assigned to me',
  'queue.scope.accepted': 'Accepted by me',
  'queue.filter.openOnly': 'Open only',
  'queue.filter.majorOnly': 'Major only',
  'queue.sort': 'Sort',
  'queue.total': '{loaded} of {total} loaded',
  'queue.loadMore': 'Load more',
  'queue.allLoaded': 'All loaded',
  'queue.empty': 'No complaints match these filters',
  'queue.refresh': 'Refresh',
  'queue.tag.major': 'Major',
  'queue.tag.repeat': 'Repeat',
  'queue.tag.reopened': 'Reopened ×{count}',
  'queue.openDetail': 'Open complaint {number}',
  'queue.table': 'Complaint list',

  ...kbEnUS,
  ...announcementsEnUS,
  ...alertsEnUS,
  ...dashboardEnUS,
  ...auditEnUS,
  ...complianceEnUS,
  ...adminEnUS,
  // new complaint (intake) and complaint detail pages
  ...intakeEnUS,
  ...errorsEnUS,
  ...labelsEnUS,
  ...accountEnUS,
  ...complaintEditEnUS,
  ...detailEnUS,
  ...historyEnUS,
  ...categoriesEnUS,
  ...notificationsEnUS,
  ...calendarsEnUS,
  ...slaEnUS,
  ...kbSynonymsEnUS,
  ...kbAnalyticsEnUS,
  ...routingEnUS,
  ...approvalsEnUS,
  ...callbacksEnUS,
  ...kpiEnUS,
  ...majorEnUS,
  ...erasureEnUS,
};

export default enUS;
