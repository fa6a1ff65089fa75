import { describe, expect, it } from 'vitest';
import {
  CALLBACK_MAX_ATTEMPTS,
  callbackDetails,
  callbackEffect,
  callbackOutcome,
  isCallbackAction,
  isLastAttempt,
  isLowScore,
} from './callback';

describe('the callback rules', () => {
  it('tells the two callback steps from the others', () => {
    expect(isCallbackAction('RECORD_CALLBACK')).toBe(true);
    expect(isCallbackAction('CALLBACK_ATTEMPT')).toBe(true);
    expect(isCallbackAction('CLOSE')).toBe(false);
    expect(isCallbackAction('REOPEN')).toBe(false);
  });

  it('counts 1 and 2 as not satisfied', () => {
    expect([1, 2, 3, 4, 5].map(isLowScore)).toEqual([true, true, false, false, false]);
    expect(isLowScore(null)).toBe(false);
    expect(isLowScore(undefined)).toBe(false);
    expect(isLowScore(0)).toBe(false);
  });

  it('closes on 3–5 and reopens on 1–2 unless someone allowed closes it anyway', () => {
    expect(callbackEffect(null, false, false)).toBeNull();
    expect(callbackEffect(6, false, true)).toBeNull();
    for (const s of [3, 4, 5]) {
      expect(callbackEffect(s, false, false)).toBe('close');
      // ticking 仍予结案 has no meaning for a satisfied customer
      expect(callbackEffect(s, true, true)).toBe('close');
    }
    for (const s of [1, 2]) {
      expect(callbackEffect(s, false, false)).toBe('reopen');
      expect(callbackEffect(s, false, true)).toBe('reopen');
      expect(callbackEffect(s, true, true)).toBe('closeDespite');
      // without complaint.callback.override the flag does nothing
      expect(callbackEffect(s, true, false)).toBe('reopen');
    }
  });

  it('warns on the third unanswered attempt', () => {
    expect(CALLBACK_MAX_ATTEMPTS).toBe(3);
    expect(isLastAttempt(0)).toBe(false);
    expect(isLastAttempt(1)).toBe(false);
    expect(isLastAttempt(2)).toBe(true);
  });
});

describe('callbackOutcome', () => {
  it('says the complaint is closed, closed anyway, or back with the experts', () => {
    const sent = { attemptsBefore: 0 };
    expect(callbackOutcome('RECORD_CALLBACK', { status: 'CLOSED' }, sent)?.key).toBe('callbacks.done.closed');
    expect(callbackOutcome('RECORD_CALLBACK', { status: 'CLOSED' }, { ...sent, closeDespite: true })?.key).toBe(
      'callbacks.done.closedDespite',
    );
    expect(callbackOutcome('RECORD_CALLBACK', { status: 'ESCALATED' }, sent)?.key).toBe('callbacks.done.reopened');
    // an older server's resting state: the caller says the step is done
    expect(callbackOutcome('RECORD_CALLBACK', { status: 'CALLBACK_DONE' }, sent)).toBeNull();
  });

  it('counts an unanswered attempt, and says when the last one closed it', () => {
    expect(callbackOutcome('CALLBACK_ATTEMPT', { status: 'RESOLVED' }, { attemptsBefore: 1 })).toEqual({
      key: 'callbacks.done.attempt',
      params: { attempt: 2, max: 3 },
    });
    expect(callbackOutcome('CALLBACK_ATTEMPT', { status: 'CLOSED' }, { attemptsBefore: 2 })).toEqual({
      key: 'callbacks.done.unreachable',
      params: { max: 3 },
    });
  });
});

describe('callbackDetails', () => {
  it('reads the attempt number of an unanswered callback; malformed data gives nothing', () => {
    expect(callbackDetails({ attempt: 2, of: 3 }, 'CALLBACK_ATTEMPTED')).toEqual([
      { kind: 'callbackAttempt', attempt: 2, of: 3 },
    ]);
    expect(callbackDetails({ attempt: '2', of: 3 }, 'CALLBACK_ATTEMPTED')).toEqual([]);
    expect(callbackDetails({}, 'CALLBACK_ATTEMPTED')).toEqual([]);
  });

  it('tells the system’s closings apart: unreachable, after a good score, despite a low one', () => {
    expect(callbackDetails({ attempts: 3, unreachable: true }, 'CLOSED')).toEqual([
      { kind: 'closedUnreachable', attempts: 3 },
    ]);
    expect(callbackDetails({ unreachable: true }, 'CLOSED')).toEqual([{ kind: 'closedUnreachable', attempts: 3 }]);
    expect(callbackDetails({ lowScoreConfirmed: false, satisfaction: 4 }, 'CLOSED')).toEqual([
      { kind: 'closedAfterCallback', satisfaction: 4 },
    ]);
    expect(callbackDetails({ lowScoreConfirmed: true, satisfaction: 2 }, 'CLOSED')).toEqual([
      { kind: 'closedDespiteLowScore', satisfaction: 2 },
    ]);
    expect(callbackDetails({ lowScoreConfirmed: true, satisfaction: 9 }, 'CLOSED')).toEqual([
      { kind: 'closedDespiteLowScore', satisfaction: null },
    ]);
    // a close by hand (结案归档) is not the callback's
    expect(callbackDetails({}, 'CLOSED')).toBeNull();
  });

  it('marks a reopening caused by the callback, not one by hand', () => {
    expect(callbackDetails({ byCallback: true, satisfaction: 1 }, 'REOPENED')).toEqual([
      { kind: 'reopenedByCallback', satisfaction: 1 },
    ]);
    expect(callbackDetails({ byCallback: true }, 'REOPENED')).toEqual([
      { kind: 'reopenedByCallback', satisfaction: null },
    ]);
    expect(callbackDetails({ satisfaction: 1 }, 'REOPENED')).toBeNull();
    expect(callbackDetails({ satisfaction: 4 }, 'CALLBACK_RECORDED')).toBeNull();
  });
});
