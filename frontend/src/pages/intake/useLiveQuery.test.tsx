import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { IntakeKbSearchQuery } from './queries';
import { useDebouncedValue, useLiveQuery } from './useLiveQuery';

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

const answer = (query: string) => ({
  kbSearch: {
    total: 1,
    totalIsExact: true,
    hits: [
      {
        score: 1,
        snippet: query,
        highlights: [],
        article: { id: query },
        version: { id: '1', number: 1, title: query, category: null },
      },
    ],
  },
});

/** A fetch whose answers the test releases by hand; records each request's text and signal. */
function controllableFetch() {
  const calls: Array<{ query: string; signal: AbortSignal | null | undefined; release: () => void }> = [];
  const mock = vi.fn(
    (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const body = JSON.parse(init?.body as string) as { variables: { query: string } };
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        calls.push({
          query: body.variables.query,
          signal,
          release: () =>
            resolve(
              new Response(JSON.stringify({ data: answer(body.variables.query) }), {
                headers: { 'content-type': 'application/json' },
              }),
            ),
        });
      }),
  );
  vi.stubGlobal('fetch', mock);
  return { mock, calls };
}

describe('useDebouncedValue', () => {
  it('settles only after the value stopped changing for the delay', () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ v }) => useDebouncedValue(v, 250), { initialProps: { v: 'a' } });
      rerender({ v: 'ab' });
      act(() => {
        vi.advanceTimersByTime(200);
      });
      rerender({ v: 'abc' });
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(result.current).toBe('a'); // 400 ms of typing, never 250 ms quiet
      act(() => {
        vi.advanceTimersByTime(60);
      });
      expect(result.current).toBe('abc');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useLiveQuery', () => {
  it('sends one request for a burst of typing, with the final text', async () => {
    const { mock, calls } = controllableFetch();
    const { result, rerender } = renderHook(
      ({ q }: { q: string | null }) =>
        useLiveQuery(IntakeKbSearchQuery, q === null ? null : { query: q, first: 5 }, 30),
      { wrapper: wrapper(), initialProps: { q: null as string | null } },
    );
    rerender({ q: '视' });
    rerender({ q: '视频' });
    rerender({ q: '视频彩铃' });
    expect(result.current.isDebouncing).toBe(true);
    expect(result.current.isBusy).toBe(true);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.query).toBe('视频彩铃');
    act(() => calls[0]?.release());
    await waitFor(() => expect(result.current.data?.kbSearch.hits[0]?.snippet).toBe('视频彩铃'));
    expect(result.current.isBusy).toBe(false);
    expect(mock).toHaveBeenCalledTimes(1);
  });

  it('aborts a stale request and never shows its answer', async () => {
    const { calls } = controllableFetch();
    const { result, rerender } = renderHook(
      ({ q }: { q: string }) => useLiveQuery(IntakeKbSearchQuery, { query: q, first: 5 }, 20),
      { wrapper: wrapper(), initialProps: { q: '扣费' } },
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    rerender({ q: '扣费 退款' });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(calls[1]?.signal?.aborted).toBe(false);
    act(() => calls[0]?.release()); // too late: already aborted
    act(() => calls[1]?.release());
    await waitFor(() => expect(result.current.data?.kbSearch.hits[0]?.snippet).toBe('扣费 退款'));
    expect(result.current.error).toBeNull();
  });

  it('keeps the previous answer on screen while the next one loads, and clears when switched off', async () => {
    const { calls } = controllableFetch();
    const initialProps: { q: string | null } = { q: '宽带' };
    const { result, rerender } = renderHook(
      ({ q }: { q: string | null }) => useLiveQuery(IntakeKbSearchQuery, q === null ? null : { query: q }, 10),
      { wrapper: wrapper(), initialProps },
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.release());
    await waitFor(() => expect(result.current.data?.kbSearch.hits[0]?.snippet).toBe('宽带'));
    rerender({ q: '宽带 断网' });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.data?.kbSearch.hits[0]?.snippet).toBe('宽带');
    expect(result.current.isBusy).toBe(true);
    rerender({ q: null });
    expect(result.current.data).toBeUndefined();
    expect(result.current.isBusy).toBe(false);
  });
});
