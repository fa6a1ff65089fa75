/**
 * Announcements (系统公告): whether one is in force, and the form's values
 * as the API input (create and edit).
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { CreateAnnouncementInput, UpdateAnnouncementInput } from '../../gql/graphql';

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

/** An announcement as the form's values, to edit it. */
export function toFormValues(a: {
  title: string;
  explanation: string;
  category?: { id: string } | null;
  activeFrom: string;
  activeUntil?: string | null;
}): AnnouncementFormValues {
  return {
    title: a.title,
    explanation: a.explanation,
    categoryId: a.category?.id ?? null,
    window: [dayjs(a.activeFrom), a.activeUntil ? dayjs(a.activeUntil) : null],
  };
}

/**
 * The edit as `updateAnnouncement`'s input: every field as the form has it —
 * a cleared category applies it to every category, a cleared end makes it
 * open-ended; a cleared start keeps the current one.
 */
export function toUpdateInput(id: string, expectedVersion: number, v: AnnouncementFormValues): UpdateAnnouncementInput {
  const [from, until] = v.window ?? [null, null];
  const input: UpdateAnnouncementInput = {
    id,
    expectedVersion,
    title: v.title.trim(),
    explanation: v.explanation.trim(),
    categoryId: v.categoryId || null,
    activeUntil: until ? until.toISOString() : null,
  };
  if (from) input.activeFrom = from.toISOString();
  return input;
}
