/**
 * Permission codes as the server names them (`me.permissions`). The server
 * decides what a user may do; the console only hides what would be refused.
 */

export const PERMISSIONS = [
  'complaint.create',
  'complaint.read.own',
  'complaint.read.team',
  'complaint.read.all',
  'complaint.summary',
  'complaint.update',
  'complaint.escalate',
  'complaint.dispatch',
  'complaint.assign',
  'complaint.investigate',
  'complaint.propose',
  'complaint.resolve',
  'complaint.callback',
  'complaint.callback.override',
  'complaint.reopen',
  'complaint.close',
  'complaint.note',
  'complaint.note.customer',
  'complaint.attach',
  'complaint.clock',
  'customer.read',
  'customer.pii.reveal',
  'audit.read',
  'audit.export',
  'report.read',
  'user.manage',
  'role.manage',
  'team.manage',
  'category.manage',
  'calendar.manage',
  'kb.read',
  'kb.edit',
  'kb.publish',
  'announcement.manage',
  'alert.view',
  'alert.acknowledge',
  'alert.manage',
  'sla.manage',
  'routing.manage',
  'roster.manage',
  'approval.decide',
  'complaint.major.signoff',
  'major.manage',
  'customer.erase.request',
  'customer.erase',
  'retention.manage',
] as const;

export type PermissionCode = (typeof PERMISSIONS)[number];

/**
 * What a page or control needs: one code, or a list meaning "any of these".
 * `undefined` means any signed-in user.
 */
export type PermissionRequirement = PermissionCode | readonly PermissionCode[] | undefined;

/** Reading some complaints: own, team's or all. */
export const COMPLAINT_READ: readonly PermissionCode[] = [
  'complaint.read.own',
  'complaint.read.team',
  'complaint.read.all',
];

export function hasPermission(granted: readonly string[] | undefined, required: PermissionRequirement): boolean {
  if (required === undefined) return true;
  if (!granted || granted.length === 0) return false;
  if (typeof required === 'string') return granted.includes(required);
  if (required.length === 0) return true;
  return required.some((code) => granted.includes(code));
}

/** A readable form of a requirement, e.g. `complaint.read.own | complaint.read.all`. */
export function describeRequirement(required: PermissionRequirement): string {
  if (required === undefined) return '';
  return typeof required === 'string' ? required : required.join(' | ');
}
