import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, InputNumber, Skeleton, Tag, Typography } from 'antd';
import { describeError, hasErrorCode } from '../../api/errors';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { recordClassLabel } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { formatCount } from './complianceModel';
import { isDaysError, retentionLimits, sortRetentionRules } from './erasureModel';
import { RetentionRulesDoc, UpdateRetentionRuleDoc, type RetentionRuleRow } from './erasureQueries';

/**
 * 保存期限: how long each class of record is kept before the daily retention
 * run deletes or anonymises it. Each class is saved on its own with the
 * version it was read at (a stale one is refused with CONFLICT and the row
 * reloads); only `retention.manage` may change them, everyone else who opens
 * the drawer reads them.
 */
export function RetentionRulesDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const canManage = usePermission('retention.manage');
  const rules = useGqlQuery(RetentionRulesDoc, undefined, { enabled: open });
  const list = sortRetentionRules(rules.data?.retentionRules ?? []);
  return (
    <Drawer open={open} onClose={onClose} title={t('retention.title')} width={640} destroyOnHidden>
      <div data-testid="retention-rules" aria-busy={rules.isFetching} data-editable={canManage}>
        <Typography.Paragraph type="secondary">{t('retention.help')}</Typography.Paragraph>
        {canManage ? null : (
          <Alert
            type="info"
            showIcon
            message={t('retention.readOnly')}
            style={{ marginBottom: 12 }}
            data-testid="retention-read-only"
          />
        )}
        {rules.error ? <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} /> : null}
        {rules.isPending && !rules.error ? <Skeleton active title={false} paragraph={{ rows: 6 }} /> : null}
        <Flex vertical gap={12}>
          {list.map((r) => (
            <RetentionEditor key={r.recordClass} rule={r} editable={canManage} />
          ))}
        </Flex>
      </div>
    </Drawer>
  );
}

function RetentionEditor({ rule, editable }: { rule: RetentionRuleRow; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ days: number | null }>();
  const label = recordClassLabel(t, rule.recordClass);
  const limits = retentionLimits(rule);
  const invalid = t('retention.invalid', { min: formatCount(limits.min), max: formatCount(limits.max) });
  const reload = () => void queryClient.invalidateQueries({ queryKey: gqlKey('RetentionRules') });
  const save = useGqlMutation(UpdateRetentionRuleDoc, {
    onSuccess: (d) => {
      void message.success(
        t('retention.saved', { class: label, days: formatCount(d.updateRetentionRule.days) }),
      );
      reload();
      // the change is an audit record too
      void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
    },
    onError: (err) => {
      if (describeError(err).items.some(isDaysError)) form.setFields([{ name: 'days', errors: [invalid] }]);
      // changed by someone else: show the latest setting to start again from
      if (hasErrorCode(err, 'CONFLICT')) reload();
    },
  });
  // a new setting from the server (after a save or a conflict) replaces the input
  useEffect(() => form.resetFields(), [form, rule.version]);

  const onFinish = (v: { days: number | null }) => {
    if (v.days === null) return;
    save.mutate({ input: { recordClass: rule.recordClass, days: v.days, expectedVersion: rule.version } });
  };

  return (
    <div
      className="kesu-compliance-rule"
      data-testid={`retention-rule-${rule.recordClass}`}
      data-version={rule.version}
      data-days={rule.days}
    >
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Tag color="magenta">{label}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {rule.updatedAt
            ? rule.updatedBy
              ? t('retention.updatedBy', { name: rule.updatedBy.displayName, time: formatDateTime(rule.updatedAt) })
              : t('retention.updatedAt', { time: formatDateTime(rule.updatedAt) })
            : t('retention.default')}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 10px' }} data-testid="retention-desc">
        {t(`retention.desc.${rule.recordClass}`, { days: formatCount(rule.days) })}
      </Typography.Paragraph>
      {save.error ? (
        <ErrorAlert
          error={save.error}
          title={t('retention.failed')}
          fallback={{ CONFLICT: 'retention.conflict' }}
          reasons={{ STALE_VERSION: 'retention.conflict' }}
          style={{ marginBottom: 10 }}
        />
      ) : null}
      <Form<{ days: number | null }>
        form={form}
        name={`retention-${rule.recordClass}`}
        layout="inline"
        initialValues={{ days: rule.days }}
        onFinish={onFinish}
        disabled={!editable}
      >
        <Form.Item
          name="days"
          label={t('retention.days')}
          extra={t('retention.range', { min: formatCount(limits.min), max: formatCount(limits.max) })}
          rules={[
            { required: true, message: t('retention.required') },
            { type: 'number', ...limits, message: invalid },
          ]}
        >
          <InputNumber {...limits} precision={0} suffix={t('retention.unit')} style={{ width: 160 }} />
        </Form.Item>
        {editable ? (
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              data-testid={`retention-save-${rule.recordClass}`}
            >
              {t('retention.save')}
            </Button>
          </Form.Item>
        ) : null}
      </Form>
    </div>
  );
}
