import { useState } from 'react';
import { Alert, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { isStaleVersion } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAssignableUsers } from '../../data/assignableUsers';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { AssignComplaintMutation } from './queries';

type Complaint = ComplaintDetailQuery['complaint'];

/**
 * 指派处理人 (complaint.assign): someone in the complaint's current team, or
 * nobody. Candidates are the team's members (`useAssignableUsers(teamId)`); the server
 * refuses anyone who is not an active member (NOT_TEAM_MEMBER).
 */
export function AssignModal({
  complaint,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  complaint: Complaint;
  onClose: () => void;
  onDone: (assignee: string | null, version: number) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const t = useT();
  const teamId = complaint.team?.id ?? null;
  const people = useAssignableUsers(teamId);
  const [assigneeId, setAssigneeId] = useState<string | null>(complaint.assignee?.id ?? null);
  const assign = useGqlMutation(AssignComplaintMutation, {
    onSuccess: (data) => onDone(data.assignComplaint.assignee?.displayName ?? null, data.assignComplaint.version),
  });
  const stale = isStaleVersion(assign.error);

  // the current assignee stays choosable even when the candidates do not list them
  const options = people.users.map((u) => ({ value: u.id, label: u.displayName }));
  if (complaint.assignee && !options.some((o) => o.value === complaint.assignee?.id)) {
    options.unshift({ value: complaint.assignee.id, label: complaint.assignee.displayName });
  }
  const unchanged = assigneeId === (complaint.assignee?.id ?? null);

  return (
    <Modal
      open
      title={t('detail.assign.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={480}
      footer={
        <Space>
          <Button onClick={onClose}>{t('detail.common.cancel')}</Button>
          <Button
            type="primary"
            loading={assign.isPending}
            disabled={!teamId || unchanged || stale}
            onClick={() =>
              assign.mutate({
                input: { id: complaint.id, expectedVersion: complaint.version, assigneeId: assigneeId ?? null },
              })
            }
            data-testid="assign-submit"
          >
            {t('detail.assign.submit')}
          </Button>
        </Space>
      }
    >
      <div data-testid="assign-dialog">
        {teamId ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {t('detail.assign.desc', { team: complaint.team?.name ?? '' })}
          </Typography.Paragraph>
        ) : (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('detail.assign.noTeam')} />
        )}
        {assign.error ? (
          stale ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="conflict-alert"
              message={t('detail.conflict.title')}
              description={t('detail.conflict.desc')}
              action={
                <Button
                  size="small"
                  type="primary"
                  icon={<ReloadOutlined />}
                  loading={reloading}
                  onClick={() => void onReload().then(() => assign.reset())}
                >
                  {t('detail.edit.reload')}
                </Button>
              }
            />
          ) : (
            <ErrorAlert error={assign.error} style={{ marginBottom: 16 }} />
          )
        ) : null}
        <Form layout="vertical">
          <Form.Item label={t('detail.assign.assignee')} extra={t('detail.assign.extra')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              disabled={!teamId}
              value={assigneeId ?? undefined}
              onChange={(v: string | undefined) => setAssigneeId(v ?? null)}
              loading={people.isFetching}
              placeholder={t('detail.assign.placeholder')}
              notFoundContent={people.error ? <ErrorAlert error={people.error} /> : t('detail.assign.none')}
              options={options}
              data-testid="assign-select"
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
