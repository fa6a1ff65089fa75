import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { fakeGraphQL, type Answer } from '../../test/fakeServer';
import { TestProviders } from '../../test/TestProviders';
import { CustomerCard } from './SideCards';

const SUPERVISOR = { id: '4', username: 'supervisor', displayName: '陈主管', roles: ['supervisor'] };

const complaint = {
  id: '42',
  customer: {
    id: '345',
    nameMasked: '孙*',
    phoneMasked: '136****3333',
    idCardMasked: null,
    emailMasked: null,
    complaintCount: 2,
  },
} as unknown as ComplaintDetailQuery['complaint'];

/** The complaint detail's customer card as a user holding `permissions` sees it. */
function renderCard(permissions: string[], erase: (input: Record<string, unknown>) => Answer = () => ({})) {
  const sent: Array<Record<string, unknown>> = [];
  const fetch = fakeGraphQL({
    DetailEraseCustomer: (v) => {
      const input = v.input as Record<string, unknown>;
      sent.push(input);
      return erase(input);
    },
  });
  render(
    <MemoryRouter>
      <TestProviders permissions={permissions} user={SUPERVISOR}>
        <CustomerCard complaint={complaint} />
      </TestProviders>
    </MemoryRouter>,
  );
  return { fetch, sent };
}

const SUPERVISOR_PERMISSIONS = ['complaint.read.all', 'customer.pii.reveal', 'customer.erase.request'];

async function requestWith(reason: string) {
  await userEvent.click(screen.getByTestId('erasure-request-open'));
  const dialog = await screen.findByRole('dialog');
  if (reason) {
    await userEvent.click(within(dialog).getByTestId('erasure-request-reason'));
    await userEvent.paste(reason);
  }
  await userEvent.click(screen.getByTestId('erasure-request-submit'));
  return dialog;
}

describe('申请删除个人信息 (complaint detail)', () => {
  it('is offered only to those who may ask for an erasure', () => {
    renderCard(['complaint.read.all', 'customer.pii.reveal']);
    expect(screen.getByTestId('customer-card')).toHaveTextContent('孙*');
    expect(screen.getByTestId('reveal-open')).toBeInTheDocument();
    expect(screen.queryByTestId('erasure-request-open')).toBeNull();
    expect(screen.queryByText('申请删除个人信息')).toBeNull();
  });

  it('asks for a reason, files the request for the complaint’s customer and says it awaits approval', async () => {
    const { sent } = renderCard(SUPERVISOR_PERMISSIONS, () => ({
      data: { eraseCustomer: { id: '12', customerId: '345', status: 'PENDING', requestedAt: '2026-12-07T02:04:00Z' } },
    }));
    expect(screen.getByTestId('erasure-request-open')).toHaveTextContent('申请删除个人信息');

    const dialog = await requestWith('');
    expect(dialog).toHaveTextContent('申请删除客户个人信息');
    expect(within(dialog).getByTestId('erasure-request-warning')).toHaveTextContent('无法恢复');
    expect(within(dialog).getByTestId('erasure-request-customer')).toHaveTextContent('客户 #345');
    expect(await within(dialog).findByText('请填写申请原因')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.click(within(dialog).getByTestId('erasure-request-reason'));
    await userEvent.paste('  客户来电要求删除其个人信息 ');
    await userEvent.click(screen.getByTestId('erasure-request-submit'));
    expect(await screen.findByText('已提交删除申请，待合规审批')).toBeInTheDocument();
    expect(sent).toEqual([{ customerId: '345', reason: '客户来电要求删除其个人信息' }]);
  });

  it('says the customer already has a pending request (ALREADY_EXISTS), in Chinese', async () => {
    renderCard(SUPERVISOR_PERMISSIONS, () => ({
      data: null,
      errors: [
        {
          message: 'erasure request 12 for this customer is pending',
          extensions: { code: 'CONFLICT', reason: 'ALREADY_EXISTS' },
        },
      ],
    }));
    const dialog = await requestWith('客户再次来电催促');
    expect(await within(dialog).findByText('提交未成功')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('该客户已有待审批的删除申请');
    expect(within(dialog).getByTestId('error-item')).toHaveAttribute('data-reason', 'ALREADY_EXISTS');
    expect(dialog).not.toHaveTextContent('is pending');
    expect(screen.queryByText('已提交删除申请，待合规审批')).toBeNull();
  });

  it('says the customer was already erased', async () => {
    renderCard(SUPERVISOR_PERMISSIONS, () => ({
      data: null,
      errors: [
        {
          message: "this customer's personal data has already been erased",
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'customerId' },
        },
      ],
    }));
    const dialog = await requestWith('客户要求删除');
    expect(await within(dialog).findByText('提交未成功')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('该客户的个人信息已被删除');
    expect(dialog).not.toHaveTextContent('already been erased');
  });
});
