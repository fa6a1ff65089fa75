import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, InputNumber, Skeleton, Switch, Tag, Typography } from 'antd';
import { describeError, hasErrorCode } from '../../api/errors';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { COMPLIANCE_RULES, complianceRuleLabel } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { RULE_COLOR, RULE_LIMITS, ruleField, ruleHelpText, type RuleField } from './complianceModel';
import { ComplianceRulesDoc, UpdateComplianceRuleDoc, type ComplianceRuleRow } from './complianceQueries';

/**
 * 规则设置: each compliance rule on its own row — 启用, 阈值 and 时间窗 —
 * saved on its own with the version it was read at (a stale one is refused
 * with CONFLICT, and the row reloads the latest settings).
 */
export function ComplianceRulesDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const rules = useGqlQuery(ComplianceRulesDoc, undefined, { enabled: open });
  const list = [...(rules.data?.complianceRules ?? [])].sort(
    (a, b) => COMPLIANCE_RULES.indexOf(a.rule) - COMPLIANCE_RULES.indexOf(b.rule),
  );
  return (
    <Drawer open={open} onClose={onClose} title={t('compliance.rules.title')} width={720} destroyOnHidden>
      <div data-testid="compliance-rules" aria-busy={rules.isFetching}>
        <Typography.Paragraph type="secondary">{t('compliance.rules.help')}</Typography.Paragraph>
        {rules.error ? <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} /> : null}
        {rules.isPending && !rules.error ? <Skeleton active title={false} paragraph={{ rows: 6 }} /> : null}
        <Flex vertical gap={12}>
          {list.map((r) => (
            <RuleEditor key={r.rule} rule={r} />
          ))}
        </Flex>
      </div>
    </Drawer>
  );
}

interface RuleForm {
  enabled: boolean;
  threshold: number | null;
  windowMinutes: number | null;
}

function RuleEditor({ rule }: { rule: ComplianceRuleRow }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RuleForm>();
  const label = complianceRuleLabel(t, rule.rule);
  const reload = () => void queryClient.invalidateQueries({ queryKey: gqlKey('ComplianceRules') });
  const save = useGqlMutation(UpdateComplianceRuleDoc, {
    onSuccess: () => {
      void message.success(t('compliance.rules.saved', { rule: label }));
      reload();
      // the change is an audit record too
      void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
    },
    onError: (err) => {
      const fields = new Set(describeError(err).items.map(ruleField).filter((f): f is RuleField => !!f));
      form.setFields([...fields].map((name) => ({ name, errors: [t(`compliance.rules.invalid.${name}`)] })));
      // changed by someone else: show the latest settings to start again from
      if (hasErrorCode(err, 'CONFLICT')) reload();
    },
  });
  // new settings from the server (after a save or a conflict) replace the inputs
  useEffect(() => form.resetFields(), [form, rule.version]);

  const range = (field: RuleField) => [
    { required: true, message: t('compliance.rules.required') },
    { type: 'number' as const, ...RULE_LIMITS[field], message: t(`compliance.rules.invalid.${field}`) },
  ];
  const onFinish = (v: RuleForm) =>
    save.mutate({
      input: {
        rule: rule.rule,
        expectedVersion: rule.version,
        enabled: v.enabled,
        threshold: v.threshold,
        windowMinutes: v.windowMinutes,
      },
    });

  return (
    <div
      className="kesu-compliance-rule"
      data-testid={`compliance-rule-${rule.rule}`}
      data-version={rule.version}
      data-enabled={rule.enabled}
    >
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Tag color={RULE_COLOR[rule.rule]}>{label}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {rule.updatedAt
            ? t('compliance.rules.updatedAt', { time: formatDateTime(rule.updatedAt) })
            : t('compliance.rules.default')}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 10px' }}>
        {ruleHelpText(t, rule)}
      </Typography.Paragraph>
      {save.error ? (
        <ErrorAlert
          error={save.error}
          title={t('compliance.rules.failed')}
          fallback={{ CONFLICT: 'compliance.rules.conflict' }}
          style={{ marginBottom: 10 }}
        />
      ) : null}
      <Form<RuleForm>
        form={form}
        name={`compliance-rule-${rule.rule}`}
        layout="inline"
        initialValues={{ enabled: rule.enabled, threshold: rule.threshold, windowMinutes: rule.windowMinutes }}
        onFinish={onFinish}
      >
        <Form.Item name="enabled" label={t('compliance.rules.enabled')} valuePropName="checked">
          <Switch size="small" />
        </Form.Item>
        <Form.Item name="threshold" label={t('compliance.rules.threshold')} rules={range('threshold')}>
          <InputNumber
            {...RULE_LIMITS.threshold}
            precision={0}
            suffix={t(`compliance.unit.${rule.rule}`)}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="windowMinutes" label={t('compliance.rules.window')} rules={range('windowMinutes')}>
          <InputNumber {...RULE_LIMITS.windowMinutes} precision={0} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid={`compliance-rule-save-${rule.rule}`}
          >
            {t('compliance.rules.save')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
