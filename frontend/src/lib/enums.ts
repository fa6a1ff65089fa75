/**
 * Complaint enums: every value (checked against the generated schema types,
 * so a new server value is a compile error until it is listed here), the
 * i18n label of each, and tag colours.
 */
import type {
  AlertState,
  ApprovalStatus,
  AssignMode,
  Channel,
  ComplaintAction,
  ComplaintOrder,
  ComplaintStatus,
  ComplianceRuleKind,
  ErasureStatus,
  EventKind,
  Priority,
  PublicStatus,
  RecordClass,
  Responsibility,
  RoutingMiss,
  Visibility,
} from '../gql/graphql';
import type { TFunction } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { PERMISSIONS } from '../auth/permissions';

/** Returns the list unchanged, or fails to compile if it misses a value of `T`. */
export function allOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

/** In lifecycle order. */
export const COMPLAINT_STATUSES = allOf<ComplaintStatus>()([
  'ACCEPTED',
  'ESCALATED',
  'DISPATCHED',
  'INVESTIGATED',
  'RESOLUTION_PROPOSED',
  'RESOLVED',
  'CALLBACK_DONE',
  'CLOSED',
]);

/** Most urgent first. */
export const PRIORITIES = allOf<Priority>()(['URGENT', 'IMPORTANT', 'NORMAL']);

export const CHANNELS = allOf<Channel>()([
  'HOTLINE',
  'EMAIL',
  'ONLINE_CHAT',
  'APP',
  'WECHAT',
  'STORE_COUNTER',
  'LETTER',
  'REGULATOR',
  'SOCIAL_MEDIA',
]);

export const RESPONSIBILITIES = allOf<Responsibility>()([
  'INTERNAL',
  'THIRD_PARTY',
  'CUSTOMER',
  'CLEAR_DEFECT',
  'MISUSE',
  'UNDETERMINED',
  'WRONG_CHARGE',
]);

export const COMPLAINT_ACTIONS = allOf<ComplaintAction>()([
  'ESCALATE',
  'DISPATCH',
  'RETURN',
  'RECORD_INVESTIGATION',
  'PROPOSE_RESOLUTION',
  'RESOLVE',
  'RECORD_CALLBACK',
  'CALLBACK_ATTEMPT',
  'REOPEN',
  'CLOSE',
]);

export const COMPLAINT_ORDERS = allOf<ComplaintOrder>()([
  'NEWEST',
  'OLDEST',
  'PRIORITY',
  'RECENTLY_UPDATED',
  'SLA_DUE',
]);

export const EVENT_KINDS = allOf<EventKind>()([
  'CREATED',
  'ESCALATED',
  'DISPATCHED',
  'RETURNED',
  'ASSIGNED',
  'INVESTIGATED',
  'RESOLUTION_PROPOSED',
  'RESOLVED',
  'CALLBACK_RECORDED',
  'REOPENED',
  'CLOSED',
  'NOTE_ADDED',
  'UPDATED',
  'ATTACHMENT_ADDED',
  'MARKED_REPEAT',
  'CLOCK_STARTED',
  'CLOCK_PAUSED',
  'CLOCK_RESUMED',
  'CLOCK_REARMED',
  'CLOCK_AT_RISK',
  'CLOCK_BREACHED',
  'ROUTED',
  'APPROVAL_REQUESTED',
  'APPROVAL_DECIDED',
  'CALLBACK_ATTEMPTED',
  'MAJOR_FLAGGED',
]);

/** Where an approval above authority stands; the queue's own state first. */
export const APPROVAL_STATUSES = allOf<ApprovalStatus>()(['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN']);

/** How a routing rule picks a member of its team (the default first). */
export const ASSIGN_MODES = allOf<AssignMode>()(['TEAM_QUEUE', 'ROUND_ROBIN', 'LEAST_LOADED']);

/** The conditions a routing rule can miss, in the server's order. */
export const ROUTING_MISSES = allOf<RoutingMiss>()([
  'CATEGORY',
  'CHANNEL',
  'PRIORITY',
  'PRODUCT_MODEL',
  'AMOUNT',
  'REPEAT_CALLER',
  'MAJOR',
]);

/** An alert's life: raised, acknowledged (still holding), cleared. */
export const ALERT_STATES = allOf<AlertState>()(['RAISED', 'ACKNOWLEDGED', 'CLEARED']);

/** The compliance rules (合规预警), in the server's order. */
export const COMPLIANCE_RULES = allOf<ComplianceRuleKind>()([
  'MASS_ACCESS',
  'OFF_HOURS',
  'REPEATED_DENIALS',
  'LARGE_EXPORT',
]);

/** Where an erasure request (个人信息删除申请) stands; the work first. */
export const ERASURE_STATUSES = allOf<ErasureStatus>()(['PENDING', 'DONE', 'REJECTED']);

/** The classes of record with a retention period (保存期限), in the server's order. */
export const RECORD_CLASSES = allOf<RecordClass>()(['CUSTOMER', 'SEARCH_LOG', 'NOTIFICATION']);

export const VISIBILITIES = allOf<Visibility>()(['INTERNAL', 'CUSTOMER']);

/** The four states a customer sees, in order. */
export const PUBLIC_STATUSES = allOf<PublicStatus>()(['ACCEPTED', 'IN_PROGRESS', 'INVESTIGATED', 'COMPLETED']);

/** States in which work on the complaint is finished (mirrors the server's `is_open`). */
export const FINISHED_STATUSES: readonly ComplaintStatus[] = ['RESOLVED', 'CALLBACK_DONE', 'CLOSED'];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const statusLabel = (t: TFunction, v: ComplaintStatus) => t(`status.${v}` as const);
export const priorityLabel = (t: TFunction, v: Priority) => t(`priority.${v}` as const);
export const channelLabel = (t: TFunction, v: Channel) => t(`channel.${v}` as const);
export const responsibilityLabel = (t: TFunction, v: Responsibility) => t(`responsibility.${v}` as const);
export const actionLabel = (t: TFunction, v: ComplaintAction) => t(`action.${v}` as const);
export const orderLabel = (t: TFunction, v: ComplaintOrder) => t(`order.${v}` as const);
export const eventKindLabel = (t: TFunction, v: EventKind) => t(`event.${v}` as const);
export const visibilityLabel = (t: TFunction, v: Visibility) => t(`visibility.${v}` as const);
export const publicStatusLabel = (t: TFunction, v: PublicStatus) => t(`publicStatus.${v}` as const);
export const assignModeLabel = (t: TFunction, v: AssignMode) => t(`assignMode.${v}` as const);
export const routingMissLabel = (t: TFunction, v: RoutingMiss) => t(`routingMiss.${v}` as const);
export const approvalStatusLabel = (t: TFunction, v: ApprovalStatus) => t(`approvalStatus.${v}` as const);
export const complianceRuleLabel = (t: TFunction, v: ComplianceRuleKind) => t(`complianceRule.${v}` as const);
export const erasureStatusLabel = (t: TFunction, v: ErasureStatus) => t(`erasureStatus.${v}` as const);
export const recordClassLabel = (t: TFunction, v: RecordClass) => t(`recordClass.${v}` as const);

/**
 * A permission's name in the current language; a code the console does not
 * know yet shows the server's (Chinese) label, else the code.
 */
export function permissionLabel(t: TFunction, code: string, serverLabel?: string): string {
  return isOneOf(PERMISSIONS, code) ? t(`permission.${code}` as MessageKey) : (serverLabel ?? code);
}

/** antd preset colours: new work is blue, in-flight warm, done green/grey. */
export const STATUS_COLORS: Record<ComplaintStatus, string> = {
  ACCEPTED: 'blue',
  ESCALATED: 'volcano',
  DISPATCHED: 'purple',
  INVESTIGATED: 'cyan',
  RESOLUTION_PROPOSED: 'gold',
  RESOLVED: 'green',
  CALLBACK_DONE: 'lime',
  CLOSED: 'default',
};

/** Waiting is gold, granted green, refused red, replaced grey. */
export const APPROVAL_STATUS_COLORS: Record<ApprovalStatus, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

export const PRIORITY_COLORS: Record<Priority, string> = {
  URGENT: 'red',
  IMPORTANT: 'orange',
  NORMAL: 'default',
};

/** Role label for a role code; custom roles (not built in) show their code. */
export function roleLabel(t: TFunction, code: string): string {
  const key = `role.${code}`;
  return isOneOf(BUILTIN_ROLE_KEYS, key) ? t(key) : code;
}

/** Whether the console has its own (translated) label for the role. */
export function isBuiltinRole(code: string): boolean {
  return isOneOf(BUILTIN_ROLE_KEYS, `role.${code}`);
}

const BUILTIN_ROLE_KEYS = [
  'role.agent',
  'role.expert',
  'role.handler',
  'role.supervisor',
  'role.approver',
  'role.qa',
  'role.kb_editor',
  'role.kb_reviewer',
  'role.auditor',
  'role.admin',
] as const;
