import { describe, expect, it } from 'vitest';
import {
  EMPTY_KB_STATE,
  mergeSearchPages,
  parseKbParams,
  sortFacets,
  toKbParams,
  toListFilter,
  toSearchVariables,
} from './kbState';

describe('kb page state ↔ URL', () => {
  it('round-trips through the query string', () => {
    const state = { q: '充不进电', categoryId: '27', includeDrafts: true, status: 'in_review' as const };
    const params = toKbParams(state);
    expect(params.toString()).toBe('q=%E5%85%85%E4%B8%8D%E8%BF%9B%E7%94%B5&category=27&drafts=1&status=in_review');
    expect(parseKbParams(params)).toEqual(state);
  });

  it('drops malformed values and leaves defaults out of the URL', () => {
    expect(parseKbParams(new URLSearchParams('q=%20%20&category=abc&status=deleted&drafts=yes'))).toEqual(
      EMPTY_KB_STATE,
    );
    expect(toKbParams(EMPTY_KB_STATE).toString()).toBe('');
  });
});

describe('API variables', () => {
  const state = { q: ' 视频彩铃 ', categoryId: '22', includeDrafts: true, status: 'draft' as const };

  it('searches only with a query, and drafts only for editors', () => {
    expect(toSearchVariables({ ...state, q: '   ' }, true, 20)).toBeNull();
    expect(toSearchVariables(state, true, 50)).toEqual({
      query: '视频彩铃',
      filter: { categoryId: '22', includeDrafts: true },
      first: 50,
    });
    expect(toSearchVariables(state, false, 20)?.filter).toEqual({ categoryId: '22' });
  });

  it('filters the list by status only for editors', () => {
    expect(toListFilter(state, true)).toEqual({ categoryId: '22', status: 'draft' });
    expect(toListFilter(state, false)).toEqual({ categoryId: '22' });
    expect(toListFilter(EMPTY_KB_STATE, true)).toEqual({});
  });
});

describe('facets and paging', () => {
  it('puts the biggest category first and drops facets without one', () => {
    const sorted = sortFacets([
      { count: 1, category: { id: '1', name: '产品质量' } },
      { count: 6, category: { id: '32', name: '业务政策' } },
      { count: 9, category: null },
      { count: 3, category: { id: '27', name: '网络信号' } },
    ]);
    expect(sorted.map((f) => f.category.id)).toEqual(['32', '27', '1']);
  });

  it('joins the pages of a search, each article once, with the first page’s total', () => {
    const hit = (id: string) => ({ article: { id } });
    const pages = [
      { total: 3, hits: [hit('1'), hit('2')] },
      { total: 3, hits: [hit('2'), hit('3')] },
    ];
    const merged = mergeSearchPages(pages);
    expect(merged.hits.map((h) => h.article.id)).toEqual(['1', '2', '3']);
    expect(merged.first?.total).toBe(3);
    expect(mergeSearchPages([])).toEqual({ first: undefined, hits: [] });
  });
});
