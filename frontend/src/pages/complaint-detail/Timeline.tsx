import { useState } from 'react';
import { Card, Empty, Flex, Rate, Segmented, Space, Tag, Timeline, Typography } from 'antd';
import { ClockCircleOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { StatusTag } from '../../components/EnumTags';
import { TimeText } from '../../components/TimeText';
import { useT, type TFunction } from '../../i18n';
import {
  channelLabel,
  eventKindLabel,
  responsibilityLabel,
  routingMissLabel,
  visibilityLabel,
} from '../../lib/enums';
import { formatCents } from '../../lib/money';
import { clockEventLines, isClockEvent } from '../../lib/sla';
import {
  TIMELINE_FILTERS,
  countByVisibility,
  eventDetails,
  filterTimeline,
  formatBytes,
  routedTried,
  type EventDetail,
  type TimelineEvent,
  type TimelineFilter,
} from './timeline';
import type { ReactNode } from 'react';

const CUSTOMER_COLOR = '#389e0d';
const INTERNAL_COLOR = '#8c8c8c';

function detail(t: TFunction, d: EventDetail): ReactNode {
  switch (d.kind) {
    case 'channel':
      return t('detail.timeline.channel', { channel: channelLabel(t, d.value) });
    case 'team':
      return t('detail.timeline.team', { team: d.name });
    case 'returnedTo':
      return t('detail.timeline.returnedTo', { team: d.name });
    case 'responsibility':
      return t('detail.timeline.responsibility', { value: responsibilityLabel(t, d.value) });
    case 'refund':
      return t('detail.timeline.refund', { amount: formatCents(d.cents, 'suffix', t) });
    case 'size':
      return formatBytes(d.bytes);
    case 'wronglyCharged':
      return t('approvals.timeline.wronglyCharged', { fee: formatCents(d.cents, 'suffix', t) });
    case 'needsApproval':
      return t('approvals.timeline.needsApproval');
    case 'approvalRequested':
      return t('approvals.timeline.requested', {
        amount: formatCents(d.cents, 'suffix', t),
        limit: formatCents(d.authorityCents, 'suffix', t),
      });
    case 'approvalDecided':
      if (!d.approved) return t('approvals.timeline.rejected', { amount: formatCents(d.requestedCents, 'suffix', t) });
      return d.approvedCents === null || d.approvedCents === d.requestedCents
        ? t('approvals.timeline.approved', { amount: formatCents(d.approvedCents ?? d.requestedCents, 'suffix', t) })
        : t('approvals.timeline.approvedChanged', {
            amount: formatCents(d.approvedCents, 'suffix', t),
            proposed: formatCents(d.requestedCents, 'suffix', t),
          });
    case 'callbackAttempt':
      return t('callbacks.timeline.attempt', { attempt: d.attempt, of: d.of });
    case 'closedUnreachable':
      return t('callbacks.timeline.unreachable', { attempts: d.attempts });
    case 'closedAfterCallback':
      return t('callbacks.timeline.afterCallback', { score: d.satisfaction });
    case 'closedDespiteLowScore':
      return d.satisfaction === null
        ? t('callbacks.timeline.lowScoreConfirmed.plain')
        : t('callbacks.timeline.lowScoreConfirmed', { score: d.satisfaction });
    case 'reopenedByCallback':
      return d.satisfaction === null
        ? t('callbacks.timeline.byCallback.plain')
        : t('callbacks.timeline.byCallback', { score: d.satisfaction });
    case 'satisfaction':
      return (
        <span>
          {t('detail.timeline.satisfaction')}{' '}
          <Rate disabled value={d.value} style={{ fontSize: 12 }} aria-label={`${d.value}/5`} /> {d.value}/5
        </span>
      );
  }
}

/**
 * Every step with actor and time. What the customer was told (green,
 * 「客户可见」) is set apart from internal work (grey, 「内部」), and a
 * filter shows either alone.
 */
export function ComplaintTimeline({ events, footer }: { events: readonly TimelineEvent[]; footer?: ReactNode }) {
  const t = useT();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const counts = countByVisibility(events);
  const shown = filterTimeline(events, filter);
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      title={<span id="detail-timeline-title">{t('detail.timeline.title')}</span>}
      extra={
        <Segmented<TimelineFilter>
          size="small"
          value={filter}
          onChange={setFilter}
          aria-label={t('detail.timeline.filter')}
          options={TIMELINE_FILTERS.map((f) => ({
            value: f,
            label: `${t(`detail.timeline.filter.${f}` as const)} ${counts[f]}`,
          }))}
        />
      }
    >
      <section aria-labelledby="detail-timeline-title" data-testid="timeline" data-filter={filter}>
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.timeline.empty')} />
        ) : (
          <Timeline
            style={{ marginTop: 8 }}
            items={shown.map((e) => {
              const customer = e.visibility === 'CUSTOMER';
              const details = eventDetails(e.data, e.kind);
              const clockLines = isClockEvent(e.kind) ? clockEventLines(t, e.kind, e.data) : [];
              const tried = e.kind === 'ROUTED' ? routedTried(e.data) : [];
              return {
                key: e.id,
                color: customer ? CUSTOMER_COLOR : INTERNAL_COLOR,
                dot: customer ? (
                  <EyeOutlined style={{ color: CUSTOMER_COLOR }} />
                ) : (
                  <LockOutlined style={{ color: INTERNAL_COLOR }} />
                ),
                children: (
                  <div data-testid="timeline-item" data-kind={e.kind} data-visibility={e.visibility}>
                    <Flex wrap gap={8} align="center">
                      <Typography.Text strong>{eventKindLabel(t, e.kind)}</Typography.Text>
                      <Tag color={customer ? 'success' : 'default'} bordered={false} style={{ marginInlineEnd: 0 }}>
                        {visibilityLabel(t, e.visibility)}
                      </Tag>
                      {/* a step that kept the status (an unanswered callback) shows none */}
                      {e.toStatus && e.toStatus !== e.fromStatus ? (
                        <Space size={4} style={{ fontSize: 12 }}>
                          {e.fromStatus ? (
                            <>
                              <StatusTag status={e.fromStatus} />
                              <span aria-hidden="true">→</span>
                            </>
                          ) : null}
                          <StatusTag status={e.toStatus} />
                        </Space>
                      ) : null}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.actor?.displayName ?? t('detail.timeline.system')} · <TimeText value={e.createdAt} />
                    </Typography.Text>
                    {e.body ? (
                      <div
                        className={customer ? 'kesu-event-body kesu-event-customer' : 'kesu-event-body'}
                        data-testid="timeline-body"
                      >
                        {e.body}
                      </div>
                    ) : null}
                    {e.promisedReplyAt ? (
                      <Tag icon={<ClockCircleOutlined />} color="gold" bordered={false} style={{ marginTop: 4 }}>
                        {t('detail.customerView.promised')} <TimeText value={e.promisedReplyAt} />
                      </Tag>
                    ) : null}
                    {clockLines.length > 0 ? (
                      <div style={{ marginTop: 4, fontSize: 12, color: 'rgba(0,0,0,0.65)' }} data-testid="timeline-clocks">
                        {clockLines.map((line, i) => (
                          <div key={i}>{line}</div>
                        ))}
                      </div>
                    ) : null}
                    {tried.length > 0 ? (
                      <div style={{ marginTop: 4, fontSize: 12, color: 'rgba(0,0,0,0.55)' }} data-testid="timeline-routed">
                        {tried.map((r, i) => (
                          <div key={i}>
                            {t('routing.timeline.tried', {
                              name: r.ruleName,
                              misses: r.misses.map((m) => routingMissLabel(t, m)).join(t('admin.routing.listSep')),
                            })}
                          </div>
                        ))}
                      </div>
                    ) : null}
                    {details.length > 0 ? (
                      <Flex
                        wrap
                        gap={12}
                        style={{ marginTop: 4, fontSize: 12, color: 'rgba(0,0,0,0.55)' }}
                        data-testid="timeline-details"
                      >
                        {details.map((d, i) => (
                          <span key={i}>{detail(t, d)}</span>
                        ))}
                      </Flex>
                    ) : null}
                  </div>
                ),
              };
            })}
          />
        )}
        {footer}
      </section>
    </Card>
  );
}
