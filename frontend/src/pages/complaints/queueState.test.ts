import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUEUE_STATE,
  activeFilterCount,
  announcementQueuePath,
  customerQueuePath,
  orderToSorter,
  parseQueueParams,
  sorterToOrder,
  toComplaintFilter,
  toQueueParams,
  type QueueState,
} from './queueState';
import { COMPLAINT_ORDERS } from '../../lib/enums';

const parse = (qs: string) => parseQueueParams(new URLSearchParams(qs));

describe('queue state from the URL', () => {
  it('is the default for an empty query string', () => {
    expect(parse('')).toEqual(EMPTY_QUEUE_STATE);
  });

  it('reads every filter', () => {
    const s = parse(
      'status=ACCEPTED,ESCALATED&priority=URGENT&channel=HOTLINE,WECHAT&category=2,24&q=%20退款%20&scope=assigned&open=1&major=true&from=2026-11-01&to=2026-11-24&sort=PRIORITY&customer=17&announcement=3&sla=AT_RISK,BREACHED',
    );
    expect(s).toEqual<QueueState>({
      statuses: ['ACCEPTED', 'ESCALATED'],
      priorities: ['URGENT'],
      channels: ['HOTLINE', 'WECHAT'],
      categoryIds: ['2', '24'],
      text: '退款',
      scope: 'assigned',
      openOnly: true,
      majorOnly: true,
      createdFrom: '2026-11-01',
      createdTo: '2026-11-24',
      orderBy: 'PRIORITY',
      customerId: '17',
      announcementId: '3',
      slaStates: ['AT_RISK', 'BREACHED'],
    });
  });

  it('drops unknown or malformed values instead of sending them', () => {
    const s = parse(
      'status=ACCEPTED,DELETED,accepted&priority=HIGH&category=2,abc&scope=everyone&open=yes&from=2026-13-01&sort=RANDOM',
    );
    expect(s.statuses).toEqual(['ACCEPTED']);
    expect(s.priorities).toEqual([]);
    expect(s.categoryIds).toEqual(['2']);
    expect(s.scope).toBe('all');
    expect(s.openOnly).toBe(false);
    expect(s.createdFrom).toBeNull();
    expect(s.orderBy).toBe('NEWEST');
  });

  it('keeps only known SLA states and the SLA_DUE order', () => {
    const s = parse('sla=BREACHED,LATE,at_risk,PAUSED,BREACHED&sort=SLA_DUE');
    expect(s.slaStates).toEqual(['BREACHED', 'PAUSED']);
    expect(s.orderBy).toBe('SLA_DUE');
  });

  it('accepts repeated parameters and removes duplicates', () => {
    expect(parse('status=CLOSED&status=RESOLVED,CLOSED').statuses).toEqual(['CLOSED', 'RESOLVED']);
  });

  it('swaps a reversed date range', () => {
    const s = parse('from=2026-11-24&to=2026-11-01');
    expect([s.createdFrom, s.createdTo]).toEqual(['2026-11-01', '2026-11-24']);
  });
});

describe('queue state to the URL', () => {
  it('leaves defaults out', () => {
    expect(toQueueParams(EMPTY_QUEUE_STATE).toString()).toBe('');
  });

  it('round-trips', () => {
    const state: QueueState = {
      ...EMPTY_QUEUE_STATE,
      statuses: ['DISPATCHED', 'INVESTIGATED'],
      channels: ['REGULATOR'],
      categoryIds: ['22'],
      text: 'TS20261116-000002',
      scope: 'accepted',
      majorOnly: true,
      createdFrom: '2026-11-01',
      orderBy: 'RECENTLY_UPDATED',
      slaStates: ['ON_TRACK', 'AT_RISK'],
    };
    const qs = toQueueParams(state).toString();
    expect(qs).toContain('status=DISPATCHED%2CINVESTIGATED');
    expect(qs).toContain('sort=RECENTLY_UPDATED');
    expect(qs).toContain('sla=ON_TRACK%2CAT_RISK');
    expect(parseQueueParams(new URLSearchParams(qs))).toEqual(state);
  });

  it('keeps parameters that belong to someone else', () => {
    const base = new URLSearchParams('status=CLOSED&tab=2');
    const out = toQueueParams({ ...EMPTY_QUEUE_STATE, priorities: ['URGENT'] }, base);
    expect(out.get('tab')).toBe('2');
    expect(out.get('status')).toBeNull();
    expect(out.get('priority')).toBe('URGENT');
  });
});

describe('queue state to the API filter', () => {
  it('is empty for the default state', () => {
    expect(toComplaintFilter(EMPTY_QUEUE_STATE, '7')).toEqual({});
  });

  it('maps every filter, with "mine" scopes on the signed-in user', () => {
    const f = toComplaintFilter(
      parse(
        'status=ACCEPTED&priority=URGENT,IMPORTANT&channel=APP&category=1&q=漏电&scope=assigned&open=1&major=1&from=2026-11-01&to=2026-11-02',
      ),
      '7',
    );
    expect(f).toEqual({
      statuses: ['ACCEPTED'],
      priorities: ['URGENT', 'IMPORTANT'],
      channels: ['APP'],
      categoryIds: ['1'],
      text: '漏电',
      assigneeId: '7',
      openOnly: true,
      isMajor: true,
      createdFrom: '2026-10-31T16:00:00.000Z',
      createdTo: '2026-11-02T15:59:59.999Z',
    });
    expect(toComplaintFilter(parse('scope=accepted'), '7')).toEqual({ acceptedById: '7' });
    expect(toComplaintFilter(parse('sla=BREACHED,AT_RISK&sort=SLA_DUE'), '7')).toEqual({
      slaStates: ['BREACHED', 'AT_RISK'],
    });
  });

  it('counts active filters, not the sort order', () => {
    expect(activeFilterCount(parse('sort=OLDEST'))).toBe(0);
    expect(activeFilterCount(parse('status=CLOSED&from=2026-11-01&to=2026-11-02&open=1'))).toBe(3);
    expect(activeFilterCount(parse('sla=PAUSED&sort=SLA_DUE'))).toBe(1);
  });
});

describe('table sorter ↔ order', () => {
  it('maps header clicks to the API order', () => {
    expect(sorterToOrder('createdAt', 'ascend')).toBe('OLDEST');
    expect(sorterToOrder('createdAt', 'descend')).toBe('NEWEST');
    expect(sorterToOrder('priority', 'descend')).toBe('PRIORITY');
    expect(sorterToOrder('updatedAt', 'descend')).toBe('RECENTLY_UPDATED');
    expect(sorterToOrder('sla', 'ascend')).toBe('SLA_DUE');
    expect(sorterToOrder('sla', null)).toBe('NEWEST');
    expect(sorterToOrder('priority', null)).toBe('NEWEST');
    expect(sorterToOrder('title', 'ascend')).toBe('NEWEST');
  });

  it('shows the arrow that gives the same order back', () => {
    for (const order of COMPLAINT_ORDERS) {
      const { column, direction } = orderToSorter(order);
      expect(sorterToOrder(column, direction)).toBe(order);
    }
  });

  it('narrows to one customer or one announcement, from a link', () => {
    expect(parse('customer=17').customerId).toBe('17');
    expect(parse('customer=abc&announcement=-1')).toEqual(EMPTY_QUEUE_STATE);
    const url = customerQueuePath('/complaints', '17');
    expect(url).toBe('/complaints?customer=17');
    const state = parse(url.split('?')[1] ?? '');
    expect(toComplaintFilter(state, '7')).toEqual({ customerId: '17' });
    expect(activeFilterCount(state)).toBe(1);
    const ann = parse(announcementQueuePath('/complaints', '3').split('?')[1] ?? '');
    expect(toComplaintFilter(ann, '7')).toEqual({ announcementId: '3' });
  });
});
