import { describe, expect, it } from 'vitest';
import type { ComplaintAction, ComplaintStatus } from '../../gql/graphql';
import { primaryStep, seatOf, type Seat, type Step } from './primaryStep';

/**
 * What the server offers each seat in each state (the state machine ×
 * the built-in roles' permissions), as `availableActions` would say.
 */
const OFFERED: Record<Exclude<Seat, 'other'>, Record<ComplaintStatus, ComplaintAction[]>> = {
  agent: {
    ACCEPTED: ['ESCALATE', 'RESOLVE'],
    ESCALATED: ['RESOLVE'],
    DISPATCHED: [],
    INVESTIGATED: ['RESOLVE'],
    RESOLUTION_PROPOSED: ['RESOLVE'],
    RESOLVED: ['RECORD_CALLBACK', 'CALLBACK_ATTEMPT', 'REOPEN'],
    CALLBACK_DONE: ['REOPEN'],
    CLOSED: ['REOPEN'],
  },
  expert: {
    ACCEPTED: ['ESCALATE', 'DISPATCH', 'RESOLVE'],
    ESCALATED: ['DISPATCH', 'PROPOSE_RESOLUTION', 'RESOLVE'],
    DISPATCHED: ['DISPATCH', 'RECORD_INVESTIGATION'],
    INVESTIGATED: ['DISPATCH', 'PROPOSE_RESOLUTION', 'RESOLVE'],
    RESOLUTION_PROPOSED: ['DISPATCH', 'RESOLVE'],
    RESOLVED: ['RECORD_CALLBACK', 'CALLBACK_ATTEMPT', 'REOPEN', 'CLOSE'],
    // no longer a resting state (a callback closes or reopens in the same step)
    CALLBACK_DONE: ['REOPEN', 'CLOSE'],
    CLOSED: ['REOPEN'],
  },
  handler: {
    ACCEPTED: [],
    ESCALATED: [],
    DISPATCHED: ['RETURN', 'RECORD_INVESTIGATION'],
    INVESTIGATED: ['PROPOSE_RESOLUTION'],
    RESOLUTION_PROPOSED: [],
    RESOLVED: [],
    CALLBACK_DONE: [],
    CLOSED: [],
  },
  callback: {
    ACCEPTED: [],
    ESCALATED: [],
    DISPATCHED: [],
    INVESTIGATED: [],
    RESOLUTION_PROPOSED: [],
    RESOLVED: ['RECORD_CALLBACK', 'CALLBACK_ATTEMPT'],
    CALLBACK_DONE: [],
    CLOSED: [],
  },
};

/** The expected primary step per seat × state (unassigned complaint). */
const EXPECTED: Record<Exclude<Seat, 'other'>, Record<ComplaintStatus, Step | null>> = {
  agent: {
    ACCEPTED: 'ESCALATE',
    ESCALATED: null,
    DISPATCHED: null,
    INVESTIGATED: null,
    RESOLUTION_PROPOSED: null,
    RESOLVED: 'RECORD_CALLBACK',
    CALLBACK_DONE: null,
    CLOSED: null,
  },
  expert: {
    ACCEPTED: 'DISPATCH',
    ESCALATED: 'DISPATCH',
    DISPATCHED: 'ASSIGN',
    INVESTIGATED: 'PROPOSE_RESOLUTION',
    RESOLUTION_PROPOSED: 'RESOLVE',
    RESOLVED: 'RECORD_CALLBACK',
    CALLBACK_DONE: null,
    CLOSED: null,
  },
  handler: {
    ACCEPTED: null,
    ESCALATED: null,
    DISPATCHED: 'RECORD_INVESTIGATION',
    INVESTIGATED: 'PROPOSE_RESOLUTION',
    RESOLUTION_PROPOSED: null,
    RESOLVED: null,
    CALLBACK_DONE: null,
    CLOSED: null,
  },
  callback: {
    ACCEPTED: null,
    ESCALATED: null,
    DISPATCHED: null,
    INVESTIGATED: null,
    RESOLUTION_PROPOSED: null,
    RESOLVED: 'RECORD_CALLBACK',
    CALLBACK_DONE: null,
    CLOSED: null,
  },
};

describe('primaryStep', () => {
  for (const seat of ['agent', 'expert', 'handler', 'callback'] as const) {
    for (const status of Object.keys(OFFERED[seat]) as ComplaintStatus[]) {
      it(`${seat} on ${status} → ${EXPECTED[seat][status] ?? 'nothing'}`, () => {
        const step = primaryStep({
          seat,
          status,
          availableActions: OFFERED[seat][status],
          canAssign: seat === 'expert',
          hasAssignee: false,
        });
        expect(step).toBe(EXPECTED[seat][status]);
        if (step && step !== 'ASSIGN') expect(OFFERED[seat][status]).toContain(step);
      });
    }
  }

  it('never offers an expert escalation to their own team as the primary step', () => {
    for (const status of Object.keys(OFFERED.expert) as ComplaintStatus[]) {
      const step = primaryStep({
        seat: 'expert',
        status,
        availableActions: ['ESCALATE', ...OFFERED.expert[status]],
        canAssign: true,
        hasAssignee: true,
      });
      expect(step, status).not.toBe('ESCALATE');
    }
  });

  it('never makes returning a wrong dispatch the primary step: investigating stays it', () => {
    const ctx = { seat: 'handler' as const, status: 'DISPATCHED' as const, canAssign: false, hasAssignee: true };
    expect(primaryStep({ ...ctx, availableActions: ['RETURN', 'RECORD_INVESTIGATION'] })).toBe('RECORD_INVESTIGATION');
    expect(primaryStep({ ...ctx, availableActions: ['RETURN'] })).toBeNull();
    for (const seat of ['agent', 'expert', 'handler'] as const) {
      for (const status of Object.keys(OFFERED[seat]) as ComplaintStatus[]) {
        const step = primaryStep({
          seat,
          status,
          availableActions: ['RETURN', ...OFFERED[seat][status]],
          canAssign: seat === 'expert',
          hasAssignee: false,
        });
        expect(step, `${seat} ${status}`).not.toBe('RETURN');
      }
    }
  });

  it('offers assigning a dispatched complaint only while nobody has it', () => {
    const ctx = { seat: 'expert' as const, status: 'DISPATCHED' as const, availableActions: OFFERED.expert.DISPATCHED };
    expect(primaryStep({ ...ctx, canAssign: true, hasAssignee: false })).toBe('ASSIGN');
    expect(primaryStep({ ...ctx, canAssign: true, hasAssignee: true })).toBeNull();
    expect(primaryStep({ ...ctx, canAssign: false, hasAssignee: false })).toBeNull();
  });

  it('falls to the next preference when the server does not offer the first', () => {
    expect(
      primaryStep({
        seat: 'expert',
        status: 'ESCALATED',
        availableActions: ['RESOLVE'],
        canAssign: true,
        hasAssignee: true,
      }),
    ).toBe('RESOLVE');
    expect(
      primaryStep({
        seat: 'agent',
        status: 'ACCEPTED',
        availableActions: ['RESOLVE'],
        canAssign: false,
        hasAssignee: false,
      }),
    ).toBe('RESOLVE');
  });

  it('gives readers without a part in the chain no primary step', () => {
    expect(
      primaryStep({
        seat: 'other',
        status: 'ACCEPTED',
        availableActions: ['RESOLVE'],
        canAssign: false,
        hasAssignee: false,
      }),
    ).toBeNull();
  });
});

describe('seatOf', () => {
  it('reads the seat from built-in roles, then from permissions', () => {
    expect(seatOf(['supervisor'], [])).toBe('expert');
    expect(seatOf(['expert', 'agent'], [])).toBe('expert');
    expect(seatOf(['handler'], [])).toBe('handler');
    expect(seatOf(['agent'], [])).toBe('agent');
    expect(seatOf(['custom'], ['complaint.dispatch'])).toBe('expert');
    expect(seatOf(['custom'], ['complaint.investigate'])).toBe('handler');
    expect(seatOf(['qa'], ['complaint.read.all', 'complaint.callback'])).toBe('callback');
    expect(seatOf(['custom'], ['complaint.read.all', 'complaint.callback'])).toBe('callback');
    expect(seatOf(['auditor'], ['complaint.read.all', 'complaint.note'])).toBe('other');
  });

  it('never makes an unanswered callback attempt the primary step, nor 结案 once the callback is recorded', () => {
    for (const seat of ['agent', 'expert', 'callback'] as const) {
      const ctx = { seat, canAssign: seat === 'expert', hasAssignee: true };
      expect(primaryStep({ ...ctx, status: 'RESOLVED', availableActions: ['CALLBACK_ATTEMPT', 'REOPEN'] })).not.toBe(
        'CALLBACK_ATTEMPT',
      );
      expect(primaryStep({ ...ctx, status: 'CALLBACK_DONE', availableActions: ['REOPEN', 'CLOSE'] })).toBeNull();
    }
  });
});
