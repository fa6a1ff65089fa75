import { Link } from 'react-router-dom';
import { Card, Space, Tag, Typography } from 'antd';
import { BookOutlined, UserOutlined } from '@ant-design/icons';
import { useGqlQuery } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MaskedContact } from '../../components/MaskedContact';
import { TimeText } from '../../components/TimeText';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { paths } from '../../paths';
import { customerQueuePath } from '../complaints/queueState';
import { EraseCustomerButton } from './EraseCustomerModal';
import { DetailSimilarQuery } from './queries';
import { RevealContactButton } from './RevealContactModal';
import { SimilarComplaintList } from './SimilarComplaints';

type Complaint = ComplaintDetailQuery['complaint'];

export function CustomerCard({ complaint }: { complaint: Complaint }) {
  const t = useT();
  const c = complaint.customer;
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <span>
          <UserOutlined /> {t('detail.customer.title')}
        </span>
      }
      extra={
        c ? (
          <Can permission="customer.pii.reveal">
            <RevealContactButton complaintId={complaint.id} />
          </Can>
        ) : null
      }
    >
      {c ? (
        <Space direction="vertical" size={2} data-testid="customer-card">
          <MaskedContact name={c.nameMasked} phone={c.phoneMasked} layout="inline" />
          {c.idCardMasked ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('detail.f.idCard')}: {c.idCardMasked}
            </Typography.Text>
          ) : null}
          {c.emailMasked ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('detail.f.email')}: {c.emailMasked}
            </Typography.Text>
          ) : null}
          <Link to={customerQueuePath(paths.complaints, c.id)} data-testid="customer-complaints-link">
            {t('detail.customer.complaints', { count: c.complaintCount })}
          </Link>
          <Can permission="customer.erase.request">
            <div style={{ marginTop: 6 }}>
              <EraseCustomerButton customerId={c.id} />
            </div>
          </Can>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('detail.customer.none')}</Typography.Text>
      )}
    </Card>
  );
}

/** The knowledge-base article version that answered the call, if one was recorded. */
export function UsedKbCard({ complaint }: { complaint: Complaint }) {
  const t = useT();
  const v = complaint.usedKbVersion;
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <span>
          <BookOutlined /> {t('detail.kb.title')}
        </span>
      }
    >
      {v ? (
        <div data-testid="used-kb">
          <Typography.Text strong data-testid="used-kb-title">
            {v.title}
          </Typography.Text>
          <div style={{ margin: '2px 0 6px' }}>
            <Tag bordered={false}>v{v.number}</Tag>
            {v.category ? <Tag bordered={false}>{v.category.name}</Tag> : null}
            {v.publishedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('detail.kb.published')} <TimeText value={v.publishedAt} />
              </Typography.Text>
            ) : null}
          </div>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 3, expandable: true }}
            style={{ marginBottom: 4, fontSize: 13 }}
          >
            <strong>{t('detail.kb.scenario')}</strong>
            {v.scenario}
          </Typography.Paragraph>
          <Typography.Paragraph
            ellipsis={{ rows: 4, expandable: true }}
            style={{ marginBottom: 0, fontSize: 13 }}
            className="kesu-pre"
          >
            <strong>{t('detail.kb.solution')}</strong>
            {v.solution}
          </Typography.Paragraph>
        </div>
      ) : (
        <Typography.Text type="secondary">{t('detail.kb.none')}</Typography.Text>
      )}
    </Card>
  );
}

export function SimilarCard({ complaintId }: { complaintId: string }) {
  const t = useT();
  const similar = useGqlQuery(DetailSimilarQuery, { id: complaintId, first: 5 }, { staleTime: 60_000 });
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={t('detail.similar.title')}
      loading={similar.isPending}
      styles={{ body: { padding: '4px 12px' } }}
    >
      <div data-testid="detail-similar" aria-busy={similar.isFetching}>
        {similar.error ? (
          <ErrorAlert error={similar.error} onRetry={() => void similar.refetch()} style={{ margin: '8px 0' }} />
        ) : (
          <SimilarComplaintList rows={similar.data?.similarComplaints ?? []} emptyText={t('detail.similar.none')} />
        )}
      </div>
    </Card>
  );
}
