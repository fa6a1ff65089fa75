import { Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { formatDateTime, inShanghai } from '../../lib/time';
import { OutcomeTag, type AuditRow } from './AuditBits';
import { prettyJson } from './auditState';
import { useAuditLabels } from './labels';

/** The whole audit record: every column, the request id and the detail JSON. */
export function AuditDetailDrawer({ record, onClose }: { record: AuditRow | null; onClose: () => void }) {
  const t = useT();
  const labels = useAuditLabels();
  const r = record;
  return (
    <Drawer
      open={r !== null}
      onClose={onClose}
      width={600}
      title={r ? t('audit.detail.title', { id: r.id }) : ''}
      destroyOnHidden
      data-testid="audit-detail"
    >
      {r ? (
        <div data-testid="audit-detail-body" data-id={r.id}>
          <Descriptions
            bordered
            column={1}
            size="small"
            labelStyle={{ width: 120 }}
            items={[
              { key: 'id', label: t('audit.detail.id'), children: <span className="kesu-mono">{r.id}</span> },
              {
                key: 'at',
                label: t('audit.col.at'),
                children: (
                  <Space direction="vertical" size={0}>
                    <span className="kesu-mono">{formatDateTime(r.at, 'YYYY-MM-DD HH:mm:ss')} (UTC+8)</span>
                    <Typography.Text type="secondary" className="kesu-mono" style={{ fontSize: 12 }}>
                      {inShanghai(r.at)?.toISOString() ?? r.at}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'actor',
                label: t('audit.col.actor'),
                children: r.actorName
                  ? `${r.actorKind === 'system' ? `${t('audit.actor.system')} · ` : ''}${r.actorName}${r.actorId ? ` (#${r.actorId})` : ''}`
                  : '—',
              },
              {
                key: 'action',
                label: t('audit.col.action'),
                children: (
                  <Space size={6}>
                    <span>{labels.action(r.action)}</span>
                    <Typography.Text code>{r.action}</Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'outcome',
                label: t('audit.col.outcome'),
                children: <OutcomeTag outcome={r.outcome} label={labels.outcome(r.outcome)} />,
              },
              {
                key: 'target',
                label: t('audit.col.target'),
                children: r.targetType
                  ? `${labels.targetType(r.targetType)} (${r.targetType}) #${r.targetId ?? '—'}`
                  : '—',
              },
              { key: 'customer', label: t('audit.col.customer'), children: r.customerId ? `#${r.customerId}` : '—' },
              {
                key: 'fields',
                label: t('audit.col.fields'),
                children: r.fields.length ? (
                  <Space size={4} wrap>
                    {r.fields.map((f) => (
                      <Tag key={f} color="magenta" bordered={false}>
                        {labels.field(f)} ({f})
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  '—'
                ),
              },
              { key: 'ip', label: t('audit.col.ip'), children: <span className="kesu-mono">{r.ip ?? '—'}</span> },
              {
                key: 'request',
                label: t('audit.detail.requestId'),
                children: r.requestId ? (
                  <Typography.Text className="kesu-mono" copyable data-testid="audit-request-id">
                    {r.requestId}
                  </Typography.Text>
                ) : (
                  '—'
                ),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('audit.detail.json')}
          </Typography.Title>
          <pre className="kesu-json" data-testid="audit-detail-json" tabIndex={0}>
            {prettyJson(r.detail)}
          </pre>
        </div>
      ) : null}
    </Drawer>
  );
}
