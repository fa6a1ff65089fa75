/**
 * Which version of an article the article page shows, and what each version
 * is (live, superseded, the draft under edit or in review).
 */
import type { KbArticleFields, KbVersionFieldsFragment } from '../../gql/graphql';

export type KbVersionView = KbVersionFieldsFragment;

export interface ArticleVersions {
  status: string;
  published?: KbVersionView | null;
  latest: KbVersionView;
  versions: readonly KbVersionView[];
}

/** live: what agents see now; superseded: an earlier published one; draft / in_review: not yet published. */
export type VersionKind = 'live' | 'archived' | 'superseded' | 'draft' | 'in_review';

export function versionKind(article: ArticleVersions, v: KbVersionView): VersionKind {
  if (article.published?.id === v.id) return article.status === 'archived' ? 'archived' : 'live';
  if (v.publishedAt) return 'superseded';
  return article.status === 'in_review' ? 'in_review' : 'draft';
}

/**
 * The version to show: the one asked for (`?v=`), else for editors the newest
 * (the one they work on), for everyone else the live one. `missing` is set
 * when the requested number is not among the versions the user may read.
 */
export function pickVersion(
  article: ArticleVersions,
  requested: number | null,
  canEdit: boolean,
): { version: KbVersionView; missing: boolean } {
  const fallback = canEdit ? article.latest : (article.published ?? article.latest);
  if (requested === null) return { version: fallback, missing: false };
  const all = [...article.versions, article.latest, ...(article.published ? [article.published] : [])];
  const found = all.find((v) => v.number === requested);
  return found ? { version: found, missing: false } : { version: fallback, missing: true };
}

/** `?v=3` → 3; anything else → null. */
export function parseVersionParam(raw: string | null): number | null {
  if (!raw || !/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n > 0 ? n : null;
}

/** The editor form's values. */
export interface KbFormValues {
  title: string;
  categoryId: string;
  scenario: string;
  solution: string;
  caveats?: string;
  tags?: string[];
  relatedIds?: string[];
}

/** The form's values as the API's article fields (trimmed, empty tags dropped, no duplicates). */
export function toArticleFields(v: KbFormValues): KbArticleFields {
  const tags = (v.tags ?? []).map((x) => x.trim()).filter((x) => x !== '');
  return {
    title: v.title.trim(),
    categoryId: v.categoryId,
    scenario: v.scenario.trim(),
    solution: v.solution.trim(),
    caveats: (v.caveats ?? '').trim(),
    tags: [...new Set(tags)],
    relatedIds: [...new Set(v.relatedIds ?? [])],
  };
}

/**
 * The version number saving the editor produces: a published latest version
 * gets a new draft (n + 1); an unpublished draft is edited in place.
 */
export function editorNextNumber(article?: { latest: { number: number; publishedAt?: string | null } }): number {
  if (!article) return 1;
  return article.latest.publishedAt ? article.latest.number + 1 : article.latest.number;
}
