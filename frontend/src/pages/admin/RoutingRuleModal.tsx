import { useMemo } from 'react';
import {
  App,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  TreeSelect,
} from 'antd';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { ASSIGN_MODES, CHANNELS, PRIORITIES, assignModeLabel, channelLabel, priorityLabel } from '../../lib/enums';
import type { AdminCategoryRow } from './categoryModel';
import {
  MAJOR_CHOICES,
  MAX_PATTERN,
  MAX_RULE_NAME,
  categoryTreeOptions,
  isAmountOrderOk,
  isValidYuan,
  toRuleFormValues,
  toSaveRuleInput,
  type RuleFormValues,
  type RuleRow,
} from './routingModel';
import { SaveRoutingRuleMutation } from './routingQueries';
import { useTeamOptions } from './userOptions';

/**
 * Creating a routing rule (tried last) or editing one: its name, whether it
 * is active, the conditions (all must hold; empty means any), and where it
 * sends a complaint. The version read is sent back, so a rule changed
 * meanwhile is refused with STALE_VERSION.
 */
export function RoutingRuleModal({
  rule,
  categories,
  onClose,
  onDone,
}: {
  /** null: a new rule. */
  rule: RuleRow | null;
  categories: readonly AdminCategoryRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const { tree: teamTree, teams } = useTeamOptions();
  const initial = useMemo(() => toRuleFormValues(rule), [rule]);
  const categoryTree = useMemo(
    () => categoryTreeOptions(categories, `（${t('admin.categories.inactive')}）`, initial.categoryIds),
    [categories, t, initial.categoryIds],
  );
  const save = useGqlMutation(SaveRoutingRuleMutation, {
    onSuccess: (d) => {
      const name = d.saveRoutingRule.name;
      void message.success(rule ? t('admin.routing.updated', { name }) : t('admin.routing.created', { name }));
      onDone();
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => save.mutate({ input: toSaveRuleInput(rule, v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  const yuanRule = {
    validator: (_: unknown, v: unknown) =>
      isValidYuan(v) ? Promise.resolve() : Promise.reject(new Error(t('admin.routing.form.amountInvalid'))),
  };
  return (
    <Modal
      open
      width={720}
      title={rule ? t('admin.routing.editTitle', { name: rule.name }) : t('admin.routing.create')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'routing-rule-save' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      {teams.error ? <ErrorAlert error={teams.error} style={{ marginBottom: 16 }} /> : null}
      <Form<RuleFormValues> form={form} layout="vertical" name="routing-rule" preserve={false} initialValues={initial}>
        <Row gutter={16}>
          <Col span={18}>
            <Form.Item
              name="name"
              label={t('admin.routing.form.name')}
              rules={[{ required: true, whitespace: true, message: t('admin.routing.form.required.name') }]}
            >
              <Input maxLength={MAX_RULE_NAME} placeholder={t('admin.routing.form.namePh')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="active" label={t('admin.routing.form.active')} valuePropName="checked">
              <Switch checkedChildren={t('admin.routing.active')} unCheckedChildren={t('admin.routing.inactive')} />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0} plain style={{ marginTop: 0 }}>
          {t('admin.routing.form.conditions')}
          <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8, fontSize: 12 }}>
            {t('admin.routing.form.conditionsHelp')}
          </span>
        </Divider>
        <Form.Item
          name="categoryIds"
          label={t('admin.routing.form.categories')}
          extra={t('admin.routing.form.categoriesHelp')}
        >
          <TreeSelect
            multiple
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeData={categoryTree}
            placeholder={t('admin.routing.form.any')}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="channels" label={t('admin.routing.form.channels')}>
              <Select
                mode="multiple"
                allowClear
                optionFilterProp="label"
                placeholder={t('admin.routing.form.any')}
                options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="priorities" label={t('admin.routing.form.priorities')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('admin.routing.form.any')}
                options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="productModel"
              label={t('admin.routing.form.productModel')}
              extra={t('admin.routing.form.productModelHelp')}
            >
              <Input maxLength={MAX_PATTERN} className="kesu-mono" placeholder="KFR-35GW*" allowClear />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              label={t('admin.routing.form.amount')}
              extra={t('admin.routing.form.amountHelp')}
              required={false}
            >
              <Space.Compact block>
                <Form.Item name="amountMinYuan" noStyle rules={[yuanRule]}>
                  <InputNumber
                    id="routing-rule_amountMinYuan"
                    min={0}
                    step={100}
                    style={{ width: '50%' }}
                    placeholder={t('admin.routing.form.amountMin')}
                    aria-label={`${t('admin.routing.form.amount')} ${t('admin.routing.form.amountMin')}`}
                  />
                </Form.Item>
                <Form.Item
                  name="amountMaxYuan"
                  noStyle
                  dependencies={['amountMinYuan']}
                  rules={[
                    yuanRule,
                    ({ getFieldValue }) => ({
                      validator: (_, v: number | null) =>
                        isAmountOrderOk(getFieldValue('amountMinYuan') as number | null, v)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('admin.routing.form.amountOrder'))),
                    }),
                  ]}
                >
                  <InputNumber
                    id="routing-rule_amountMaxYuan"
                    min={0}
                    step={100}
                    style={{ width: '50%' }}
                    placeholder={t('admin.routing.form.amountMax')}
                    aria-label={`${t('admin.routing.form.amount')} ${t('admin.routing.form.amountMax')}`}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="minEarlierComplaints"
              label={t('admin.routing.form.minEarlier')}
              extra={t('admin.routing.form.minEarlierHelp')}
            >
              <InputNumber
                min={0}
                max={1000}
                precision={0}
                style={{ width: '100%' }}
                placeholder={t('admin.routing.form.any')}
                addonAfter={t('admin.routing.form.times')}
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="major" label={t('admin.routing.form.major')}>
              <Radio.Group
                optionType="button"
                options={MAJOR_CHOICES.map((m) => ({ value: m, label: t(`admin.routing.form.major.${m}` as const) }))}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0} plain style={{ marginTop: 0 }}>
          {t('admin.routing.form.target')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="teamId"
              label={t('admin.routing.form.team')}
              rules={[{ required: true, message: t('admin.routing.form.required.team') }]}
            >
              <TreeSelect
                treeData={teamTree}
                showSearch
                treeNodeFilterProp="title"
                treeDefaultExpandAll
                loading={teams.isPending}
                listHeight={320}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="assignMode"
              label={t('admin.routing.form.assignMode')}
              extra={t('admin.routing.form.assignModeHelp')}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={ASSIGN_MODES.map((m) => ({ value: m, label: assignModeLabel(t, m) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
