import { describe, expect, it } from 'vitest';
import { isFuturePromise, toNoteInput } from './note';

describe('a note', () => {
  const draft = {
    body: '  已联系计费部门核查 ',
    visibility: 'CUSTOMER' as const,
    promisedReplyAt: '2026-12-05T02:00:00.000Z',
  };

  it('is customer-visible with its promised reply only for those allowed to write to the customer', () => {
    expect(toNoteInput('7', draft, true)).toEqual({
      id: '7',
      body: '已联系计费部门核查',
      visibility: 'CUSTOMER',
      promisedReplyAt: '2026-12-05T02:00:00.000Z',
    });
    expect(toNoteInput('7', draft, false)).toEqual({ id: '7', body: '已联系计费部门核查', visibility: 'INTERNAL' });
  });

  it('never sends a promised reply with an internal note', () => {
    expect(toNoteInput('7', { ...draft, visibility: 'INTERNAL' }, true)).toEqual({
      id: '7',
      body: '已联系计费部门核查',
      visibility: 'INTERNAL',
    });
    expect(toNoteInput('7', { ...draft, promisedReplyAt: null }, true).promisedReplyAt).toBeUndefined();
  });

  it('promises a reply in the future only', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    expect(isFuturePromise(null, now)).toBe(true);
    expect(isFuturePromise('2026-12-04T10:30:00Z', now)).toBe(true);
    expect(isFuturePromise('2026-12-04T09:59:00Z', now)).toBe(false);
  });
});
