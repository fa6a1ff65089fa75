import { gqlRequest } from '../../api/client';
import { RecordKbSearchOpenMutation } from './analyticsQueries';

/**
 * Tells the server that the agent opened `articleId` from the search
 * `searchId` (search analytics). Fire and forget: a lost report only makes a
 * statistic a little lower, never blocks the agent.
 */
export function recordSearchOpen(searchId: string | null | undefined, articleId: string): void {
  if (!searchId) return;
  gqlRequest(RecordKbSearchOpenMutation, { input: { searchId, articleId } }).catch(() => undefined);
}
