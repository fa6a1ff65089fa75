import { useMemo, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Modal, Rate, Select, Space, Typography } from 'antd';
import { ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { isStaleVersion, type GraphQLRequestError } from '../../api/errors';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ComplaintAction, ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { RESPONSIBILITIES, actionLabel, responsibilityLabel } from '../../lib/enums';
import { ACTION_SPECS, buildActionRequest, type ActionField, type ActionValues } from './actions';
import { DispatchTeamsQuery } from './queries';
import { useAssignableUsers } from '../../data/assignableUsers';
import { runAction, type ActionOutcome } from './runAction';
import { AmountHints } from './AmountHints';

type Complaint = ComplaintDetailQuery['complaint'];

const TEAM_KIND_ORDER = ['department', 'expert', 'center', 'branch', 'store'];

/**
 * One lifecycle step: a modal with exactly the inputs the step takes, sent
 * with the version the user is looking at. When someone else changed the
 * complaint meanwhile (STALE_VERSION) it says so and offers to reload; the modal
 * and what was typed stay, so the user can check the new state and send again.
 */
export function ActionModal({
  action,
  complaint,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  action: ComplaintAction;
  complaint: Complaint;
  onClose: () => void;
  onDone: (action: ComplaintAction, outcome: ActionOutcome) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<ActionValues>();
  const spec = ACTION_SPECS[action];
  const send = useMutation<ActionOutcome, GraphQLRequestError, ActionValues>({
    mutationFn: (values) => runAction(buildActionRequest(action, complaint.id, complaint.version, values)),
    onSuccess: (outcome) => onDone(action, outcome),
  });
  const conflict = isStaleVersion(send.error);
  const signOff = (name: ActionField) => action === 'CLOSE' && name === 'note' && complaint.isMajor;
  const stillAvailable = complaint.availableActions.includes(action);

  const reload = async () => {
    await onReload();
    send.reset();
  };

  const initialValues: ActionValues = useMemo(
    () => (action === 'DISPATCH' ? { teamId: complaint.category?.defaultTeam?.id ?? null } : {}),
    // the defaults are taken once, when the modal opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [action],
  );

  return (
    <Modal
      open
      title={actionLabel(t, action)}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={560}
      footer={
        <Space>
          <Button onClick={onClose}>{t('detail.common.cancel')}</Button>
          <Button
            type="primary"
            danger={action === 'REOPEN' || action === 'RETURN'}
            loading={send.isPending}
            disabled={conflict || !stillAvailable}
            onClick={() => form.submit()}
            data-testid="action-submit"
          >
            {t('detail.action.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t(`detail.action.desc.${action}` as const)}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t('detail.action.version', { version: complaint.version })}
        </Typography.Text>
      </Typography.Paragraph>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="conflict-alert"
          message={t('detail.conflict.title')}
          description={
            <>
              <div>{t('detail.conflict.desc')}</div>
            </>
          }
          action={
            <Button
              size="small"
              type="primary"
              icon={<ReloadOutlined />}
              loading={reloading}
              onClick={() => void reload()}
              data-testid="conflict-reload"
            >
              {t('detail.conflict.reload')}
            </Button>
          }
        />
      ) : send.error ? (
        <ErrorAlert error={send.error} style={{ marginBottom: 16 }} />
      ) : null}
      {!stillAvailable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('detail.action.unavailable')}
          data-testid="action-unavailable"
        />
      ) : null}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name={`action-${action.toLowerCase()}`}
        initialValues={initialValues}
        onFinish={(values) => send.mutate(values)}
        onValuesChange={(changed: ActionValues) => {
          // another team: its people, not the previous team's
          if ('teamId' in changed) form.setFieldValue('assigneeId', undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        {spec.fields.map(({ name, required }, i) => (
          <ActionFieldItem
            key={name}
            name={name}
            // a major complaint is closed with the centre head's sign-off note
            required={required || signOff(name)}
            autoFocus={i === 0}
            action={action}
            wrongCharge={complaint.responsibility === 'WRONG_CHARGE'}
            signOff={signOff(name)}
          />
        ))}
        {action === 'PROPOSE_RESOLUTION' || action === 'RESOLVE' ? (
          <AmountHints action={action} complaint={complaint} />
        ) : null}
      </Form>
    </Modal>
  );
}

function ActionFieldItem({
  name,
  required,
  autoFocus,
  action,
  wrongCharge,
  signOff = false,
}: {
  name: ActionField;
  required: boolean;
  autoFocus: boolean;
  action: ComplaintAction;
  /** The investigation found a fee charged by mistake: a proposal gives the fee, never the refund. */
  wrongCharge: boolean;
  /** Closing a major complaint: the note is the centre head's 签字意见. */
  signOff?: boolean;
}) {
  const t = useT();
  // the same input as reopening, but sending back a wrong dispatch is asked differently
  const returning = action === 'RETURN' && name === 'reason';
  const label = returning
    ? t('detail.field.reason.RETURN')
    : signOff
      ? t('detail.field.note.CLOSE.major')
      : t(`detail.field.${name}` as const);
  const rules = required
    ? [{ required: true, whitespace: true, message: t('detail.field.required', { field: label }) }]
    : [];
  const textArea = (rows: number, placeholder?: string): ReactNode => (
    <Input.TextArea
      autoFocus={autoFocus}
      autoSize={{ minRows: rows, maxRows: 10 }}
      maxLength={5000}
      placeholder={placeholder}
    />
  );
  switch (name) {
    case 'teamId':
      return (
        <Form.Item
          name="teamId"
          label={label}
          rules={[{ required: true, message: t('detail.field.required', { field: label }) }]}
        >
          <TeamSelect autoFocus={autoFocus} />
        </Form.Item>
      );
    case 'assigneeId':
      return <AssigneeItem label={label} />;
    case 'responsibility':
      return (
        <Form.Item
          name="responsibility"
          label={label}
          rules={[{ required: true, message: t('detail.field.required', { field: label }) }]}
        >
          <Select
            autoFocus={autoFocus}
            showSearch
            optionFilterProp="label"
            placeholder={t('detail.field.responsibility.placeholder')}
            options={RESPONSIBILITIES.map((r) => ({ value: r, label: responsibilityLabel(t, r) }))}
          />
        </Form.Item>
      );
    case 'wronglyChargedYuan':
      return wrongCharge ? (
        <Form.Item name="wronglyChargedYuan" label={label} extra={t('detail.field.wronglyChargedYuan.extra')}>
          <InputNumber<number>
            min={0}
            max={50_000_000}
            precision={2}
            style={{ width: 220 }}
            suffix={t('intake.unit.yuan')}
            placeholder="0.00"
          />
        </Form.Item>
      ) : null;
    case 'refundGrantedYuan':
      // the refund of a wrong charge is its double, worked out by the server
      if (wrongCharge && action === 'PROPOSE_RESOLUTION') return null;
      return (
        <Form.Item name="refundGrantedYuan" label={label} extra={t('detail.field.refundGrantedYuan.extra')}>
          <InputNumber<number>
            min={0}
            max={100_000_000}
            precision={2}
            style={{ width: 220 }}
            suffix={t('intake.unit.yuan')}
            placeholder="0.00"
          />
        </Form.Item>
      );
    case 'satisfaction':
      return (
        <Form.Item
          name="satisfaction"
          label={label}
          rules={[{ required: true, message: t('detail.field.required', { field: label }) }]}
          extra={t('detail.field.satisfaction.extra')}
        >
          <Rate
            autoFocus={autoFocus}
            count={5}
            tooltips={[1, 2, 3, 4, 5].map((n) => t(`detail.satisfaction.${n}` as 'detail.satisfaction.1'))}
          />
        </Form.Item>
      );
    case 'reply':
      return (
        <Form.Item name="reply" label={label} rules={rules} extra={t('detail.field.reply.extra')}>
          {textArea(4)}
        </Form.Item>
      );
    case 'reason':
      return (
        <Form.Item name="reason" label={label} rules={rules}>
          {textArea(3, returning ? t('detail.field.reason.RETURN.placeholder') : undefined)}
        </Form.Item>
      );
    case 'note':
      return (
        <Form.Item
          name="note"
          label={signOff ? label : t(`detail.field.note.${action}` as 'detail.field.note.ESCALATE')}
          extra={signOff ? t('detail.field.note.CLOSE.major.extra') : undefined}
          rules={rules}
        >
          {textArea(3)}
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={label} rules={rules}>
          {textArea(name === 'comment' ? 2 : 3)}
        </Form.Item>
      );
  }
}

function TeamSelect(props: { value?: string; onChange?: (v: string) => void; autoFocus?: boolean; id?: string }) {
  const t = useT();
  const teams = useGqlQuery(DispatchTeamsQuery, {}, { staleTime: 5 * 60_000 });
  const options = useMemo(() => {
    const rows = [...(teams.data?.teams ?? [])];
    rows.sort((a, b) => TEAM_KIND_ORDER.indexOf(a.kind) - TEAM_KIND_ORDER.indexOf(b.kind));
    return rows.map((r) => ({ value: r.id, label: r.name }));
  }, [teams.data]);
  return (
    <>
      <Select
        {...props}
        showSearch
        optionFilterProp="label"
        loading={teams.isPending}
        options={options}
        placeholder={t('detail.field.teamId.placeholder')}
      />
      {teams.error ? <ErrorAlert error={teams.error} style={{ marginTop: 8 }} /> : null}
    </>
  );
}

function AssigneeItem({ label }: { label: string }) {
  const t = useT();
  const form = Form.useFormInstance<ActionValues>();
  const teamId = Form.useWatch('teamId', form);
  const people = useAssignableUsers(teamId);
  return (
    <Form.Item name="assigneeId" label={label} extra={t('detail.field.assigneeId.extra')}>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        disabled={!teamId}
        loading={people.isFetching}
        placeholder={t('detail.field.assigneeId.placeholder')}
        notFoundContent={people.error ? <ErrorAlert error={people.error} /> : t('detail.field.assigneeId.none')}
        options={people.users.map((c) => ({ value: c.id, label: c.displayName }))}
      />
    </Form.Item>
  );
}
