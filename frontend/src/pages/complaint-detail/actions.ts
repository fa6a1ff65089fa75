/**
 * Lifecycle actions on the detail page. Which ones to offer comes from the
 * server (`Complaint.availableActions`: the state machine and the user's
 * permissions and data scope); this module knows what each one asks for
 * and builds its input, always with the `expectedVersion` the user saw.
 */
import type {
  CloseComplaintInput,
  RecordCallbackAttemptInput,
  ComplaintAction,
  DispatchComplaintInput,
  EscalateComplaintInput,
  ProposeResolutionInput,
  RecordCallbackInput,
  RecordInvestigationInput,
  ReopenComplaintInput,
  Responsibility,
  ResolveComplaintInput,
  ReturnComplaintInput,
} from '../../gql/graphql';
import { COMPLAINT_ACTIONS } from '../../lib/enums';
import { yuanToCents } from '../../lib/money';
import { isLowScore } from './callback';

/** Every input a modal may show, in the order it shows them. */
export type ActionField =
  | 'teamId'
  | 'assigneeId'
  | 'findings'
  | 'responsibility'
  | 'reply'
  | 'resolution'
  | 'wronglyChargedYuan'
  | 'refundGrantedYuan'
  | 'satisfaction'
  | 'comment'
  | 'reason'
  | 'note';

export interface ActionSpec {
  fields: ReadonlyArray<{ name: ActionField; required: boolean }>;
  /** Drawn as a secondary (not the primary) button. */
  secondary?: boolean;
}

const req = (name: ActionField) => ({ name, required: true });
const opt = (name: ActionField) => ({ name, required: false });

export const ACTION_SPECS: Record<ComplaintAction, ActionSpec> = {
  ESCALATE: { fields: [opt('note')] },
  DISPATCH: { fields: [req('teamId'), opt('assigneeId'), opt('note')] },
  // a wrong dispatch goes back to the experts; never the handler's main step
  RETURN: { fields: [req('reason')], secondary: true },
  RECORD_INVESTIGATION: { fields: [req('findings'), req('responsibility')] },
  // a fee charged by mistake (WRONG_CHARGE) is proposed as its double: the
  // modal shows the fee instead of the refund then (see `ActionModal`)
  PROPOSE_RESOLUTION: { fields: [req('resolution'), opt('wronglyChargedYuan'), opt('refundGrantedYuan')] },
  RESOLVE: { fields: [req('reply'), opt('resolution'), opt('refundGrantedYuan')] },
  RECORD_CALLBACK: { fields: [req('satisfaction'), opt('comment')] },
  // the customer could not be reached for the callback
  CALLBACK_ATTEMPT: { fields: [opt('note')], secondary: true },
  REOPEN: { fields: [req('reason')], secondary: true },
  CLOSE: { fields: [opt('note')], secondary: true },
};

export interface ActionValues {
  teamId?: string | null;
  assigneeId?: string | null;
  findings?: string;
  responsibility?: Responsibility | null;
  reply?: string;
  resolution?: string;
  /** The fee charged by mistake, in 元 (only when the investigation found WRONG_CHARGE). */
  wronglyChargedYuan?: number | string | null;
  refundGrantedYuan?: number | string | null;
  satisfaction?: number | null;
  comment?: string;
  /** A supervisor closes a score of 1–2 anyway (else it reopens), giving `reason`. */
  closeDespiteLowScore?: boolean;
  reason?: string;
  note?: string;
}

/** The server's actions in lifecycle order, forward steps before reopen/close; unknown values dropped. */
export function orderActions(available: readonly ComplaintAction[]): ComplaintAction[] {
  const set = new Set(available);
  const forward = COMPLAINT_ACTIONS.filter((a) => set.has(a) && !ACTION_SPECS[a].secondary);
  const secondary = COMPLAINT_ACTIONS.filter((a) => set.has(a) && ACTION_SPECS[a].secondary);
  return [...forward, ...secondary];
}

// The primary button is chosen per seat and state: see `primaryStep.ts`.

export type ActionRequest =
  | { action: 'ESCALATE'; input: EscalateComplaintInput }
  | { action: 'DISPATCH'; input: DispatchComplaintInput }
  | { action: 'RETURN'; input: ReturnComplaintInput }
  | { action: 'RECORD_INVESTIGATION'; input: RecordInvestigationInput }
  | { action: 'PROPOSE_RESOLUTION'; input: ProposeResolutionInput }
  | { action: 'RESOLVE'; input: ResolveComplaintInput }
  | { action: 'RECORD_CALLBACK'; input: RecordCallbackInput }
  | { action: 'CALLBACK_ATTEMPT'; input: RecordCallbackAttemptInput }
  | { action: 'REOPEN'; input: ReopenComplaintInput }
  | { action: 'CLOSE'; input: CloseComplaintInput };

const text = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : undefined;
};

function required<T>(v: T | null | undefined, field: ActionField): T {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    throw new Error(`${field} is required`);
  }
  return v;
}

/** The mutation input for `action`; throws when a required value is missing (the form checks first). */
export function buildActionRequest(
  action: ComplaintAction,
  id: string,
  expectedVersion: number,
  v: ActionValues,
): ActionRequest {
  const base = { id, expectedVersion };
  const refund = yuanToCents(v.refundGrantedYuan ?? null) ?? undefined;
  const strip = <T extends object>(o: T): T => {
    for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
    return o;
  };
  switch (action) {
    case 'ESCALATE':
      return { action, input: strip({ ...base, note: text(v.note) }) };
    case 'DISPATCH':
      return {
        action,
        input: strip({
          ...base,
          teamId: required(v.teamId, 'teamId'),
          assigneeId: v.assigneeId ?? undefined,
          note: text(v.note),
        }),
      };
    case 'RETURN':
      return { action, input: { ...base, reason: required(text(v.reason), 'reason') } };
    case 'RECORD_INVESTIGATION':
      return {
        action,
        input: {
          ...base,
          findings: required(text(v.findings), 'findings'),
          responsibility: required(v.responsibility, 'responsibility'),
        },
      };
    case 'PROPOSE_RESOLUTION':
      return {
        action,
        input: strip({
          ...base,
          resolution: required(text(v.resolution), 'resolution'),
          refundGrantedCents: refund,
          wronglyChargedCents: yuanToCents(v.wronglyChargedYuan ?? null) ?? undefined,
        }),
      };
    case 'RESOLVE':
      return {
        action,
        input: strip({
          ...base,
          reply: required(text(v.reply), 'reply'),
          resolution: text(v.resolution),
          refundGrantedCents: refund,
        }),
      };
    case 'RECORD_CALLBACK': {
      const s = required(v.satisfaction, 'satisfaction');
      if (!Number.isInteger(s) || s < 1 || s > 5) throw new Error('satisfaction must be 1 to 5');
      // closing anyway is only for a low score (the server refuses it for 3–5)
      const despite =
        v.closeDespiteLowScore === true && isLowScore(s)
          ? { closeDespiteLowScore: true, reason: required(text(v.reason), 'reason') }
          : {};
      return { action, input: strip({ ...base, satisfaction: s, comment: text(v.comment), ...despite }) };
    }
    case 'CALLBACK_ATTEMPT':
      return { action, input: strip({ ...base, note: text(v.note) }) };
    case 'REOPEN':
      return { action, input: { ...base, reason: required(text(v.reason), 'reason') } };
    case 'CLOSE':
      return { action, input: strip({ ...base, note: text(v.note) }) };
  }
}
