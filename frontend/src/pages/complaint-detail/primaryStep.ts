/**
 * The primary button of the detail page: the next sensible step for the
 * viewer's seat and the complaint's state, among what the server offers
 * (`availableActions`) plus assigning. The lifecycle order alone is wrong
 * for most seats: an expert looking at a new complaint would be offered to
 * escalate it to their own team.
 */
import type { ComplaintAction, ComplaintStatus } from '../../gql/graphql';
import { FINISHED_STATUSES } from '../../lib/enums';

/** Where the viewer sits in the handling chain; `callback` calls customers back (质检 QA). */
export type Seat = 'agent' | 'expert' | 'handler' | 'callback' | 'other';

/** A step the detail page can offer: a lifecycle action, or assigning a handler. */
export type Step = ComplaintAction | 'ASSIGN';

/**
 * The seat of a user: by built-in role (expert and supervisor work the
 * complaint through; the handler investigates for a department; the agent
 * takes calls; QA makes the satisfaction calls), else by permissions for
 * custom roles.
 */
export function seatOf(roles: readonly string[], permissions: readonly string[]): Seat {
  if (roles.includes('expert') || roles.includes('supervisor')) return 'expert';
  if (roles.includes('handler')) return 'handler';
  if (roles.includes('agent')) return 'agent';
  if (roles.includes('qa')) return 'callback';
  if (permissions.includes('complaint.dispatch')) return 'expert';
  if (permissions.includes('complaint.investigate')) return 'handler';
  if (permissions.includes('complaint.create')) return 'agent';
  if (permissions.includes('complaint.callback')) return 'callback';
  return 'other';
}

/** A preference: a step, or assigning only while nobody has the complaint. */
type Preference = Step | 'ASSIGN_IF_UNASSIGNED';

/** Preferred steps per seat and state, best first; the first one possible wins. */
const PREFERENCES: Record<Exclude<Seat, 'other'>, Partial<Record<ComplaintStatus, readonly Preference[]>>> = {
  agent: {
    ACCEPTED: ['ESCALATE', 'RESOLVE'],
    RESOLVED: ['RECORD_CALLBACK'],
  },
  expert: {
    // never "escalate to the expert team": the expert *is* that team
    ACCEPTED: ['DISPATCH', 'RESOLVE'],
    ESCALATED: ['DISPATCH', 'PROPOSE_RESOLUTION', 'RESOLVE'],
    // waiting for the department: someone there should have it
    DISPATCHED: ['ASSIGN_IF_UNASSIGNED'],
    INVESTIGATED: ['PROPOSE_RESOLUTION', 'RESOLVE'],
    RESOLUTION_PROPOSED: ['RESOLVE'],
    // the callback closes (3–5) or reopens (1–2) by itself: no 结案 after it
    RESOLVED: ['RECORD_CALLBACK', 'CLOSE'],
  },
  handler: {
    DISPATCHED: ['RECORD_INVESTIGATION'],
    INVESTIGATED: ['PROPOSE_RESOLUTION'],
  },
  callback: {
    RESOLVED: ['RECORD_CALLBACK'],
  },
};

export interface StepContext {
  seat: Seat;
  status: ComplaintStatus;
  availableActions: readonly ComplaintAction[];
  /** Whether the viewer may assign (`complaint.assign`). */
  canAssign: boolean;
  hasAssignee: boolean;
}

/** Whether the assign dialog is offered at all: the permission, on a complaint still being worked. */
export function canOfferAssign(ctx: Pick<StepContext, 'canAssign' | 'status'>): boolean {
  return ctx.canAssign && !FINISHED_STATUSES.includes(ctx.status);
}

/** The step to draw as the primary button, or null when nothing is this viewer's to do now. */
export function primaryStep(ctx: StepContext): Step | null {
  if (ctx.seat === 'other') return null;
  const prefs = PREFERENCES[ctx.seat][ctx.status] ?? [];
  for (const step of prefs) {
    if (step === 'ASSIGN_IF_UNASSIGNED') {
      if (!ctx.hasAssignee && canOfferAssign(ctx)) return 'ASSIGN';
      continue;
    }
    if (step === 'ASSIGN') {
      if (canOfferAssign(ctx)) return 'ASSIGN';
      continue;
    }
    if (ctx.availableActions.includes(step)) return step;
  }
  return null;
}
