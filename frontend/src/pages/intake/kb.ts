import type { IntakeKbSearchQuery } from '../../gql/graphql';

export type KbHit = IntakeKbSearchQuery['kbSearch']['hits'][number];

/** The article the agent answered the call with (recorded as `usedKbArticleId`). */
export interface ChosenArticle {
  articleId: string;
  title: string;
  versionNumber: number;
  categoryName: string | null;
  /** The search it was picked from (`kbSearchId`, for search analytics). */
  searchId: string | null;
}

export function toChosen(hit: KbHit, searchId: string | null = null): ChosenArticle {
  return {
    searchId,
    articleId: hit.article.id,
    title: hit.version.title,
    versionNumber: hit.version.number,
    categoryName: hit.version.category?.name ?? null,
  };
}
