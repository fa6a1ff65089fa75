/**
 * 重大投诉认定标准: the criteria as the form edits them (amounts in yuan, an
 * empty threshold = that criterion is off) ↔ `updateMajorCriteria`'s input
 * (fen, null = off).
 */
import type { Channel, UpdateMajorCriteriaInput } from '../../gql/graphql';
import { CHANNELS } from '../../lib/enums';
import { centsToYuan, yuanToCents } from '../../lib/money';

export interface MajorCriteriaRow {
  amountOverCents?: number | null;
  channels: readonly Channel[];
  repeatSameIssue: boolean;
  announcementCountOver?: number | null;
  version: number;
}

export interface MajorCriteriaFormValues {
  /** null (empty): the amount criterion is off. */
  amountOverYuan: number | null;
  channels: Channel[];
  repeatSameIssue: boolean;
  /** null (empty): the announcement criterion is off. */
  announcementCountOver: number | null;
}

/** Whether the defaults apply (nobody has saved criteria yet). */
export function isDefaultCriteria(c: { version: number }): boolean {
  return c.version === 0;
}

export function toCriteriaFormValues(c: MajorCriteriaRow): MajorCriteriaFormValues {
  return {
    amountOverYuan: centsToYuan(c.amountOverCents),
    // in the order the channels are listed everywhere else
    channels: CHANNELS.filter((ch) => c.channels.includes(ch)),
    repeatSameIssue: c.repeatSameIssue,
    announcementCountOver: c.announcementCountOver ?? null,
  };
}

/** An empty or non-numeric count is off (null); a number is sent as a whole number. */
function count(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** The update input, sent with the version the form was filled from. */
export function toCriteriaInput(v: MajorCriteriaFormValues, expectedVersion: number): UpdateMajorCriteriaInput {
  return {
    amountOverCents: yuanToCents(v.amountOverYuan),
    channels: CHANNELS.filter((ch) => (v.channels ?? []).includes(ch)),
    repeatSameIssue: !!v.repeatSameIssue,
    announcementCountOver: count(v.announcementCountOver),
    expectedVersion,
  };
}
