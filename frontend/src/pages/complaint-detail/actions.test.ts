import { describe, expect, it } from 'vitest';
import { buildActionRequest, orderActions } from './actions';

describe('which actions to offer', () => {
  it('keeps the server’s list, in lifecycle order, with reopen/close last', () => {
    expect(orderActions(['CLOSE', 'REOPEN', 'RECORD_CALLBACK'])).toEqual(['RECORD_CALLBACK', 'REOPEN', 'CLOSE']);
    expect(orderActions(['RESOLVE', 'ESCALATE'])).toEqual(['ESCALATE', 'RESOLVE']);
    expect(orderActions([])).toEqual([]);
  });

  it('draws returning a wrong dispatch after the investigation, beside reopen/close', () => {
    expect(orderActions(['RETURN', 'RECORD_INVESTIGATION'])).toEqual(['RECORD_INVESTIGATION', 'RETURN']);
    expect(orderActions(['CLOSE', 'RETURN', 'DISPATCH'])).toEqual(['DISPATCH', 'RETURN', 'CLOSE']);
  });

  it('never invents an action the server did not list', () => {
    expect(orderActions(['DISPATCH'])).toEqual(['DISPATCH']);
    // a value from a newer server is not drawn as a button
    expect(orderActions(['DISPATCH', 'TELEPORT' as never])).toEqual(['DISPATCH']);
  });
});

describe('action inputs', () => {
  it('always carry the id and the version the user saw', () => {
    const r = buildActionRequest('ESCALATE', '42', 7, { note: '  需要专家处理 ' });
    expect(r).toEqual({ action: 'ESCALATE', input: { id: '42', expectedVersion: 7, note: '需要专家处理' } });
    expect(buildActionRequest('CLOSE', '42', 9, { note: ' ' })).toEqual({
      action: 'CLOSE',
      input: { id: '42', expectedVersion: 9 },
    });
  });

  it('dispatch needs a team; the assignee is optional', () => {
    expect(buildActionRequest('DISPATCH', '1', 2, { teamId: '11', assigneeId: '8' }).input).toEqual({
      id: '1',
      expectedVersion: 2,
      teamId: '11',
      assigneeId: '8',
    });
    expect(buildActionRequest('DISPATCH', '1', 2, { teamId: '11', assigneeId: null }).input).toEqual({
      id: '1',
      expectedVersion: 2,
      teamId: '11',
    });
    expect(() => buildActionRequest('DISPATCH', '1', 2, {})).toThrow(/teamId/);
  });

  it('return sends the trimmed reason with the version seen', () => {
    expect(buildActionRequest('RETURN', '7', 3, { reason: ' 属于网络运维部 ', note: 'x' })).toEqual({
      action: 'RETURN',
      input: { id: '7', expectedVersion: 3, reason: '属于网络运维部' },
    });
  });

  it('converts refunds from yuan to fen', () => {
    expect(
      buildActionRequest('PROPOSE_RESOLUTION', '1', 4, { resolution: '双倍返还', refundGrantedYuan: 60 }).input,
    ).toEqual({ id: '1', expectedVersion: 4, resolution: '双倍返还', refundGrantedCents: 6000 });
    expect(buildActionRequest('RESOLVE', '1', 5, { reply: '已退还', refundGrantedYuan: 0.1 }).input).toEqual({
      id: '1',
      expectedVersion: 5,
      reply: '已退还',
      refundGrantedCents: 10,
    });
  });

  it('sends a fee charged by mistake in fen, for the server to double', () => {
    expect(
      buildActionRequest('PROPOSE_RESOLUTION', '1', 6, { resolution: '错收双倍返还', wronglyChargedYuan: 1360 }).input,
    ).toEqual({ id: '1', expectedVersion: 6, resolution: '错收双倍返还', wronglyChargedCents: 136000 });
    // left empty: the server takes the amount the customer claimed
    expect(
      buildActionRequest('PROPOSE_RESOLUTION', '1', 6, { resolution: '错收双倍返还', wronglyChargedYuan: null }).input,
    ).toEqual({ id: '1', expectedVersion: 6, resolution: '错收双倍返还' });
  });

  it('records an unanswered callback with an optional note', () => {
    expect(buildActionRequest('CALLBACK_ATTEMPT', '3', 8, { note: ' 无人接听 ' })).toEqual({
      action: 'CALLBACK_ATTEMPT',
      input: { id: '3', expectedVersion: 8, note: '无人接听' },
    });
    expect(buildActionRequest('CALLBACK_ATTEMPT', '3', 8, {}).input).toEqual({ id: '3', expectedVersion: 8 });
  });

  it('closes a low callback score anyway only with the flag and a reason, and never a satisfied one', () => {
    expect(
      buildActionRequest('RECORD_CALLBACK', '4', 2, {
        satisfaction: 2,
        comment: ' 仍不满意 ',
        closeDespiteLowScore: true,
        reason: ' 已按最高标准补偿 ',
      }).input,
    ).toEqual({
      id: '4',
      expectedVersion: 2,
      satisfaction: 2,
      comment: '仍不满意',
      closeDespiteLowScore: true,
      reason: '已按最高标准补偿',
    });
    expect(() =>
      buildActionRequest('RECORD_CALLBACK', '4', 2, { satisfaction: 1, closeDespiteLowScore: true, reason: ' ' }),
    ).toThrow(/reason/);
    // the box left ticked after raising the score to 4: an ordinary callback
    expect(
      buildActionRequest('RECORD_CALLBACK', '4', 2, { satisfaction: 4, closeDespiteLowScore: true, reason: 'x' }).input,
    ).toEqual({ id: '4', expectedVersion: 2, satisfaction: 4 });
    expect(
      buildActionRequest('RECORD_CALLBACK', '4', 2, { satisfaction: 1, closeDespiteLowScore: false, reason: 'x' }).input,
    ).toEqual({ id: '4', expectedVersion: 2, satisfaction: 1 });
  });

  it('refuses blank required text and out-of-range satisfaction', () => {
    expect(() => buildActionRequest('RESOLVE', '1', 5, { reply: '   ' })).toThrow(/reply/);
    expect(() => buildActionRequest('REOPEN', '1', 5, {})).toThrow(/reason/);
    expect(() => buildActionRequest('RETURN', '1', 5, { reason: '  ' })).toThrow(/reason/);
    expect(() => buildActionRequest('RECORD_INVESTIGATION', '1', 5, { findings: '属实' })).toThrow(/responsibility/);
    expect(() => buildActionRequest('RECORD_CALLBACK', '1', 5, { satisfaction: 6 })).toThrow(/1 to 5/);
    expect(() => buildActionRequest('RECORD_CALLBACK', '1', 5, { satisfaction: 0 })).toThrow(/1 to 5/);
    expect(buildActionRequest('RECORD_CALLBACK', '1', 5, { satisfaction: 5, comment: '满意' }).input).toEqual({
      id: '1',
      expectedVersion: 5,
      satisfaction: 5,
      comment: '满意',
    });
  });
});
