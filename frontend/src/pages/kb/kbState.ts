/**
 * The knowledge-base search page's state ↔ its URL ↔ the API variables.
 *
 *   /kb?q=充不进电&category=27&drafts=1       a search (kbSearch)
 *   /kb?category=28&status=in_review           the article list (kbArticles)
 *
 * Editors (kb.edit) may include drafts in a search and filter the list by
 * status; for everyone else those parameters are ignored.
 */
import type { KbArticleFilter, KbSearchFilter } from '../../gql/graphql';
import { isOneOf } from '../../lib/enums';

export const KB_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type KbStatus = (typeof KB_STATUSES)[number];

/** Hits per page of a search; "load more" asks for the next page after the last one's cursor. */
export const SEARCH_PAGE_SIZE = 20;

export interface KbPageState {
  q: string;
  categoryId: string | null;
  includeDrafts: boolean;
  status: KbStatus | null;
}

export const EMPTY_KB_STATE: KbPageState = { q: '', categoryId: null, includeDrafts: false, status: null };

export function parseKbParams(params: URLSearchParams): KbPageState {
  const category = params.get('category');
  const status = params.get('status');
  const drafts = params.get('drafts');
  return {
    q: (params.get('q') ?? '').trim(),
    categoryId: category && /^\d+$/.test(category) ? category : null,
    includeDrafts: drafts === '1' || drafts === 'true',
    status: isOneOf(KB_STATUSES, status) ? status : null,
  };
}

export function toKbParams(state: KbPageState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q.trim()) out.set('q', state.q.trim());
  if (state.categoryId) out.set('category', state.categoryId);
  if (state.includeDrafts) out.set('drafts', '1');
  if (state.status) out.set('status', state.status);
  return out;
}

/** Variables of `kbSearch`, or null when there is nothing to search for. */
export function toSearchVariables(
  state: KbPageState,
  canEdit: boolean,
  first: number,
): { query: string; filter: KbSearchFilter; first: number } | null {
  const query = state.q.trim();
  if (!query) return null;
  const filter: KbSearchFilter = {};
  if (state.categoryId) filter.categoryId = state.categoryId;
  if (canEdit && state.includeDrafts) filter.includeDrafts = true;
  return { query, filter, first };
}

/** The `kbArticles` filter for the list shown without a query. */
export function toListFilter(state: KbPageState, canEdit: boolean): KbArticleFilter {
  const filter: KbArticleFilter = {};
  if (state.categoryId) filter.categoryId = state.categoryId;
  if (canEdit && state.status) filter.status = state.status;
  return filter;
}

export interface Facet {
  count: number;
  category?: { id: string; name: string } | null;
}

/** Facets with a category, most matches first (ties by name), as the filter list shows them. */
export function sortFacets<F extends Facet>(
  facets: readonly F[],
): Array<F & { category: { id: string; name: string } }> {
  return facets
    .filter((f): f is F & { category: { id: string; name: string } } => !!f.category)
    .sort((a, b) => b.count - a.count || a.category.name.localeCompare(b.category.name, 'zh-CN'));
}

/**
 * The pages of one search as one list: the hits in page order, each article
 * once (an article re-ranked between two pages is not shown twice); the
 * total and facets of the first page (later pages do not ask for facets).
 */
export function mergeSearchPages<P extends { hits: ReadonlyArray<{ article: { id: string } }> }>(
  pages: readonly P[],
): { first: P | undefined; hits: Array<P['hits'][number]> } {
  const seen = new Set<string>();
  const hits: Array<P['hits'][number]> = [];
  for (const p of pages) {
    for (const h of p.hits) {
      if (seen.has(h.article.id)) continue;
      seen.add(h.article.id);
      hits.push(h);
    }
  }
  return { first: pages[0], hits };
}
