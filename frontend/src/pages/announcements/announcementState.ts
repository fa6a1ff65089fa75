/**
 * Announcements (系统公告): whether one is in force, and the form's values
 * as the API input.
 */
import type { Dayjs } from 'dayjs';
import type { CreateAnnouncementInput } from '../../gql/graphql';

export type AnnouncementPhase = 'active' | 'upcoming' | 'expired';

/** In force at `now` when activeFrom ≤ now < activeUntil (no end: open-ended), as the server decides. */
export function announcementPhase(
  a: { activeFrom: string; activeUntil?: string | null },
  now: Date = new Date(),
): AnnouncementPhase {
  const t = now.getTime();
  if (Date.parse(a.activeFrom) > t) return 'upcoming';
  if (a.activeUntil && Date.parse(a.activeUntil) <= t) return 'expired';
  return 'active';
}

export interface AnnouncementFormValues {
  title: string;
  explanation: string;
  categoryId?: string | null;
  /** [from, until]; either may be empty (from: now, until: open-ended). */
  window?: [Dayjs | null, Dayjs | null] | null;
}

export function toAnnouncementInput(v: AnnouncementFormValues): CreateAnnouncementInput {
  const input: CreateAnnouncementInput = { title: v.title.trim(), explanation: v.explanation.trim() };
  if (v.categoryId) input.categoryId = v.categoryId;
  const [from, until] = v.window ?? [null, null];
  if (from) input.activeFrom = from.toISOString();
  if (until) input.activeUntil = until.toISOString();
  return input;
}
