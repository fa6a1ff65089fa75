import { describe, expect, it } from 'vitest';
import { callbackDue, rowSteps } from './callbackQueue';

const now = new Date('2026-12-08T02:00:00Z');

describe('callbackDue', () => {
  it('takes the callback step’s deadline, else the first running clock’s', () => {
    expect(
      callbackDue(
        {
          state: 'ON_TRACK',
          currentStep: 'CALLBACK',
          stepDueAt: '2026-12-08T10:00:00Z',
          nextDueAt: '2026-12-08T09:00:00Z',
        },
        now,
      ),
    ).toEqual({ dueAt: '2026-12-08T10:00:00Z', overdue: false });
    expect(callbackDue({ state: 'AT_RISK', currentStep: null, nextDueAt: '2026-12-08T03:00:00Z' }, now)).toEqual({
      dueAt: '2026-12-08T03:00:00Z',
      overdue: false,
    });
  });

  it('is overdue once breached, or once the deadline has passed while the list was open', () => {
    expect(
      callbackDue({ state: 'BREACHED', currentStep: 'CALLBACK', stepDueAt: '2026-10-10T10:00:00Z' }, now).overdue,
    ).toBe(true);
    expect(callbackDue({ state: 'AT_RISK', currentStep: 'CALLBACK', stepDueAt: '2026-12-08T01:59:00Z' }, now)).toEqual(
      { dueAt: '2026-12-08T01:59:00Z', overdue: true },
    );
    // a paused clock does not run out
    expect(callbackDue({ state: 'PAUSED', nextDueAt: '2026-12-08T01:00:00Z' }, now).overdue).toBe(false);
  });

  it('has no deadline without a clock', () => {
    expect(callbackDue(null, now)).toEqual({ dueAt: null, overdue: false });
    expect(callbackDue({ state: 'MET' }, now)).toEqual({ dueAt: null, overdue: false });
  });
});

describe('rowSteps', () => {
  it('offers what the server allows this user', () => {
    expect(rowSteps(['RECORD_CALLBACK', 'CALLBACK_ATTEMPT', 'REOPEN', 'CLOSE'])).toEqual({
      record: true,
      attempt: true,
    });
    expect(rowSteps(['REOPEN'])).toEqual({ record: false, attempt: false });
  });
});
