import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, toErrorItem } from '../../api/errors';
import {
  erasureDecideRight,
  erasureDecision,
  erasureStatusVariable,
  ERASURE_FILTERS,
  isDaysError,
  requestWording,
  retentionLimits,
  sortRetentionRules,
} from './erasureModel';

const serverError = (code: string, reason?: string, field?: string) =>
  new GraphQLRequestError([toErrorItem({ message: 'the server’s text', extensions: { code, reason, field } })]);

describe('the erasure status filter', () => {
  it('offers 待审批, 已删除, 已驳回 and 全部, and asks for no status for 全部', () => {
    expect(ERASURE_FILTERS).toEqual(['PENDING', 'DONE', 'REJECTED', 'ALL']);
    expect(erasureStatusVariable('PENDING')).toBe('PENDING');
    expect(erasureStatusVariable('DONE')).toBe('DONE');
    expect(erasureStatusVariable('ALL')).toBeNull();
  });
});

describe('erasureDecideRight', () => {
  const auditor = { id: '9', canDecide: true };
  it('lets an auditor decide someone else’s pending request', () => {
    expect(erasureDecideRight({ status: 'PENDING', requestedBy: { id: '4' } }, auditor)).toBe('decide');
  });
  it('marks the auditor’s own request (the server refuses SELF_REVIEW)', () => {
    expect(erasureDecideRight({ status: 'PENDING', requestedBy: { id: '9' } }, auditor)).toBe('own');
  });
  it('offers nothing on a decided request, or to someone who may not decide', () => {
    expect(erasureDecideRight({ status: 'DONE', requestedBy: { id: '4' } }, auditor)).toBe('none');
    expect(erasureDecideRight({ status: 'REJECTED', requestedBy: { id: '4' } }, auditor)).toBe('none');
    expect(erasureDecideRight({ status: 'PENDING', requestedBy: { id: '4' } }, { id: '5', canDecide: false })).toBe(
      'none',
    );
  });
});

describe('erasureDecision', () => {
  it('sends the trimmed reason and refuses a blank one', () => {
    expect(erasureDecision('7', true, '  已核实客户身份 ')).toEqual({ id: '7', approve: true, reason: '已核实客户身份' });
    expect(erasureDecision('7', false, '仍有未办结投诉')).toEqual({ id: '7', approve: false, reason: '仍有未办结投诉' });
    expect(() => erasureDecision('7', true, '   ')).toThrow();
    expect(() => erasureDecision('7', true, undefined)).toThrow();
  });
});

describe('requestWording', () => {
  it('words a pending request, and a customer already erased only when the customer is the refused input', () => {
    expect(requestWording(serverError('CONFLICT', 'ALREADY_EXISTS'))).toEqual({
      ALREADY_EXISTS: 'erasure.request.pending',
    });
    expect(requestWording(serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'customerId'))).toEqual({
      ALREADY_EXISTS: 'erasure.request.pending',
      INVALID_INPUT: 'erasure.request.erased',
    });
    // a reason that is too long is not "already erased"
    expect(requestWording(serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'reason'))).not.toHaveProperty(
      'INVALID_INPUT',
    );
  });
});

describe('retention', () => {
  it('limits a class from its own minimum to 10,980 days', () => {
    expect(retentionLimits({ minDays: 365 })).toEqual({ min: 365, max: 10_980 });
    expect(retentionLimits({ minDays: 7 })).toEqual({ min: 7, max: 10_980 });
  });

  it('sorts the rules in the server’s order of classes', () => {
    const rules = [
      { recordClass: 'NOTIFICATION' },
      { recordClass: 'CUSTOMER' },
      { recordClass: 'SEARCH_LOG' },
    ] as const;
    expect(sortRetentionRules(rules).map((r) => r.recordClass)).toEqual(['CUSTOMER', 'SEARCH_LOG', 'NOTIFICATION']);
  });

  it('knows an error about the number of days', () => {
    expect(isDaysError({ field: 'days' })).toBe(true);
    expect(isDaysError({ field: 'input.days' })).toBe(true);
    expect(isDaysError({ field: 'recordClass' })).toBe(false);
    expect(isDaysError({})).toBe(false);
  });
});
