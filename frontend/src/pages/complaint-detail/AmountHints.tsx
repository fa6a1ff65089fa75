import { Alert, Flex, Form } from 'antd';
import { useGqlQuery } from '../../api/hooks';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { formatCents, yuanToCents } from '../../lib/money';
import {
  authorityHint,
  latestApprovedCents,
  proposedRefundCents,
  resolveNeedsApproval,
} from '../approvals/approvalModel';
import { MyAuthorityQuery } from '../approvals/queries';
import type { ActionValues } from './actions';

type Complaint = ComplaintDetailQuery['complaint'];

/**
 * Under the amount of a proposal or resolution, as the user types: the
 * double refund a wrong charge will be proposed at (错收双倍返还), and
 * whether the amount exceeds the user's authority (`myAuthority`) — a
 * proposal then waits for an approver; a resolution is refused unless an
 * approved approval covers it.
 */
export function AmountHints({
  action,
  complaint: c,
}: {
  action: 'PROPOSE_RESOLUTION' | 'RESOLVE';
  complaint: Complaint;
}) {
  const t = useT();
  const form = Form.useFormInstance<ActionValues>();
  const refundYuan = Form.useWatch('refundGrantedYuan', form);
  const feeYuan = Form.useWatch('wronglyChargedYuan', form);
  const authority = useGqlQuery(MyAuthorityQuery, {}, { staleTime: 60_000 });
  const limit = authority.data?.myAuthority.limitCents;
  const refund = yuanToCents(refundYuan ?? null);
  const current = c.refundGrantedCents ?? null;
  const money = (cents: number | null | undefined) => formatCents(cents, 'suffix', t);

  if (action === 'RESOLVE') {
    const amount = refund ?? current;
    const refused = resolveNeedsApproval(amount, limit, latestApprovedCents(c.approvals ?? []));
    return refused ? (
      <Alert
        type="warning"
        showIcon
        message={t('approvals.hint.resolve', { limit: money(limit) })}
        data-testid="authority-hint"
      />
    ) : null;
  }

  const wrongCharge = c.responsibility === 'WRONG_CHARGE';
  const fee = yuanToCents(feeYuan ?? null);
  const claimed = c.refundRequestedCents ?? null;
  const amount = proposedRefundCents({
    wrongCharge,
    wronglyChargedCents: fee,
    refundCents: refund,
    claimedCents: claimed,
    currentCents: current,
  });
  const over = authorityHint(t, amount, limit);
  if (!wrongCharge && !over) return null;
  return (
    <Flex vertical gap={8}>
      {wrongCharge && amount !== null ? (
        <Alert
          type="info"
          showIcon
          data-testid="double-hint"
          message={
            fee === null
              ? t('approvals.hint.doubleClaimed', { fee: money(claimed), amount: money(amount) })
              : t('approvals.hint.double', { amount: money(amount) })
          }
        />
      ) : null}
      {over ? <Alert type="warning" showIcon message={over} data-testid="authority-hint" /> : null}
    </Flex>
  );
}
