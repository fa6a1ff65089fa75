/**
 * The route/menu registry. To add a page:
 *   1. write it in `src/pages/<name>/` with a default export;
 *   2. add its path to `paths.ts` and one entry below.
 * The side menu, breadcrumb, page title, permission guard and the landing
 * page all follow from this list (menu order = list order).
 */
import { lazy } from 'react';
import {
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  BarChartOutlined,
  BookOutlined,
  BranchesOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FormOutlined,
  LineChartOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { AppRoute, MenuGroup } from './navigation';
import { COMPLAINT_READ } from './auth/permissions';
import { paths } from './paths';

const ComplaintsPage = lazy(() => import('./pages/complaints/ComplaintsPage'));
const IntakePage = lazy(() => import('./pages/intake/IntakePage'));
const ComplaintDetailPage = lazy(() => import('./pages/complaint-detail/ComplaintDetailPage'));
const KbSearchPage = lazy(() => import('./pages/kb/KbSearchPage'));
const KbArticlePage = lazy(() => import('./pages/kb/KbArticlePage'));
const KbEditorPage = lazy(() => import('./pages/kb/KbEditorPage'));
const KbSynonymsPage = lazy(() => import('./pages/kb/KbSynonymsPage'));
const KbAnalyticsPage = lazy(() => import('./pages/kb/KbAnalyticsPage'));
const AnnouncementsPage = lazy(() => import('./pages/announcements/AnnouncementsPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const MonthlyReportPage = lazy(() => import('./pages/reports/MonthlyReportPage'));
const AlertsPage = lazy(() => import('./pages/alerts/AlertsPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const RolesPage = lazy(() => import('./pages/admin/RolesPage'));
const TeamsPage = lazy(() => import('./pages/admin/TeamsPage'));
const CategoriesPage = lazy(() => import('./pages/admin/CategoriesPage'));
const CalendarsPage = lazy(() => import('./pages/admin/CalendarsPage'));
const SlaPoliciesPage = lazy(() => import('./pages/admin/SlaPoliciesPage'));
const RoutingRulesPage = lazy(() => import('./pages/admin/RoutingRulesPage'));
const MajorCriteriaPage = lazy(() => import('./pages/admin/MajorCriteriaPage'));
const ApprovalsPage = lazy(() => import('./pages/approvals/ApprovalsPage'));
const CallbacksPage = lazy(() => import('./pages/callbacks/CallbacksPage'));

/** 系统管理: users, roles and teams, each behind its own permission. */
const ADMIN_GROUP: MenuGroup = { key: 'admin', labelKey: 'nav.admin', icon: <SettingOutlined /> };

/**
 * 知识库: search for everyone who reads it; for editors also the synonyms
 * and search-analytics pages, as a section (a reader, with one entry, sees 知识库 at the top level).
 */
const KB_GROUP: MenuGroup = { key: 'kb-section', labelKey: 'nav.kb', icon: <BookOutlined />, inlineSole: true };

export const APP_ROUTES: readonly AppRoute[] = [
  {
    path: paths.complaints,
    menuKey: 'complaints',
    labelKey: 'nav.complaints',
    icon: <ProfileOutlined />,
    permission: COMPLAINT_READ,
    element: <ComplaintsPage />,
  },
  // before the detail entry: `/complaints/new` also matches `/complaints/:id`
  {
    path: paths.complaintNew,
    menuKey: 'intake',
    labelKey: 'intake.title',
    icon: <FormOutlined />,
    permission: 'complaint.create',
    element: <IntakePage />,
  },
  {
    path: paths.complaintDetail,
    parentPath: paths.complaints,
    labelKey: 'detail.title',
    permission: COMPLAINT_READ,
    element: <ComplaintDetailPage />,
  },
  {
    path: paths.callbacks,
    menuKey: 'callbacks',
    labelKey: 'nav.callbacks',
    icon: <PhoneOutlined />,
    permission: 'complaint.callback',
    element: <CallbacksPage />,
  },
  // the approvers' queue in the menu; anyone may open it for their own requests
  {
    path: paths.approvals,
    menuKey: 'approvals',
    labelKey: 'nav.approvals',
    icon: <FileDoneOutlined />,
    menuPermission: 'approval.decide',
    element: <ApprovalsPage />,
  },
  {
    path: paths.kb,
    menuKey: 'kb',
    menuGroup: KB_GROUP,
    labelKey: 'nav.kb',
    menuLabelKey: 'nav.kbSearch',
    icon: <SearchOutlined />,
    permission: 'kb.read',
    element: <KbSearchPage />,
  },
  {
    path: paths.kbSynonyms,
    menuKey: 'kb-synonyms',
    menuGroup: KB_GROUP,
    parentPath: paths.kb,
    labelKey: 'nav.kbSynonyms',
    icon: <SwapOutlined />,
    permission: 'kb.edit',
    element: <KbSynonymsPage />,
  },
  {
    path: paths.kbAnalytics,
    menuKey: 'kb-analytics',
    menuGroup: KB_GROUP,
    parentPath: paths.kb,
    labelKey: 'nav.kbAnalytics',
    icon: <LineChartOutlined />,
    permission: 'kb.edit',
    element: <KbAnalyticsPage />,
  },
  { path: paths.kbNew, parentPath: paths.kb, labelKey: 'nav.kbNew', permission: 'kb.edit', element: <KbEditorPage /> },
  {
    path: paths.kbArticle,
    parentPath: paths.kb,
    labelKey: 'nav.kbArticle',
    permission: 'kb.read',
    element: <KbArticlePage />,
  },
  {
    path: paths.kbEdit,
    parentPath: paths.kbArticle,
    labelKey: 'nav.kbEdit',
    permission: 'kb.edit',
    element: <KbEditorPage />,
  },
  {
    path: paths.announcements,
    menuKey: 'announcements',
    labelKey: 'nav.announcements',
    icon: <NotificationOutlined />,
    permission: 'kb.read',
    element: <AnnouncementsPage />,
  },
  {
    path: paths.dashboard,
    menuKey: 'dashboard',
    labelKey: 'nav.dashboard',
    icon: <BarChartOutlined />,
    permission: 'report.read',
    element: <DashboardPage />,
  },
  {
    path: paths.monthlyReport,
    menuKey: 'monthly-report',
    labelKey: 'nav.monthlyReport',
    icon: <FileTextOutlined />,
    permission: 'report.read',
    element: <MonthlyReportPage />,
  },
  {
    path: paths.audit,
    menuKey: 'audit',
    labelKey: 'nav.audit',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    element: <AuditPage />,
  },
  {
    path: paths.adminUsers,
    menuKey: 'admin-users',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminUsers',
    icon: <UserOutlined />,
    permission: 'user.manage',
    element: <UsersPage />,
  },
  {
    path: paths.adminRoles,
    menuKey: 'admin-roles',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminRoles',
    icon: <SafetyCertificateOutlined />,
    permission: 'role.manage',
    element: <RolesPage />,
  },
  {
    path: paths.adminTeams,
    menuKey: 'admin-teams',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminTeams',
    icon: <TeamOutlined />,
    permission: 'team.manage',
    element: <TeamsPage />,
  },
  {
    path: paths.adminCategories,
    menuKey: 'admin-categories',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminCategories',
    icon: <ApartmentOutlined />,
    permission: 'category.manage',
    element: <CategoriesPage />,
  },
  {
    path: paths.adminCalendars,
    menuKey: 'admin-calendars',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminCalendars',
    icon: <CalendarOutlined />,
    permission: 'calendar.manage',
    element: <CalendarsPage />,
  },
  {
    path: paths.adminSla,
    menuKey: 'admin-sla',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminSla',
    icon: <FieldTimeOutlined />,
    permission: 'sla.manage',
    element: <SlaPoliciesPage />,
  },
  {
    path: paths.adminRouting,
    menuKey: 'admin-routing',
    menuGroup: ADMIN_GROUP,
    labelKey: 'nav.adminRouting',
    icon: <BranchesOutlined />,
    permission: 'routing.manage',
    element: <RoutingRulesPage />,
  },
  {
    path: paths.adminMajor,
    menuKey: 'admin-major',
    menuGroup: ADMIN_GROUP,
    labelKey: 'admin.major.title',
    menuLabelKey: 'nav.adminMajor',
    icon: <WarningOutlined />,
    permission: 'major.manage',
    element: <MajorCriteriaPage />,
  },
  // after the administration pages, so that an administrator (who may read
  // alerts) still lands on the users page
  {
    path: paths.alerts,
    menuKey: 'alerts',
    labelKey: 'nav.alerts',
    icon: <AlertOutlined />,
    permission: 'alert.view',
    element: <AlertsPage />,
  },
];
