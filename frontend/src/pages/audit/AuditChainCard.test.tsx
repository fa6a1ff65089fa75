import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { AuditChainCard } from './AuditChainCard';

const CHECKPOINT = { seq: 120, at: '2026-12-07T02:00:00Z', keyId: '3f9a0c1d2b4e5f60', reason: 'hourly' };

const verification = (over: Record<string, unknown> = {}) => ({
  at: '2026-12-07T01:00:00Z',
  verdict: 'valid',
  fromSeq: 1,
  headSeq: 120,
  checked: 120,
  anchoredSeq: 120,
  checkpoints: 3,
  firstBadSeq: null,
  problemCode: null,
  problem: null,
  byName: 'scheduler',
  ...over,
});

const status = (lastVerification: unknown) => ({
  data: {
    auditChainStatus: {
      headSeq: 128,
      headAt: '2026-12-07T03:04:05Z',
      unanchored: 8,
      keyId: CHECKPOINT.keyId,
      lastCheckpoint: CHECKPOINT,
      lastVerification,
    },
  },
});

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <AuditChainCard />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('<AuditChainCard>', () => {
  it('shows the head, the records not yet attested, the last checkpoint and the last check', async () => {
    fakeGraphQL({ AuditChainStatus: () => status(verification()) });
    renderCard();
    expect(await screen.findByTestId('audit-chain-head')).toHaveTextContent('第 128 条');
    const card = screen.getByTestId('audit-chain');
    expect(card).toHaveAttribute('data-head-seq', '128');
    expect(within(card).getByText('2026-12-07 11:04')).toBeInTheDocument(); // Beijing time
    expect(screen.getByTestId('audit-chain-unanchored')).toHaveTextContent('8 条');
    const checkpoint = screen.getByTestId('audit-chain-checkpoint');
    expect(checkpoint).toHaveTextContent('第 120 条');
    expect(checkpoint).toHaveTextContent('每小时');
    expect(checkpoint).toHaveTextContent('签名密钥 3f9a0c1d…');
    const verdict = screen.getByTestId('audit-chain-verdict');
    expect(verdict).toHaveTextContent('完整');
    expect(verdict).toHaveAttribute('data-verdict', 'valid');
    expect(within(card).getByText('定时任务')).toBeInTheDocument();
    expect(within(card).getByText('校验 120 条')).toBeInTheDocument();
    expect(screen.queryByTestId('audit-chain-broken')).toBeNull();
  });

  it('says when the chain was never checked', async () => {
    fakeGraphQL({ AuditChainStatus: () => status(null) });
    renderCard();
    expect(await screen.findByText('尚未校验')).toBeInTheDocument();
    expect(screen.queryByTestId('audit-chain-verdict')).toBeNull();
  });

  it('立即校验 runs a check, refreshes the status and shows the outcome; a broken chain names its first bad record', async () => {
    let checked = false;
    const broken = verification({
      at: '2026-12-07T03:10:00Z',
      verdict: 'broken',
      checked: 17,
      firstBadSeq: 17,
      problemCode: 'ALTERED',
      problem: 'record 17 was altered: its content does not match its hash',
      byName: 'auditor',
    });
    const fetch = fakeGraphQL({
      AuditChainStatus: () => status(checked ? broken : verification()),
      VerifyAuditChain: () => {
        checked = true;
        return { data: { verifyAuditChain: broken } };
      },
    });
    renderCard();
    await screen.findByText('完整');
    await userEvent.click(screen.getByRole('button', { name: /立即校验/ }));
    const alert = await screen.findByTestId('audit-chain-broken');
    expect(alert).toHaveTextContent('审计链校验未通过');
    expect(alert).toHaveTextContent('第 17 条记录：记录内容已被修改');
    const verdict = screen.getByTestId('audit-chain-verdict');
    expect(verdict).toHaveTextContent('已被篡改');
    expect(within(screen.getByTestId('audit-chain')).getByText('auditor')).toBeInTheDocument();
    const ops = fetch.mock.calls.map(
      (c) => (JSON.parse(c[1]?.body as string) as { operationName: string }).operationName,
    );
    expect(ops).toEqual(['AuditChainStatus', 'VerifyAuditChain', 'AuditChainStatus']);
    await waitFor(() => expect(screen.getByTestId('audit-chain')).toHaveAttribute('aria-busy', 'false'));
  });

  it('shows a failed check through the error alert', async () => {
    fakeGraphQL({
      AuditChainStatus: () => status(verification()),
      VerifyAuditChain: () => ({
        data: null,
        errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN', reason: 'MISSING_PERMISSION' } }],
      }),
    });
    renderCard();
    await screen.findByText('完整');
    await userEvent.click(screen.getByRole('button', { name: /立即校验/ }));
    expect(await screen.findByText('校验未能完成')).toBeInTheDocument();
    expect(screen.getByTestId('error-item')).toHaveAttribute('data-reason', 'MISSING_PERMISSION');
    expect(screen.getByTestId('audit-chain-verdict')).toHaveTextContent('完整');
  });
});
