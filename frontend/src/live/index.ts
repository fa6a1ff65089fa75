export { LiveProvider } from './LiveProvider';
export { useLiveSubscription } from './liveContext';
export { createLiveClient, NO_LIVE, type LiveClient } from './client';
