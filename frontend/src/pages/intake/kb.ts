import type { IntakeKbSearchQuery } from '../../gql/graphql';

export type KbHit = IntakeKbSearchQuery['kbSearch']['hits'][number];

/** The article the agent answered the call with (recorded as `usedKbArticleId`). */
export interface ChosenArticle {
  articleId: string;
  title: string;
  versionNumber: number;
  categoryName: string | null;
}

export function toChosen(hit: KbHit): ChosenArticle {
  return {
    articleId: hit.article.id,
    title: hit.version.title,
    versionNumber: hit.version.number,
    categoryName: hit.version.category?.name ?? null,
  };
}
