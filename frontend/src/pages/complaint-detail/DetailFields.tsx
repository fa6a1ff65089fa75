import type { ReactNode } from 'react';
import { Card, Descriptions, Rate, Tag, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import { ChannelText, PriorityTag, StatusTag } from '../../components/EnumTags';
import { MaskedContact } from '../../components/MaskedContact';
import { TimeText } from '../../components/TimeText';
import { categoryPath } from '../../data/categories';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { responsibilityLabel } from '../../lib/enums';
import { formatCents } from '../../lib/money';
import { formatDate } from '../../lib/time';
import { complaintDetailPath } from '../../paths';

type Complaint = ComplaintDetailQuery['complaint'];

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: ReactNode | null | undefined) => (v === null || v === undefined || v === '' ? dash : v);
const day = (d: string | null | undefined) => (d ? formatDate(d) : dash);

/** Every field of the complaint record; personal data masked, money in 元, times in Beijing time. */
export function DetailFields({ complaint: c }: { complaint: Complaint }) {
  const t = useT();
  const money = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? dash : formatCents(cents, 'suffix', t);
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: t('detail.f.number'), children: <span className="kesu-mono">{c.number}</span> },
    { key: 'status', label: t('detail.f.status'), children: <StatusTag status={c.status} /> },
    { key: 'publicStatus', label: t('detail.f.publicStatus'), children: c.publicStatus },
    { key: 'channel', label: t('detail.f.channel'), children: <ChannelText channel={c.channel} /> },
    { key: 'priority', label: t('detail.f.priority'), children: <PriorityTag priority={c.priority} /> },
    { key: 'category', label: t('detail.f.category'), children: orDash(categoryPath(c.category)) },
    {
      key: 'customer',
      label: t('detail.f.customer'),
      children: c.customer ? (
        <MaskedContact name={c.customer.nameMasked} phone={c.customer.phoneMasked} layout="inline" />
      ) : (
        dash
      ),
    },
    { key: 'idCard', label: t('detail.f.idCard'), children: orDash(c.customer?.idCardMasked) },
    { key: 'email', label: t('detail.f.email'), children: orDash(c.customer?.emailMasked) },
    {
      key: 'occurredAt',
      label: t('detail.f.occurredAt'),
      children: c.occurredAt ? <TimeText value={c.occurredAt} /> : dash,
    },
    { key: 'occurredPlace', label: t('detail.f.occurredPlace'), children: orDash(c.occurredPlace) },
    { key: 'productModel', label: t('detail.f.productModel'), children: orDash(c.productModel) },
    { key: 'productBatch', label: t('detail.f.productBatch'), children: orDash(c.productBatch) },
    { key: 'orderNumber', label: t('detail.f.orderNumber'), children: orDash(c.orderNumber) },
    { key: 'purchasedOn', label: t('detail.f.purchasedOn'), children: day(c.purchasedOn) },
    { key: 'shippedOn', label: t('detail.f.shippedOn'), children: day(c.shippedOn) },
    { key: 'arrivedOn', label: t('detail.f.arrivedOn'), children: day(c.arrivedOn) },
    { key: 'amountDisputed', label: t('detail.f.amountDisputed'), children: money(c.amountDisputedCents) },
    { key: 'refundRequested', label: t('detail.f.refundRequested'), children: money(c.refundRequestedCents) },
    { key: 'refundGranted', label: t('detail.f.refundGranted'), children: money(c.refundGrantedCents) },
    {
      key: 'responsibility',
      label: t('detail.f.responsibility'),
      children: c.responsibility ? responsibilityLabel(t, c.responsibility) : dash,
    },
    {
      key: 'satisfaction',
      label: t('detail.f.satisfaction'),
      children:
        c.satisfaction !== null && c.satisfaction !== undefined ? (
          <span data-testid="detail-satisfaction" data-value={c.satisfaction}>
            <Rate disabled value={c.satisfaction} style={{ fontSize: 13 }} /> {c.satisfaction}/5
          </span>
        ) : (
          dash
        ),
    },
    {
      key: 'repeatOf',
      label: t('detail.f.repeatOf'),
      children: c.repeatOf ? (
        <Link to={complaintDetailPath(c.repeatOf.id)} className="kesu-mono">
          {c.repeatOf.number}
        </Link>
      ) : c.repeatOfId ? (
        t('detail.f.repeatOfHidden')
      ) : (
        dash
      ),
    },
    {
      key: 'isMajor',
      label: t('detail.f.isMajor'),
      children: c.isMajor ? (
        <Tag color="red" bordered={false}>
          {t('detail.badge.major')}
        </Tag>
      ) : (
        t('detail.common.no')
      ),
    },
    { key: 'reopenCount', label: t('detail.f.reopenCount'), children: c.reopenCount },
    {
      key: 'acceptedBy',
      label: t('detail.f.acceptedBy'),
      children: orDash(
        c.acceptedBy ? [c.acceptedBy.displayName, c.acceptedTeam?.name].filter(Boolean).join(' · ') : null,
      ),
    },
    { key: 'team', label: t('detail.f.team'), children: orDash(c.team?.name) },
    {
      key: 'assignee',
      label: t('detail.f.assignee'),
      children: c.assignee ? (
        c.assignee.displayName
      ) : (
        <Typography.Text type="secondary">{t('common.unassigned')}</Typography.Text>
      ),
    },
    { key: 'createdAt', label: t('detail.f.createdAt'), children: <TimeText value={c.createdAt} /> },
    { key: 'updatedAt', label: t('detail.f.updatedAt'), children: <TimeText value={c.updatedAt} /> },
    {
      key: 'escalatedAt',
      label: t('detail.f.escalatedAt'),
      children: c.escalatedAt ? <TimeText value={c.escalatedAt} /> : dash,
    },
    {
      key: 'firstRepliedAt',
      label: t('detail.f.firstRepliedAt'),
      children: c.firstRepliedAt ? <TimeText value={c.firstRepliedAt} /> : dash,
    },
    {
      key: 'resolvedAt',
      label: t('detail.f.resolvedAt'),
      children: c.resolvedAt ? <TimeText value={c.resolvedAt} /> : dash,
    },
    { key: 'closedAt', label: t('detail.f.closedAt'), children: c.closedAt ? <TimeText value={c.closedAt} /> : dash },
    {
      key: 'description',
      label: t('detail.f.description'),
      span: 'filled',
      children: <div className="kesu-pre">{c.description}</div>,
    },
    ...(c.findings
      ? [
          {
            key: 'findings',
            label: t('detail.f.findings'),
            span: 'filled' as const,
            children: <div className="kesu-pre">{c.findings}</div>,
          },
        ]
      : []),
    ...(c.resolution
      ? [
          {
            key: 'resolution',
            label: t('detail.f.resolution'),
            span: 'filled' as const,
            children: <div className="kesu-pre">{c.resolution}</div>,
          },
        ]
      : []),
  ];
  return (
    <Card variant="borderless" className="kesu-card" title={t('detail.fields.title')}>
      <Descriptions
        className="kesu-detail-desc"
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
        items={items}
        data-testid="detail-fields"
      />
    </Card>
  );
}
