import { describe, expect, it } from 'vitest';
import { isDefaultCriteria, toCriteriaFormValues, toCriteriaInput } from './majorCriteriaModel';

const DEFAULTS = {
  amountOverCents: 500_000,
  channels: ['SOCIAL_MEDIA', 'REGULATOR'] as const,
  repeatSameIssue: true,
  announcementCountOver: 20,
  version: 0,
};

describe('major criteria form', () => {
  it('shows cents as yuan, the channels in their usual order, and version 0 as the defaults', () => {
    expect(toCriteriaFormValues(DEFAULTS)).toEqual({
      amountOverYuan: 5000,
      channels: ['REGULATOR', 'SOCIAL_MEDIA'],
      repeatSameIssue: true,
      announcementCountOver: 20,
    });
    expect(isDefaultCriteria(DEFAULTS)).toBe(true);
    expect(isDefaultCriteria({ version: 3 })).toBe(false);
  });

  it('shows a criterion that is off (null) as an empty input', () => {
    const v = toCriteriaFormValues({ ...DEFAULTS, amountOverCents: null, announcementCountOver: undefined, channels: [] });
    expect(v.amountOverYuan).toBeNull();
    expect(v.announcementCountOver).toBeNull();
    expect(v.channels).toEqual([]);
  });

  it('sends yuan as cents (to the fen) and the version read', () => {
    expect(
      toCriteriaInput(
        { amountOverYuan: 1999.99, channels: ['SOCIAL_MEDIA'], repeatSameIssue: false, announcementCountOver: 50 },
        4,
      ),
    ).toEqual({
      amountOverCents: 199_999,
      channels: ['SOCIAL_MEDIA'],
      repeatSameIssue: false,
      announcementCountOver: 50,
      expectedVersion: 4,
    });
    expect(
      toCriteriaInput({ amountOverYuan: 0.29, channels: [], repeatSameIssue: true, announcementCountOver: 0 }, 0),
    ).toMatchObject({ amountOverCents: 29, announcementCountOver: 0 });
  });

  it('sends an empty threshold as null (that criterion off)', () => {
    const input = toCriteriaInput(
      { amountOverYuan: null, channels: ['REGULATOR'], repeatSameIssue: true, announcementCountOver: null },
      1,
    );
    expect(input.amountOverCents).toBeNull();
    expect(input.announcementCountOver).toBeNull();
  });

  it('round-trips the saved criteria', () => {
    const saved = { amountOverCents: 1_234_550, channels: ['REGULATOR'] as const, repeatSameIssue: false, announcementCountOver: null, version: 2 };
    const input = toCriteriaInput(toCriteriaFormValues(saved), saved.version);
    expect(input).toEqual({
      amountOverCents: 1_234_550,
      channels: ['REGULATOR'],
      repeatSameIssue: false,
      announcementCountOver: null,
      expectedVersion: 2,
    });
  });
});
