import { describe, expect, it } from 'vitest';
import zhCN from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n';
import { formatCents, yuanToCents } from '../../lib/money';
import {
  DEFAULT_AUTHORITY_CENTS,
  approvedChanged,
  authorityHint,
  authorityLimitFromForm,
  authorityLimitText,
  decideRight,
  decisionInput,
  exceedsAuthority,
  isDoubleRefund,
  latestApprovedCents,
  parseStatusFilter,
  proposedRefundCents,
  resolveNeedsApproval,
  statusFilterParams,
  statusVariable,
} from './approvalModel';

const tZh: TFunction = (k, v) => interpolate(zhCN[k], v);
const tEn: TFunction = (k, v) => interpolate(enUS[k], v);

describe('amounts in 元', () => {
  it('shows cents as 元 with thousands and two decimals, and reads what approvers type', () => {
    expect(formatCents(136000, 'suffix', tZh)).toBe('1,360.00 元');
    expect(formatCents(DEFAULT_AUTHORITY_CENTS, 'suffix', tZh)).toBe('1,000.00 元');
    expect(formatCents(272000, 'suffix', tEn)).toBe('CNY 2,720.00');
    expect(yuanToCents(2000)).toBe(200000);
    expect(yuanToCents('1,360.5')).toBe(136050);
    expect(yuanToCents(19.99)).toBe(1999);
  });
});

describe('the status filter', () => {
  it('defaults to pending, and keeps a known status or ALL from the URL', () => {
    expect(parseStatusFilter(new URLSearchParams())).toBe('PENDING');
    expect(parseStatusFilter(new URLSearchParams('status=APPROVED'))).toBe('APPROVED');
    expect(parseStatusFilter(new URLSearchParams('status=ALL'))).toBe('ALL');
    expect(parseStatusFilter(new URLSearchParams('status=approved'))).toBe('PENDING');
    expect(parseStatusFilter(new URLSearchParams('status=nonsense'))).toBe('PENDING');
  });

  it('writes no parameter for the default, and asks the server for all with null', () => {
    expect(statusFilterParams('PENDING').toString()).toBe('');
    expect(statusFilterParams('REJECTED').toString()).toBe('status=REJECTED');
    expect(statusFilterParams('ALL').toString()).toBe('status=ALL');
    expect(statusVariable('ALL')).toBeNull();
    expect(statusVariable('WITHDRAWN')).toBe('WITHDRAWN');
  });
});

describe('a row', () => {
  it('knows a double refund and a changed amount', () => {
    expect(isDoubleRefund({ wronglyChargedCents: 136000 })).toBe(true);
    expect(isDoubleRefund({ wronglyChargedCents: null })).toBe(false);
    expect(isDoubleRefund({})).toBe(false);
    expect(approvedChanged({ amountCents: 272000, approvedCents: 200000 })).toBe(true);
    expect(approvedChanged({ amountCents: 272000, approvedCents: 272000 })).toBe(false);
    expect(approvedChanged({ amountCents: 272000, approvedCents: null })).toBe(false);
  });

  it('offers the decision to approvers on someone else’s pending request only', () => {
    const pending = { status: 'PENDING' as const, requestedBy: { id: '12' } };
    expect(decideRight(pending, { id: '14', canDecide: true })).toBe('decide');
    expect(decideRight(pending, { id: '12', canDecide: true })).toBe('own');
    expect(decideRight(pending, { id: '14', canDecide: false })).toBe('none');
    expect(decideRight({ ...pending, status: 'APPROVED' }, { id: '14', canDecide: true })).toBe('none');
    // a request whose proposer is no longer visible is still someone else's
    expect(decideRight({ status: 'PENDING', requestedBy: null }, { id: '14', canDecide: true })).toBe('decide');
  });
});

describe('the decision', () => {
  it('approves with a changed amount converted to cents and a trimmed reason', () => {
    expect(decisionInput('7', true, { amountYuan: 2000, reason: '  核实后按实际损失赔付 ' }, 272000)).toEqual({
      id: '7',
      approve: true,
      amountCents: 200000,
      reason: '核实后按实际损失赔付',
    });
  });

  it('sends no amount when approving as requested (empty or the same amount)', () => {
    expect(decisionInput('7', true, { amountYuan: null, reason: '同意' }, 272000)).toEqual({
      id: '7',
      approve: true,
      reason: '同意',
    });
    expect(decisionInput('7', true, { amountYuan: '2,720', reason: '同意' }, 272000)).toEqual({
      id: '7',
      approve: true,
      reason: '同意',
    });
  });

  it('rejects with the reason alone, never an amount', () => {
    expect(decisionInput('7', false, { amountYuan: 10, reason: '金额依据不足' }, 272000)).toEqual({
      id: '7',
      approve: false,
      reason: '金额依据不足',
    });
  });

  it('always needs a reason, and no negative amount', () => {
    expect(() => decisionInput('7', true, { reason: '   ' }, 100)).toThrow(/reason/);
    expect(() => decisionInput('7', false, {}, 100)).toThrow(/reason/);
    expect(() => decisionInput('7', true, { amountYuan: -1, reason: 'x' }, 100)).toThrow(/negative/);
  });
});

describe('authority', () => {
  it('is exceeded only above the limit, and only when both are known', () => {
    expect(exceedsAuthority(100001, 100000)).toBe(true);
    expect(exceedsAuthority(100000, 100000)).toBe(false);
    expect(exceedsAuthority(null, 100000)).toBe(false);
    expect(exceedsAuthority(500000, undefined)).toBe(false);
  });

  it('hints in the user’s language that the proposal will need an approver', () => {
    expect(authorityHint(tZh, 272000, 100000)).toBe('超出您的审批权限（1,000.00 元），提交后需审批人批准');
    expect(authorityHint(tEn, 272000, 100000)).toBe(
      'Above your authority (CNY 1,000.00): an approver has to approve it after you submit',
    );
    expect(authorityHint(tZh, 100000, 100000)).toBeNull();
    expect(authorityHint(tZh, null, 100000)).toBeNull();
  });

  it('lets a resolution above authority through only when an approved amount covers it', () => {
    const approvals = [
      { status: 'PENDING' as const, approvedCents: null },
      { status: 'APPROVED' as const, approvedCents: 200000 },
      { status: 'APPROVED' as const, approvedCents: 900000 },
    ];
    expect(latestApprovedCents(approvals)).toBe(200000);
    expect(latestApprovedCents([{ status: 'REJECTED', approvedCents: null }])).toBeNull();
    expect(resolveNeedsApproval(200000, 100000, 200000)).toBe(false);
    expect(resolveNeedsApproval(200001, 100000, 200000)).toBe(true);
    expect(resolveNeedsApproval(150000, 100000, null)).toBe(true);
    expect(resolveNeedsApproval(90000, 100000, null)).toBe(false);
  });

  it('works out the refund a proposal carries: double a wrong charge, else what was entered or granted', () => {
    const base = { wrongCharge: false, wronglyChargedCents: null, refundCents: null, claimedCents: 50000, currentCents: null };
    expect(proposedRefundCents({ ...base, refundCents: 150000 })).toBe(150000);
    expect(proposedRefundCents({ ...base, currentCents: 30000 })).toBe(30000);
    expect(proposedRefundCents(base)).toBeNull();
    expect(proposedRefundCents({ ...base, wrongCharge: true, wronglyChargedCents: 136000 })).toBe(272000);
    // the customer's claim stands in for the fee
    expect(proposedRefundCents({ ...base, wrongCharge: true })).toBe(100000);
    expect(proposedRefundCents({ ...base, wrongCharge: true, claimedCents: null })).toBeNull();
  });
});

describe('a role’s authority limit', () => {
  it('shows the default when unset', () => {
    expect(authorityLimitText(tZh, null)).toBe('默认 1,000.00 元');
    expect(authorityLimitText(tEn, undefined)).toBe('Default CNY 1,000.00');
    expect(authorityLimitText(tZh, 500000)).toBe('5,000.00 元');
    expect(authorityLimitText(tZh, 0)).toBe('0.00 元');
  });

  it('sends cents, null to restore the default, and refuses what the server would', () => {
    expect(authorityLimitFromForm(5000)).toBe(500000);
    expect(authorityLimitFromForm('')).toBeNull();
    expect(authorityLimitFromForm(null)).toBeNull();
    expect(authorityLimitFromForm(0)).toBe(0);
    expect(() => authorityLimitFromForm(-1)).toThrow(/range/);
    expect(() => authorityLimitFromForm(100_000_001)).toThrow(/range/);
  });
});
