import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { announcementPhase, toAnnouncementInput, toFormValues, toUpdateInput } from './announcementState';

describe('announcementPhase', () => {
  const now = new Date('2026-11-24T04:00:00Z');
  it('is active inside the window and when open-ended', () => {
    expect(announcementPhase({ activeFrom: '2026-11-23T00:00:00Z', activeUntil: null }, now)).toBe('active');
    expect(announcementPhase({ activeFrom: '2026-11-23T00:00:00Z', activeUntil: '2026-11-25T00:00:00Z' }, now)).toBe(
      'active',
    );
  });
  it('is upcoming before the start and expired from the end on', () => {
    expect(announcementPhase({ activeFrom: '2026-11-24T05:00:00Z' }, now)).toBe('upcoming');
    expect(announcementPhase({ activeFrom: '2026-11-20T00:00:00Z', activeUntil: '2026-11-24T04:00:00Z' }, now)).toBe(
      'expired',
    );
  });
});

describe('toAnnouncementInput', () => {
  it('trims and leaves empty window ends to the server', () => {
    expect(toAnnouncementInput({ title: ' 计费故障 ', explanation: ' 统一口径 ', window: [null, null] })).toEqual({
      title: '计费故障',
      explanation: '统一口径',
    });
  });
  it('sends the window as instants and the category when chosen', () => {
    const from = dayjs('2026-11-24T08:00:00+08:00');
    const until = dayjs('2026-11-27T18:00:00+08:00');
    expect(toAnnouncementInput({ title: 'a', explanation: 'b', categoryId: '23', window: [from, until] })).toEqual({
      title: 'a',
      explanation: 'b',
      categoryId: '23',
      activeFrom: '2026-11-24T00:00:00.000Z',
      activeUntil: '2026-11-27T10:00:00.000Z',
    });
  });
});

describe('editing an announcement', () => {
  const row = {
    title: '计费系统故障',
    explanation: '已自动退还',
    category: { id: '22' },
    activeFrom: '2026-11-23T00:00:00.000Z',
    activeUntil: null,
  };

  it('starts from its current values', () => {
    const v = toFormValues(row);
    expect(v.categoryId).toBe('22');
    expect(v.window?.[0]?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(v.window?.[1]).toBeNull();
  });

  it('sends every field with the version it was read at; cleared ends and categories are nulls', () => {
    const v = { ...toFormValues(row), title: ' 计费系统故障（已恢复） ', categoryId: null };
    expect(toUpdateInput('3', 2, v)).toEqual({
      id: '3',
      expectedVersion: 2,
      title: '计费系统故障（已恢复）',
      explanation: '已自动退还',
      categoryId: null,
      activeFrom: '2026-11-23T00:00:00.000Z',
      activeUntil: null,
    });
    const until = dayjs('2026-11-30T00:00:00Z');
    const out = toUpdateInput('3', 2, { ...v, window: [null, until] });
    expect(out.activeUntil).toBe('2026-11-30T00:00:00.000Z');
    expect('activeFrom' in out).toBe(false);
  });
});
