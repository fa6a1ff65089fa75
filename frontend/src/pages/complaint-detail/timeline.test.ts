import { describe, expect, it } from 'vitest';
import {
  countByVisibility,
  currentPublicStep,
  eventDetails,
  fileKind,
  filterTimeline,
  formatBytes,
  routedTried,
} from './timeline';

const events = [
  { id: '1', visibility: 'CUSTOMER' as const },
  { id: '2', visibility: 'INTERNAL' as const },
  { id: '3', visibility: 'INTERNAL' as const },
  { id: '4', visibility: 'CUSTOMER' as const },
];

describe('timeline filter', () => {
  it('separates internal notes from what the customer was told, keeping order', () => {
    expect(filterTimeline(events, 'all').map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    expect(filterTimeline(events, 'internal').map((e) => e.id)).toEqual(['2', '3']);
    expect(filterTimeline(events, 'customer').map((e) => e.id)).toEqual(['1', '4']);
    expect(countByVisibility(events)).toEqual({ all: 4, internal: 2, customer: 2 });
  });
});

describe('event details', () => {
  it('reads the server’s snake_case enum values and money in fen', () => {
    expect(eventDetails({ channel: 'social_media', repeatOf: null })).toEqual([
      { kind: 'channel', value: 'SOCIAL_MEDIA' },
    ]);
    expect(eventDetails({ responsibility: 'internal' })).toEqual([{ kind: 'responsibility', value: 'INTERNAL' }]);
    expect(eventDetails({ refundGrantedCents: 1460000 })).toEqual([{ kind: 'refund', cents: 1460000 }]);
    expect(eventDetails({ assigneeId: null, teamId: 10, teamName: '客诉专家组' })).toEqual([
      { kind: 'team', name: '客诉专家组' },
    ]);
    expect(eventDetails({ satisfaction: 3 })).toEqual([{ kind: 'satisfaction', value: 3 }]);
    expect(eventDetails({ attachmentId: 1, sha256: 'ab', size: 68 })).toEqual([{ kind: 'size', bytes: 68 }]);
  });

  it('ignores what it does not understand', () => {
    expect(eventDetails(null)).toEqual([]);
    expect(eventDetails('x')).toEqual([]);
    expect(eventDetails([1])).toEqual([]);
    expect(
      eventDetails({ channel: 'carrier_pigeon', responsibility: 'aliens', satisfaction: 9, refundGrantedCents: -5 }),
    ).toEqual([]);
  });
});

describe('approvals in the timeline', () => {
  it('reads a proposal’s wrong charge and whether it waits for an approver', () => {
    expect(
      eventDetails(
        { refundGrantedCents: 272000, wronglyChargedCents: 136000, approvalRequired: true },
        'RESOLUTION_PROPOSED',
      ),
    ).toEqual([{ kind: 'refund', cents: 272000 }, { kind: 'wronglyCharged', cents: 136000 }, { kind: 'needsApproval' }]);
    expect(
      eventDetails({ refundGrantedCents: 5000, wronglyChargedCents: null, approvalRequired: false }, 'RESOLUTION_PROPOSED'),
    ).toEqual([{ kind: 'refund', cents: 5000 }]);
  });

  it('reads the request and the decision, approved or rejected', () => {
    expect(eventDetails({ amountCents: 272000, authorityCents: 100000 }, 'APPROVAL_REQUESTED')).toEqual([
      { kind: 'approvalRequested', cents: 272000, authorityCents: 100000 },
    ]);
    expect(
      eventDetails({ approvalId: 3, approved: true, amountCents: 272000, approvedCents: 200000 }, 'APPROVAL_DECIDED'),
    ).toEqual([{ kind: 'approvalDecided', approved: true, requestedCents: 272000, approvedCents: 200000 }]);
    expect(
      eventDetails({ approvalId: 4, approved: false, amountCents: 150000, approvedCents: null }, 'APPROVAL_DECIDED'),
    ).toEqual([{ kind: 'approvalDecided', approved: false, requestedCents: 150000, approvedCents: null }]);
  });

  it('ignores malformed approval data', () => {
    expect(eventDetails({ amountCents: 'lots' }, 'APPROVAL_REQUESTED')).toEqual([]);
    expect(eventDetails({ amountCents: 100 }, 'APPROVAL_REQUESTED')).toEqual([]);
    expect(eventDetails({ amountCents: 100, approved: 'yes' }, 'APPROVAL_DECIDED')).toEqual([]);
  });
});

describe('attachments', () => {
  it('formats sizes', () => {
    expect(formatBytes(68)).toBe('68 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatBytes(-1)).toBe('—');
  });

  it('previews only the image types the server accepts; PDFs open in a tab', () => {
    expect(fileKind('image/png')).toBe('image');
    expect(fileKind('IMAGE/JPEG')).toBe('image');
    expect(fileKind('image/svg+xml')).toBe('other');
    expect(fileKind('application/pdf')).toBe('pdf');
    expect(fileKind('application/octet-stream')).toBe('other');
  });
});

describe('the customer view', () => {
  it('stands at the latest public state told', () => {
    expect(currentPublicStep([])).toBe(0);
    expect(currentPublicStep([{ publicStatus: 'ACCEPTED' }, { publicStatus: 'IN_PROGRESS' }])).toBe(1);
    expect(currentPublicStep([{ publicStatus: 'INVESTIGATED' }, { publicStatus: 'COMPLETED' }])).toBe(3);
  });
});

describe('automatic routing', () => {
  const data = {
    trigger: 'registered',
    ruleId: 3,
    ruleName: '账单争议转计费专家组',
    assignMode: 'round_robin',
    teamId: 12,
    teamName: '财务部',
    assigneeId: 9,
    insteadOf: null,
    tried: [
      { ruleId: 1, ruleName: '监管转办件', misses: ['channel'] },
      { ruleId: 2, ruleName: '大额争议', misses: ['amount', 'repeat_caller', 'product_model'] },
    ],
  };

  it('lists the rules tried before, with the misses as API values', () => {
    expect(routedTried(data)).toEqual([
      { ruleName: '监管转办件', misses: ['CHANNEL'] },
      { ruleName: '大额争议', misses: ['AMOUNT', 'REPEAT_CALLER', 'PRODUCT_MODEL'] },
    ]);
    expect(eventDetails(data)).toEqual([{ kind: 'team', name: '财务部' }]);
  });

  it('names the team a RETURNED entry went back to, not one it was sent to', () => {
    const returned = { fromTeamId: 11, teamId: 10, teamName: '客诉专家组' };
    expect(eventDetails(returned, 'RETURNED')).toEqual([{ kind: 'returnedTo', name: '客诉专家组' }]);
    expect(eventDetails(returned, 'DISPATCHED')).toEqual([{ kind: 'team', name: '客诉专家组' }]);
    expect(eventDetails({ fromTeamId: 11, teamId: 10, teamName: '' }, 'RETURNED')).toEqual([]);
  });

  it('ignores what it does not understand', () => {
    expect(routedTried(null)).toEqual([]);
    expect(routedTried({ tried: 'x' })).toEqual([]);
    expect(
      routedTried({ tried: [null, { ruleName: '', misses: ['channel'] }, { ruleName: 'a', misses: ['moon'] }] }),
    ).toEqual([]);
  });
});

describe('the satisfaction callback in the timeline', () => {
  it('shows the attempt number and the server’s closing or reopening, not the score twice', () => {
    expect(eventDetails({ attempt: 1, of: 3 }, 'CALLBACK_ATTEMPTED')).toEqual([
      { kind: 'callbackAttempt', attempt: 1, of: 3 },
    ]);
    expect(eventDetails({ attempts: 3, unreachable: true }, 'CLOSED')).toEqual([
      { kind: 'closedUnreachable', attempts: 3 },
    ]);
    expect(eventDetails({ lowScoreConfirmed: true, satisfaction: 2 }, 'CLOSED')).toEqual([
      { kind: 'closedDespiteLowScore', satisfaction: 2 },
    ]);
    expect(eventDetails({ lowScoreConfirmed: false, satisfaction: 4 }, 'CLOSED')).toEqual([
      { kind: 'closedAfterCallback', satisfaction: 4 },
    ]);
    expect(eventDetails({ byCallback: true, satisfaction: 1 }, 'REOPENED')).toEqual([
      { kind: 'reopenedByCallback', satisfaction: 1 },
    ]);
    // the callback entry itself keeps its stars
    expect(eventDetails({ satisfaction: 1 }, 'CALLBACK_RECORDED')).toEqual([{ kind: 'satisfaction', value: 1 }]);
  });
});
