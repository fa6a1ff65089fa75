import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { SetUserRosterMutation } from './queries';
import {
  backupChoices,
  rosterDoneMessage,
  toRosterFormValues,
  toRosterInput,
  type RosterFormValues,
  type RosterUser,
} from './rosterModel';

/**
 * AB角/缺勤 (roster.manage): a member's backup in the same team and whether
 * they are absent. Marking someone absent hands their open complaints over
 * at once; the message says how many went to whom.
 */
export function RosterModal({
  user,
  rows,
  onClose,
}: {
  user: RosterUser & { username: string };
  /** The users loaded on the page: the backup is picked among them. */
  rows: readonly RosterUser[];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<RosterFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const choices = useMemo(() => backupChoices(rows, user), [rows, user]);
  const save = useGqlMutation(SetUserRosterMutation, {
    onSuccess: (d) => {
      void message.success(rosterDoneMessage(t, user, d.setUserRoster));
      void queryClient.invalidateQueries({ queryKey: gqlKey('AdminUsers') });
      onClose();
    },
  });
  const noTeam = !user.team;
  const onOk = () => {
    form
      .validateFields()
      .then((v) => save.mutate({ input: toRosterInput(user, v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open
      title={t('admin.roster.title', { name: user.displayName })}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: noTeam, 'data-testid': 'roster-save' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      {noTeam ? <Alert type="info" showIcon message={t('admin.roster.noTeam')} style={{ marginBottom: 16 }} /> : null}
      <Form<RosterFormValues>
        form={form}
        layout="vertical"
        name="roster"
        preserve={false}
        initialValues={toRosterFormValues(user)}
        disabled={noTeam}
      >
        <Form.Item label={t('admin.roster.team')} htmlFor="roster-team">
          <Input id="roster-team" value={user.team?.name ?? t('admin.users.noTeam')} disabled />
        </Form.Item>
        <Form.Item
          name="absent"
          label={t('admin.roster.absentLabel')}
          valuePropName="checked"
          extra={t('admin.roster.absentHelp')}
        >
          <Switch checkedChildren={t('admin.roster.absent')} unCheckedChildren={t('admin.roster.present')} />
        </Form.Item>
        <Form.Item name="backupUserId" label={t('admin.roster.backup')} extra={t('admin.roster.backupHelp')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('admin.roster.noBackup')}
            options={choices.map((c) => ({
              value: c.id,
              label: c.absent ? `${c.displayName}（${t('admin.roster.absent')}）` : c.displayName,
              disabled: c.stale,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
