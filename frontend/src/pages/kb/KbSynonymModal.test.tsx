import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { KbSynonymModal } from './KbSynonymModal';
import type { SynonymRow } from './synonymModel';

const ROW: SynonymRow = {
  id: '31',
  kind: 'CORRECTION',
  terms: ['冲电', '充电'],
  source: 'BUILTIN',
  note: null,
  version: 2,
  updatedAt: '2026-12-05T04:00:00Z',
  updatedBy: null,
};

function renderModal(synonym: SynonymRow | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const onClose = vi.fn();
  const onDone = vi.fn();
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <KbSynonymModal synonym={synonym} onClose={onClose} onDone={onDone} />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { onClose, onDone };
}

/** Pastes words into the group's box: the separators (here 、) split them into tags. */
async function addTerms(...words: string[]) {
  await userEvent.click(screen.getByLabelText('同义词'));
  await userEvent.paste(words.length > 1 ? `${words.join('、')}、` : words.join(''));
}

const sent = (fetch: ReturnType<typeof fakeGraphQL>) =>
  (JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown }).variables;

describe('<KbSynonymModal>', () => {
  it('checks a group’s words in Chinese before sending anything', async () => {
    const fetch = fakeGraphQL({});
    renderModal(null);
    await addTerms('断流');
    await userEvent.click(screen.getByTestId('kb-synonym-save'));
    expect(await screen.findByText('同义词组至少需要两个不同的词')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('creates a group without an id', async () => {
    const fetch = fakeGraphQL({
      SaveKbSynonym: (v) => ({
        data: { saveKbSynonym: { ...ROW, id: '40', kind: 'GROUP', source: 'EDITOR', ...(v.input as object) } },
      }),
    });
    const { onClose, onDone } = renderModal(null);
    await addTerms('断流', '网络中断');
    await userEvent.click(screen.getByLabelText('备注'));
    await userEvent.paste('宽带客户常说');
    await userEvent.click(screen.getByTestId('kb-synonym-save'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onDone).toHaveBeenCalled();
    expect(sent(fetch)).toEqual({ input: { kind: 'GROUP', terms: ['断流', '网络中断'], note: '宽带客户常说' } });
  });

  it('edits a correction at the version read, and shows STALE_VERSION by reason', async () => {
    const fetch = fakeGraphQL({
      SaveKbSynonym: () => ({
        data: null,
        errors: [{ message: 'changed by someone else', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
      }),
    });
    const { onClose, onDone } = renderModal(ROW);
    expect(screen.getByLabelText('错误写法')).toHaveValue('冲电');
    const right = screen.getByLabelText('正确写法');
    await userEvent.clear(right);
    await userEvent.click(right);
    await userEvent.paste('冲电');
    await userEvent.click(screen.getByTestId('kb-synonym-save'));
    expect(await screen.findByText('正确写法不能与错误写法相同')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.clear(right);
    await userEvent.paste('充電');
    await userEvent.click(screen.getByTestId('kb-synonym-save'));
    expect(await screen.findByText('数据已被他人修改')).toBeInTheDocument();
    expect(screen.queryByText('changed by someone else')).toBeNull();
    expect(sent(fetch)).toEqual({
      input: { id: '31', expectedVersion: 2, kind: 'CORRECTION', terms: ['冲电', '充電'], note: null },
    });
    expect(onClose).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalled(); // the list is reloaded for the next try
  });

  it('words ALREADY_EXISTS for the set of words, not the server’s English', async () => {
    fakeGraphQL({
      SaveKbSynonym: () => ({
        data: null,
        errors: [
          {
            message: 'an entry with these terms exists; edit it instead',
            extensions: { code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'terms' },
          },
        ],
      }),
    });
    const { onClose } = renderModal(null);
    await addTerms('扣钱', '扣费');
    await userEvent.click(screen.getByTestId('kb-synonym-save'));
    expect(await screen.findByText('该词语组合已存在，请换一个。')).toBeInTheDocument();
    expect(screen.queryByText(/edit it instead/)).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});
