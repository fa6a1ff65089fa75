import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Modal, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AlertRuleKind } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { comparator, isRate, LEVEL_COLOR, reading, thresholdFromForm, thresholdToForm } from './alertModel';
import { AlertRulesDoc, UpdateAlertRuleDoc, type AlertRuleRow } from './queries';

const HELP: Record<AlertRuleKind, MessageKey> = {
  RESPONSE_TIMELINESS: 'alerts.rules.help.ResponseTimeliness',
  STEP_TIMEOUT_RATE: 'alerts.rules.help.StepTimeoutRate',
  CATEGORY_SURGE: 'alerts.rules.help.CategorySurge',
};

/** The three rules; holders of `alert.manage` edit them. */
export function RulesTab() {
  const t = useT();
  const rules = useGqlQuery(AlertRulesDoc);
  const [editing, setEditing] = useState<AlertRuleRow | null>(null);
  const columns: ColumnsType<AlertRuleRow> = [
    {
      title: t('alerts.rules.col.rule'),
      key: 'rule',
      render: (_, r) => (
        <>
          <Tag color={LEVEL_COLOR[r.level]}>{t(`alertLevel.${r.level}`)}</Tag>
          {t(`alertKind.${r.kind}`)}
        </>
      ),
    },
    {
      title: t('alerts.rules.col.threshold'),
      key: 'threshold',
      render: (_, r) => `${comparator(r.kind)} ${reading(r.kind, 0, r.threshold).threshold}`,
    },
    { title: t('alerts.rules.col.window'), dataIndex: 'windowMinutes' },
    {
      title: t('alerts.rules.col.minSamples'),
      dataIndex: 'minSamples',
      render: (_, r) => (isRate(r.kind) ? r.minSamples : '—'),
    },
    {
      title: t('alerts.rules.col.enabled'),
      dataIndex: 'enabled',
      render: (_, r) => <Switch size="small" checked={r.enabled} disabled />,
    },
    {
      title: '',
      key: 'edit',
      width: 90,
      render: (_, r) => (
        <Can permission="alert.manage">
          <Button size="small" onClick={() => setEditing(r)} data-testid={`alert-rule-edit-${r.kind}`}>
            {t('alerts.rules.edit')}
          </Button>
        </Can>
      ),
    },
  ];
  return (
    <div data-testid="alert-rules">
      {rules.error ? <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} /> : null}
      <Table<AlertRuleRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rules.data?.alertRules ?? []}
        loading={rules.isPending}
        pagination={false}
      />
      {editing ? <RuleModal rule={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

interface RuleForm {
  threshold: number;
  windowMinutes: number;
  minSamples: number;
  enabled: boolean;
}

function RuleModal({ rule, onClose }: { rule: AlertRuleRow; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<RuleForm>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useGqlMutation(UpdateAlertRuleDoc, {
    onSuccess: () => {
      void message.success(t('alerts.rules.saved'));
      void queryClient.invalidateQueries({ queryKey: gqlKey('AlertRules') });
      onClose();
    },
  });
  const rate = isRate(rule.kind);
  const required = [{ required: true, message: t('alerts.rules.required') }];
  const onOk = () => {
    form
      .validateFields()
      .then((v) =>
        update.mutate({
          input: {
            id: rule.id,
            expectedVersion: rule.version,
            threshold: thresholdFromForm(rule.kind, v.threshold),
            windowMinutes: v.windowMinutes,
            minSamples: v.minSamples,
            enabled: v.enabled,
          },
        }),
      )
      .catch(() => undefined);
  };
  return (
    <Modal
      open
      title={t('alerts.rules.edit.title', { rule: t(`alertKind.${rule.kind}`) })}
      okText={t('alerts.rules.save')}
      cancelText={t('alerts.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'alert-rule-save' }}
    >
      {update.error ? <ErrorAlert error={update.error} style={{ marginBottom: 16 }} /> : null}
      <Form<RuleForm>
        form={form}
        layout="vertical"
        name="alert-rule"
        preserve={false}
        initialValues={{
          threshold: thresholdToForm(rule.kind, rule.threshold),
          windowMinutes: rule.windowMinutes,
          minSamples: rule.minSamples,
          enabled: rule.enabled,
        }}
      >
        <Form.Item
          name="threshold"
          label={rate ? t('alerts.rules.threshold.rate') : t('alerts.rules.threshold.count')}
          extra={t(HELP[rule.kind])}
          rules={required}
        >
          <InputNumber
            min={rate ? 0 : 1}
            max={rate ? 100 : 100000}
            step={rate ? 0.5 : 1}
            precision={rate ? 2 : 0}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="windowMinutes" label={t('alerts.rules.col.window')} rules={required}>
          <InputNumber min={5} max={10080} precision={0} style={{ width: 200 }} />
        </Form.Item>
        {rate ? (
          <Form.Item name="minSamples" label={t('alerts.rules.col.minSamples')} rules={required}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="enabled" label={t('alerts.rules.col.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
