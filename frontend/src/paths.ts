/**
 * URL paths of the console. Link with these helpers rather than string
 * literals, so a path changes in one place.
 */
import { generatePath } from 'react-router-dom';

export const paths = {
  home: '/',
  login: '/login',
  complaints: '/complaints',
  /** 登记投诉 (call intake). */
  complaintNew: '/complaints/new',
  /** The complaint detail page. */
  complaintDetail: '/complaints/:id',
  /** 回访队列: resolved complaints due for the satisfaction call (complaint.callback). */
  callbacks: '/callbacks',
  kb: '/kb',
  kbNew: '/kb/new',
  kbArticle: '/kb/articles/:id',
  kbEdit: '/kb/articles/:id/edit',
  /** 同义词与纠错: the search's domain synonyms and typo corrections (kb.edit). */
  kbSynonyms: '/kb/synonyms',
  /** 检索分析: what agents search for, what finds nothing (kb.edit). */
  kbAnalytics: '/kb/analytics',
  announcements: '/announcements',
  /** 审批: approvals above authority (the approvers' queue; anyone's own requests). */
  approvals: '/approvals',
  dashboard: '/dashboard',
  /** 月度报表: one month's KPIs, printable, with a CSV download (`?month=2026-11`; report.read). */
  monthlyReport: '/reports/monthly',
  alerts: '/alerts',
  audit: '/audit',
  adminUsers: '/admin/users',
  adminRoles: '/admin/roles',
  adminTeams: '/admin/teams',
  adminCategories: '/admin/categories',
  /** 工作日历: working calendars and the official holiday years. */
  adminCalendars: '/admin/calendars',
  /** 时限标准 (SLA policies). */
  adminSla: '/admin/sla',
  /** 分派规则: routing rules and their dry run. */
  adminRouting: '/admin/routing',
  /** 重大投诉认定标准: what makes a complaint major (major.manage). */
  adminMajor: '/admin/major-criteria',
} as const;

/** The monthly report of a Beijing month (`2026-11`). */
export function monthlyReportPath(month?: string): string {
  return month ? `${paths.monthlyReport}?month=${encodeURIComponent(month)}` : paths.monthlyReport;
}

export function complaintDetailPath(id: string): string {
  return generatePath(paths.complaintDetail, { id });
}

/** The 审批 page, optionally filtered by status (`?status=APPROVED`, `?status=ALL`; none means pending). */
export function approvalsPath(status?: string): string {
  return status ? `${paths.approvals}?status=${encodeURIComponent(status)}` : paths.approvals;
}

/** A knowledge-base article; `version` opens that version (`?v=2`). */
export function kbArticlePath(id: string, version?: number): string {
  const path = generatePath(paths.kbArticle, { id });
  return version === undefined ? path : `${path}?v=${version}`;
}

export function kbEditPath(id: string): string {
  return generatePath(paths.kbEdit, { id });
}
