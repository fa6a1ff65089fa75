import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import KbSynonymsPage from './KbSynonymsPage';
import type { SynonymRow } from './synonymModel';

const ROWS: SynonymRow[] = [
  {
    id: '40',
    kind: 'GROUP',
    terms: ['断流', '网络中断'],
    source: 'EDITOR',
    note: '宽带客户常说',
    version: 1,
    updatedAt: '2026-12-05T04:06:00Z',
    updatedBy: { id: '9', displayName: '林晨曦' },
  },
  {
    id: '3',
    kind: 'CORRECTION',
    terms: ['冲电', '充电'],
    source: 'BUILTIN',
    note: null,
    version: 1,
    updatedAt: '2026-12-01T00:00:00Z',
    updatedBy: null,
  },
];

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <MemoryRouter initialEntries={['/kb/synonyms']}>
            <KbSynonymsPage />
          </MemoryRouter>
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

const page = (nodes: SynonymRow[], hasNextPage = false) => ({
  data: {
    kbSynonyms: { totalCount: nodes.length, pageInfo: { hasNextPage, endCursor: null }, nodes },
  },
});

describe('<KbSynonymsPage>', () => {
  it('lists entries with their kind, source and author; corrections as wrong → right', async () => {
    const fetch = fakeGraphQL({ KbSynonyms: () => page(ROWS) });
    renderPage();
    const list = await screen.findByTestId('kb-synonyms');
    await within(list).findByText('网络中断');
    expect(screen.getByTestId('kb-synonym-total')).toHaveTextContent('共 2 条');
    const [group, typo] = within(list).getAllByTestId('kb-synonym-terms');
    expect(group).toHaveTextContent('断流网络中断');
    expect(typo).toHaveTextContent('冲电→充电');
    expect(within(list).getByText('编辑添加')).toBeInTheDocument();
    expect(within(list).getByText('内置')).toBeInTheDocument();
    expect(within(list).getByText('林晨曦')).toBeInTheDocument();
    expect(within(list).getByText('2026-12-05 12:06')).toBeInTheDocument(); // Beijing time
    const vars = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(vars.variables).toEqual({ filter: {}, first: 50, after: null });
  });

  it('filters by a word and says so when nothing matches', async () => {
    const fetch = fakeGraphQL({
      KbSynonyms: (v) => page((v.filter as { text?: string }).text ? [] : ROWS),
    });
    renderPage();
    await screen.findByText('网络中断');
    await userEvent.click(screen.getByLabelText('查找词语'));
    await userEvent.paste('没有的词');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('没有符合条件的条目')).toBeInTheDocument();
    const last = JSON.parse(fetch.mock.calls.at(-1)?.[1]?.body as string) as { variables: { filter: unknown } };
    expect(last.variables.filter).toEqual({ text: '没有的词' });
  });

  it('tries a query: the normalized form and the expansions as tags', async () => {
    fakeGraphQL({
      KbSynonyms: () => page(ROWS),
      KbSynonymPreview: (v) => ({
        data: { kbSynonymPreview: { normalized: String(v.query).toLowerCase(), expansions: ['网络中断'] } },
      }),
    });
    renderPage();
    await userEvent.click(screen.getByLabelText('输入一个查询，看看搜索还会同时查找哪些词'));
    await userEvent.paste('断流');
    await userEvent.keyboard('{Enter}');
    const preview = screen.getByTestId('kb-synonym-preview');
    await waitFor(() => expect(within(preview).getByTestId('kb-synonym-normalized')).toHaveTextContent('断流'));
    expect(within(preview).getAllByTestId('kb-synonym-expansion').map((e) => e.textContent)).toEqual(['网络中断']);
  });
});
