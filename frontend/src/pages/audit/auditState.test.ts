import { describe, expect, it } from 'vitest';
import { KNOWN_AUDIT_ACTIONS } from './auditActions';
import {
  EMPTY_AUDIT_STATE,
  activeAuditFilters,
  parseAuditParams,
  prettyJson,
  toAuditFilter,
  toAuditParams,
  type AuditState,
} from './auditState';

const full: AuditState = {
  actorName: 'agent',
  action: 'customer.reveal',
  outcome: 'success',
  customerId: '42',
  customerPhone: '13912345678',
  targetType: 'complaint',
  targetId: '17',
  from: '2026-11-01',
  to: '2026-11-24',
};

describe('audit filters ↔ URL', () => {
  it('round-trips every filter through the query string', () => {
    const params = toAuditParams(full);
    expect(params.toString()).toBe(
      'actor=agent&action=customer.reveal&outcome=success&customer=42&phone=13912345678&targetType=complaint&target=17&from=2026-11-01&to=2026-11-24',
    );
    expect(parseAuditParams(params)).toEqual(full);
  });

  it('gives a clean URL for no filters', () => {
    expect(toAuditParams(EMPTY_AUDIT_STATE).toString()).toBe('');
    expect(parseAuditParams(new URLSearchParams())).toEqual(EMPTY_AUDIT_STATE);
  });

  it('drops malformed values instead of sending them', () => {
    const s = parseAuditParams(
      new URLSearchParams('action=DROP TABLE&outcome=maybe&customer=12a&phone=139abc&targetType=Complaint!&from=2026-13-01&to=x'),
    );
    expect(s).toEqual(EMPTY_AUDIT_STATE);
  });

  it('swaps a reversed day range', () => {
    const s = parseAuditParams(new URLSearchParams('from=2026-11-24&to=2026-11-01'));
    expect([s.from, s.to]).toEqual(['2026-11-01', '2026-11-24']);
  });

  it('keeps a phone number as typed, with its spaces and dashes', () => {
    expect(parseAuditParams(new URLSearchParams('phone=139 1234-5678')).customerPhone).toBe('139 1234-5678');
    expect(toAuditFilter({ ...EMPTY_AUDIT_STATE, customerPhone: ' 13912345678 ' })).toEqual({
      customerPhone: '13912345678',
    });
  });

  it('keeps an action the console does not know, as long as it looks like one', () => {
    expect(parseAuditParams(new URLSearchParams('action=sla.breach')).action).toBe('sla.breach');
  });
});

describe('the API filter', () => {
  it('covers whole Beijing days, the end exclusive', () => {
    expect(toAuditFilter(full)).toEqual({
      actorName: 'agent',
      action: 'customer.reveal',
      outcome: 'success',
      customerId: '42',
      customerPhone: '13912345678',
      targetType: 'complaint',
      targetId: '17',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-24T16:00:00.000Z',
    });
  });

  it('is empty without filters and counts the active ones', () => {
    expect(toAuditFilter(EMPTY_AUDIT_STATE)).toEqual({});
    expect(activeAuditFilters(full)).toBe(9);
    expect(activeAuditFilters({ ...EMPTY_AUDIT_STATE, actorName: '  ' })).toBe(0);
  });
});

describe('helpers', () => {
  it('pretty-prints the detail JSON', () => {
    expect(prettyJson({ reason: '回电核实', rows: 1 })).toBe('{\n  "reason": "回电核实",\n  "rows": 1\n}');
    expect(prettyJson(null)).toBe('null');
  });

  it('lists each known action once, including the ones the brief names', () => {
    expect(new Set(KNOWN_AUDIT_ACTIONS).size).toBe(KNOWN_AUDIT_ACTIONS.length);
    for (const a of [
      'auth.login',
      'customer.reveal',
      'customer.lookup',
      'attachment.download',
      'audit.read',
      'audit.export',
      'kb.publish',
    ]) {
      expect(KNOWN_AUDIT_ACTIONS).toContain(a);
    }
  });
});
