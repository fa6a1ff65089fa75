/**
 * 同义词与纠错: an entry's words as the table shows them, the rules the
 * server applies to a save (checked here first, worded in Chinese), the edit
 * form ↔ `saveKbSynonym`'s input and the list's filter.
 *
 * The server normalises words before judging them (Simplified script,
 * half-width, lower case); the console can do the last two (`termKey`), so a
 * word repeated in Traditional script is only caught by the server.
 */
import type {
  DeleteKbSynonymInput,
  KbSynonymFieldsFragment,
  KbSynonymFilter,
  KbSynonymKind,
  SaveKbSynonymInput,
} from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

export const SYNONYM_KINDS: readonly KbSynonymKind[] = ['GROUP', 'CORRECTION'];

/** Entries per page of the list. */
export const SYNONYM_PAGE_SIZE = 50;
/** Most words in one entry (the server's MAX_TERMS). */
export const MAX_TERMS = 20;
/** Longest word, in characters. */
export const MAX_TERM_CHARS = 20;
/** Longest note, in characters. */
export const MAX_NOTE_CHARS = 200;
/** Longest query the try-it box sends (the search's limit). */
export const MAX_PREVIEW_CHARS = 200;

export type SynonymRow = KbSynonymFieldsFragment;

/** The edit form; only the fields of the chosen kind are read. */
export interface SynonymFormValues {
  kind: KbSynonymKind;
  /** GROUP: the words, one tag each. */
  terms?: string[];
  /** CORRECTION: the common mistake… */
  wrong?: string;
  /** …and what it should be. */
  right?: string;
  note?: string;
}

/** What is wrong with an input: a message and its placeholders. */
export interface Problem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** Characters as the server counts them (code points, not UTF-16 units). */
export function charCount(s: string): number {
  return [...s].length;
}

/** Words typed or pasted in one go: split on any whitespace, commas (, ，), 、 and semicolons. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/u)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/** The word as the server compares it, as far as the console can tell: trimmed, half-width, lower case. */
export function termKey(term: string): string {
  return term.trim().normalize('NFKC').toLowerCase();
}

/** The words without repeats (first spelling kept), trimmed. */
export function distinctTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of terms) {
    const t = raw.trim();
    const key = termKey(t);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** One word: 1 to 20 characters once trimmed, no whitespace inside. */
export function termProblem(term: string): Problem | null {
  const t = term.trim();
  if (t === '') return { key: 'kb.syn.rule.termEmpty' };
  if (/\s/u.test(t)) return { key: 'kb.syn.rule.termSpace', vars: { term: t } };
  if (charCount(t) > MAX_TERM_CHARS) return { key: 'kb.syn.rule.termLong', vars: { term: t, max: MAX_TERM_CHARS } };
  return null;
}

/**
 * An entry's words, in the server's order of checks: each word, then at most
 * 20 different words, then the kind's shape (a group: two or more different
 * words; a correction: exactly two, different).
 */
export function termsProblem(kind: KbSynonymKind, terms: readonly string[]): Problem | null {
  for (const t of terms) {
    const p = termProblem(t);
    if (p) return p;
  }
  const distinct = distinctTerms(terms);
  if (distinct.length > MAX_TERMS) return { key: 'kb.syn.rule.tooMany', vars: { max: MAX_TERMS } };
  if (kind === 'GROUP' && distinct.length < 2) return { key: 'kb.syn.rule.groupTwo' };
  if (kind === 'CORRECTION' && (terms.length !== 2 || distinct.length !== 2)) {
    return { key: 'kb.syn.rule.correctionPair' };
  }
  return null;
}

/** A correction's two fields, each with its own message. */
export function correctionProblems(
  wrong: string | undefined,
  right: string | undefined,
): { wrong: Problem | null; right: Problem | null } {
  const w = wrong?.trim() ?? '';
  const r = right?.trim() ?? '';
  const wrongProblem = w === '' ? { key: 'kb.syn.rule.wrongRequired' as const } : termProblem(w);
  let rightProblem = r === '' ? { key: 'kb.syn.rule.rightRequired' as const } : termProblem(r);
  if (!rightProblem && !wrongProblem && termKey(w) === termKey(r)) rightProblem = { key: 'kb.syn.rule.correctionSame' };
  return { wrong: wrongProblem, right: rightProblem };
}

/** A note: optional, at most 200 characters once trimmed. */
export function noteProblem(note: string | null | undefined): Problem | null {
  const n = note?.trim() ?? '';
  return charCount(n) > MAX_NOTE_CHARS ? { key: 'kb.syn.rule.noteLong', vars: { max: MAX_NOTE_CHARS } } : null;
}

/** The form for a new entry (a group), or filled from `row`. */
export function toFormValues(row: SynonymRow | null): SynonymFormValues {
  if (!row) return { kind: 'GROUP', terms: [], wrong: '', right: '', note: '' };
  const correction = row.kind === 'CORRECTION';
  return {
    kind: row.kind,
    terms: [...row.terms],
    wrong: correction ? (row.terms[0] ?? '') : '',
    right: correction ? (row.terms[1] ?? '') : '',
    note: row.note ?? '',
  };
}

/** The words the form holds for its kind: a group's without repeats, a correction's as [wrong, right]. */
export function formTerms(v: SynonymFormValues): string[] {
  if (v.kind === 'CORRECTION') return [v.wrong?.trim() ?? '', v.right?.trim() ?? ''];
  return distinctTerms(v.terms ?? []);
}

/** The save input: a new entry (no id), or a replacement of `row` at the version it was read. */
export function toSaveInput(row: SynonymRow | null, v: SynonymFormValues): SaveKbSynonymInput {
  const note = v.note?.trim() ?? '';
  return {
    ...(row ? { id: row.id, expectedVersion: row.version } : {}),
    kind: v.kind,
    terms: formTerms(v),
    note: note === '' ? null : note,
  };
}

export function toDeleteInput(row: Pick<SynonymRow, 'id' | 'version'>): DeleteKbSynonymInput {
  return { id: row.id, expectedVersion: row.version };
}

/** An entry in one line: `冲电 → 充电`, or a group's words joined by `separator`. */
export function termsText(row: Pick<SynonymRow, 'kind' | 'terms'>, separator = '、'): string {
  if (row.kind === 'CORRECTION' && row.terms.length === 2) return `${row.terms[0]} → ${row.terms[1]}`;
  return row.terms.join(separator);
}

/** The list's filter as the page holds it. */
export interface SynonymFilterState {
  text: string;
  kind: KbSynonymKind | null;
}

export const NO_SYNONYM_FILTER: SynonymFilterState = { text: '', kind: null };

/** The query's filter: only what is set (the text trimmed). */
export function toSynonymFilter(s: SynonymFilterState): KbSynonymFilter {
  const text = s.text.trim();
  return { ...(text ? { text } : {}), ...(s.kind ? { kind: s.kind } : {}) };
}

export function isFiltered(s: SynonymFilterState): boolean {
  return s.text.trim() !== '' || s.kind !== null;
}
