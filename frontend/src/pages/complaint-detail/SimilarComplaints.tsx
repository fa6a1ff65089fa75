import { Empty, List, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { StatusTag } from '../../components/EnumTags';
import { TimeText } from '../../components/TimeText';
import type { ComplaintStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { complaintDetailPath } from '../../paths';

export interface SimilarRow {
  score: number;
  /** Whether the sentence encoder took part in the ranking. */
  semantic?: boolean;
  complaint: { id: string; number: string; title: string; status: ComplaintStatus; createdAt: string };
}

/** Earlier complaints about the same problem; each opens in a new tab (the current work stays put). */
export function SimilarComplaintList({ rows, emptyText }: { rows: readonly SimilarRow[]; emptyText: string }) {
  const t = useT();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <List
      footer={
        rows.some((r) => r.semantic) ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="similar-semantic">
            {t('detail.similar.semantic')}
          </Typography.Text>
        ) : undefined
      }
      size="small"
      split
      dataSource={rows as SimilarRow[]}
      rowKey={(r) => r.complaint.id}
      renderItem={(r) => (
        <List.Item style={{ paddingInline: 0 }} data-testid="similar-item">
          <div style={{ minWidth: 0, width: '100%' }}>
            <Space size={8} wrap style={{ rowGap: 2 }}>
              <a
                href={complaintDetailPath(r.complaint.id)}
                target="_blank"
                rel="noopener"
                className="kesu-mono"
                aria-label={t('detail.similar.open', { number: r.complaint.number })}
              >
                {r.complaint.number} <ExportOutlined style={{ fontSize: 11 }} />
              </a>
              <StatusTag status={r.complaint.status} />
            </Space>
            <div className="kesu-ellipsis" style={{ display: 'block' }} title={r.complaint.title}>
              {r.complaint.title}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <TimeText value={r.complaint.createdAt} mode="relative" />
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}
