import { createContext, useContext, useEffect, useRef } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { NO_LIVE, type LiveClient } from './client';

export const LiveContext = createContext<LiveClient>(NO_LIVE);

/** Subscribes while mounted; `onData` may change between renders. */
export function useLiveSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  onData: (data: TResult) => void,
): void {
  const live = useContext(LiveContext);
  const handler = useRef(onData);
  useEffect(() => {
    handler.current = onData;
  });
  const key = JSON.stringify(variables ?? {});
  useEffect(
    () => live.subscribe(document, JSON.parse(key) as TVariables, (d) => handler.current(d)),
    [live, document, key],
  );
}
