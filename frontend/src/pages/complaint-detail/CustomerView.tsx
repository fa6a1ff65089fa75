import { Card, Empty, Steps, Tag, Timeline, Typography } from 'antd';
import { ClockCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { TimeText } from '../../components/TimeText';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { PUBLIC_STATUSES, publicStatusLabel } from '../../lib/enums';
import { currentPublicStep } from './timeline';

type Entry = ComplaintDetailQuery['complaint']['customerTimeline'][number];

/**
 * 客户视角: what the customer has been told, as they would see it — the four
 * public states and the progress notes written for them, with any promised
 * next reply. Nothing internal appears here.
 */
export function CustomerView({ entries }: { entries: readonly Entry[] }) {
  const t = useT();
  const current = currentPublicStep(entries);
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      title={
        <span id="detail-customer-view-title">
          <EyeOutlined /> {t('detail.customerView.title')}
        </span>
      }
    >
      <section aria-labelledby="detail-customer-view-title" data-testid="customer-view" data-count={entries.length}>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('detail.customerView.desc')}
        </Typography.Paragraph>
        <Steps
          size="small"
          current={current}
          style={{ marginBottom: 16 }}
          items={PUBLIC_STATUSES.map((s) => ({ title: publicStatusLabel(t, s) }))}
        />
        {entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.customerView.empty')} />
        ) : (
          <Timeline
            items={entries.map((e, i) => ({
              key: `${e.at}-${i}`,
              color: e.kind === 'NOTE' ? 'green' : 'blue',
              children: (
                <div data-testid="customer-view-item" data-kind={e.kind}>
                  <Typography.Text strong>
                    {e.kind === 'NOTE' ? t('customerTimelineKind.NOTE') : publicStatusLabel(t, e.publicStatus)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <TimeText value={e.at} />
                  </Typography.Text>
                  {e.body ? <div className="kesu-event-body kesu-event-customer">{e.body}</div> : null}
                  {e.promisedReplyAt ? (
                    <Tag icon={<ClockCircleOutlined />} color="gold" bordered={false} style={{ marginTop: 4 }}>
                      {t('detail.customerView.promised')} <TimeText value={e.promisedReplyAt} />
                    </Tag>
                  ) : null}
                </div>
              ),
            }))}
          />
        )}
      </section>
    </Card>
  );
}
