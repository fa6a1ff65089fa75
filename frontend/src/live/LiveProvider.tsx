import { useEffect, useState, type ReactNode } from 'react';
import { createLiveClient, NO_LIVE, type LiveClient } from './client';
import { LiveContext } from './liveContext';

const LIVE_OFF = import.meta.env.MODE === 'test';

/**
 * One live connection for the signed-in shell: opened lazily on the first
 * subscription, closed when the shell unmounts (sign-out). Unit tests get the
 * no-op client unless they pass one.
 */
export function LiveProvider({ client, children }: { client?: LiveClient; children: ReactNode }) {
  const [live, setLive] = useState<LiveClient>(client ?? NO_LIVE);
  useEffect(() => {
    if (client || LIVE_OFF || typeof WebSocket === 'undefined') return;
    const c = createLiveClient();
    setLive(c);
    return () => c.dispose();
  }, [client]);
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}
