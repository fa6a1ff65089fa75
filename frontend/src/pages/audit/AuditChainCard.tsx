import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import { graphql } from '../../gql';
import type { AuditChainStatusQuery, AuditVerificationFieldsFragment } from '../../gql/graphql';
import { useT, type TFunction } from '../../i18n';
import {
  checkpointReasonKey,
  isScheduler,
  latestVerification,
  problemKey,
  shortKeyId,
  verdictColor,
  verdictHelpKey,
  verdictKey,
} from './auditChain';

graphql(`
  fragment AuditVerificationFields on AuditVerification {
    at
    verdict
    fromSeq
    headSeq
    checked
    anchoredSeq
    checkpoints
    firstBadSeq
    problemCode
    problem
    byName
  }
`);

const AuditChainStatusDoc = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      headSeq
      headAt
      unanchored
      keyId
      lastCheckpoint {
        seq
        at
        keyId
        reason
      }
      lastVerification {
        ...AuditVerificationFields
      }
    }
  }
`);

const VerifyAuditChainDoc = graphql(`
  mutation VerifyAuditChain {
    verifyAuditChain {
      ...AuditVerificationFields
    }
  }
`);

type Checkpoint = NonNullable<AuditChainStatusQuery['auditChainStatus']['lastCheckpoint']>;
type Verification = AuditVerificationFieldsFragment;

/**
 * 审计链 (audit.read): the tamper-evident chain of the audit trail — its
 * head, the records not yet attested by a signed checkpoint, the last
 * checkpoint and the last verification; 立即校验 checks the whole chain now
 * (recorded and audited) and shows the outcome.
 */
export function AuditChainCard() {
  const t = useT();
  const queryClient = useQueryClient();
  const status = useGqlQuery(AuditChainStatusDoc);
  const verify = useGqlMutation(VerifyAuditChainDoc, {
    // the check is a new audit record too; the button spins until the card shows the new outcome
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
      return queryClient.invalidateQueries({ queryKey: gqlKey('AuditChainStatus') });
    },
  });
  const chain = status.data?.auditChainStatus;
  const verification = latestVerification(chain?.lastVerification, verify.data?.verifyAuditChain);

  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <Space size={6}>
          <SafetyCertificateOutlined />
          {t('audit.chain.title')}
          <Tooltip title={t('audit.chain.help')}>
            <QuestionCircleOutlined className="kesu-audit-chain-help" aria-label={t('audit.chain.help')} />
          </Tooltip>
        </Space>
      }
      extra={
        <Button
          size="small"
          type="primary"
          ghost
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          disabled={!chain}
          onClick={() => verify.mutate({})}
          data-testid="audit-chain-verify"
        >
          {t('audit.chain.verify')}
        </Button>
      }
    >
      <div
        data-testid="audit-chain"
        aria-busy={status.isFetching || verify.isPending}
        data-head-seq={chain?.headSeq}
        data-verified-at={verification?.at ?? ''}
      >
        {status.error ? <ErrorAlert error={status.error} onRetry={() => void status.refetch()} /> : null}
        {verify.error ? (
          <ErrorAlert error={verify.error} title={t('audit.chain.verifyFailed')} style={{ marginBottom: 12 }} />
        ) : null}
        {chain ? (
          <>
            <Descriptions
              size="small"
              layout="vertical"
              colon={false}
              column={{ xs: 1, sm: 2, md: 2, lg: 4, xl: 4, xxl: 4 }}
              items={[
                {
                  key: 'head',
                  label: t('audit.chain.head'),
                  children: <Head t={t} seq={chain.headSeq} at={chain.headAt} />,
                },
                {
                  key: 'unanchored',
                  label: <Hint help={t('audit.chain.unanchoredHelp')}>{t('audit.chain.unanchored')}</Hint>,
                  children: (
                    <span className="kesu-mono" data-testid="audit-chain-unanchored">
                      {t('audit.chain.count', { count: chain.unanchored })}
                    </span>
                  ),
                },
                {
                  key: 'checkpoint',
                  label: t('audit.chain.checkpoint'),
                  children: <CheckpointText t={t} checkpoint={chain.lastCheckpoint} />,
                },
                {
                  key: 'verification',
                  label: t('audit.chain.verification'),
                  children: <VerificationText t={t} verification={verification} />,
                },
              ]}
            />
            {verification?.verdict === 'broken' ? <BrokenAlert t={t} verification={verification} /> : null}
          </>
        ) : status.isPending ? (
          <Skeleton active title={false} paragraph={{ rows: 2 }} />
        ) : null}
      </div>
    </Card>
  );
}

function Hint({ help, children }: { help: string; children: ReactNode }) {
  return (
    <Tooltip title={help}>
      <span className="kesu-audit-chain-hint">{children}</span>
    </Tooltip>
  );
}

function Head({ t, seq, at }: { t: TFunction; seq: number; at: string | null | undefined }) {
  if (seq <= 0) return <Typography.Text type="secondary">{t('audit.chain.none')}</Typography.Text>;
  return (
    <Space size={8} wrap>
      <span className="kesu-mono" data-testid="audit-chain-head">
        {t('audit.chain.record', { seq })}
      </span>
      <Typography.Text type="secondary">
        <TimeText value={at} />
      </Typography.Text>
    </Space>
  );
}

function CheckpointText({ t, checkpoint }: { t: TFunction; checkpoint: Checkpoint | null | undefined }) {
  if (!checkpoint) return <Typography.Text type="secondary">{t('audit.chain.noCheckpoint')}</Typography.Text>;
  const reason = checkpointReasonKey(checkpoint.reason);
  return (
    <Space size={[8, 2]} wrap data-testid="audit-chain-checkpoint">
      <span className="kesu-mono">{t('audit.chain.record', { seq: checkpoint.seq })}</span>
      <Typography.Text type="secondary">
        <TimeText value={checkpoint.at} />
      </Typography.Text>
      <Tag bordered={false} style={{ marginInlineEnd: 0 }} data-reason={checkpoint.reason}>
        {reason ? t(reason) : checkpoint.reason}
      </Tag>
      <Typography.Text type="secondary" className="kesu-mono" style={{ fontSize: 12 }} title={checkpoint.keyId}>
        {t('audit.chain.key', { id: shortKeyId(checkpoint.keyId) })}
      </Typography.Text>
    </Space>
  );
}

function VerificationText({ t, verification: v }: { t: TFunction; verification: Verification | null }) {
  if (!v) return <Typography.Text type="secondary">{t('audit.chain.noVerification')}</Typography.Text>;
  const label = verdictKey(v.verdict);
  const help = verdictHelpKey(v.verdict);
  return (
    <Space size={[8, 2]} wrap>
      <Tooltip title={help ? t(help) : undefined}>
        <Tag
          color={verdictColor(v.verdict)}
          style={{ marginInlineEnd: 0 }}
          data-testid="audit-chain-verdict"
          data-verdict={v.verdict}
        >
          {label ? t(label) : v.verdict}
        </Tag>
      </Tooltip>
      <Typography.Text type="secondary">
        <TimeText value={v.at} />
      </Typography.Text>
      <span>{isScheduler(v.byName) ? t('audit.chain.byScheduler') : v.byName}</span>
      <Tooltip
        title={t('audit.chain.checkedHelp', {
          from: v.fromSeq,
          head: v.headSeq,
          checkpoints: v.checkpoints,
          anchored: v.anchoredSeq,
        })}
      >
        <Typography.Text type="secondary" className="kesu-audit-chain-hint">
          {t('audit.chain.checked', { count: v.checked })}
        </Typography.Text>
      </Tooltip>
    </Space>
  );
}

function BrokenAlert({ t, verification: v }: { t: TFunction; verification: Verification }) {
  const problem = problemKey(v.problemCode);
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 8 }}
      data-testid="audit-chain-broken"
      message={t('audit.chain.broken')}
      description={
        <span title={v.problem ?? undefined}>
          {v.firstBadSeq != null ? t('audit.chain.firstBad', { seq: v.firstBadSeq }) : null}
          {problem ? t(problem) : (v.problem ?? v.problemCode)}
        </span>
      }
    />
  );
}
