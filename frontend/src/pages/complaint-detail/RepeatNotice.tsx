import { useState } from 'react';
import { Alert, App, Button, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useGqlMutation } from '../../api/hooks';
import { StatusTag } from '../../components/EnumTags';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { complaintDetailPath } from '../../paths';
import type { RepeatCandidateRow } from './justCreated';
import { MarkRepeatMutation } from './queries';

/**
 * Right after registration: earlier complaints of the same customer about
 * the same kind of problem (`possibleRepeats`), each with a button linking
 * this one to it as a repeat (重复投诉, `markRepeat`).
 */
export function RepeatNotice({
  complaintId,
  version,
  candidates,
  onLinked,
}: {
  complaintId: string;
  version: number;
  candidates: readonly RepeatCandidateRow[];
  onLinked: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [dismissed, setDismissed] = useState(false);
  const mark = useGqlMutation(MarkRepeatMutation, {
    onSuccess: () => {
      void message.success(t('detail.repeat.linked'));
      onLinked();
    },
  });
  if (dismissed || candidates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      closable
      onClose={() => setDismissed(true)}
      data-testid="repeat-notice"
      message={t('detail.repeat.title', { count: candidates.length })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('detail.repeat.desc')}</Typography.Paragraph>
          {mark.error ? <ErrorAlert error={mark.error} style={{ marginBottom: 8 }} /> : null}
          <List
            size="small"
            dataSource={candidates as RepeatCandidateRow[]}
            rowKey="id"
            renderItem={(r) => (
              <List.Item
                style={{ paddingInline: 0 }}
                actions={[
                  <Button
                    key="mark"
                    size="small"
                    loading={mark.isPending && mark.variables?.input.repeatOfId === r.id}
                    disabled={mark.isPending}
                    onClick={() =>
                      mark.mutate({ input: { id: complaintId, expectedVersion: version, repeatOfId: r.id } })
                    }
                    data-testid="mark-repeat"
                  >
                    {t('detail.repeat.mark')}
                  </Button>,
                ]}
              >
                <Space size={8} wrap>
                  <Link to={complaintDetailPath(r.id)} className="kesu-mono">
                    {r.number}
                  </Link>
                  <StatusTag status={r.status} />
                  <span>{r.title}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <TimeText value={r.createdAt} />
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
