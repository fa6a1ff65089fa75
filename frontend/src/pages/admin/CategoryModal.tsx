import { useMemo } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { parentChoices, toUpdateCategoryInput, type AdminCategoryRow, type CategoryFormValues } from './categoryModel';
import { AdminTeamsQuery, CreateCategoryMutation, UpdateCategoryMutation } from './queries';

export type CategoryTarget = { mode: 'create' } | { mode: 'edit'; category: AdminCategoryRow };

/** Creating a category (code, name, parent, default team) or editing one (its code stays). */
export function CategoryModal({
  target,
  rows,
  onClose,
  onDone,
}: {
  target: CategoryTarget;
  rows: readonly AdminCategoryRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CategoryFormValues>();
  const { message } = App.useApp();
  const category = target.mode === 'edit' ? target.category : null;
  const teams = useGqlQuery(AdminTeamsQuery, {});
  const parents = useMemo(() => parentChoices(rows, category?.id ?? null), [rows, category]);
  const finish = (text: string) => {
    void message.success(text);
    onDone();
    onClose();
  };
  const create = useGqlMutation(CreateCategoryMutation, {
    onSuccess: (d) => finish(t('admin.categories.created', { name: d.createCategory.name })),
  });
  const update = useGqlMutation(UpdateCategoryMutation, {
    onSuccess: (d) => finish(t('admin.categories.updated', { name: d.updateCategory.name })),
  });
  const error = create.error ?? update.error;
  const onOk = () => {
    form
      .validateFields()
      .then((v) => {
        if (category) {
          update.mutate({ input: toUpdateCategoryInput(category, v) });
        } else {
          create.mutate({
            input: {
              code: (v.code ?? '').trim(),
              name: v.name.trim(),
              parentId: v.parentId ?? null,
              defaultTeamId: v.defaultTeamId ?? null,
            },
          });
        }
      })
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open
      title={category ? t('admin.categories.editTitle', { name: category.name }) : t('admin.categories.create')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'category-save' }}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {teams.error ? <ErrorAlert error={teams.error} style={{ marginBottom: 16 }} /> : null}
      <Form<CategoryFormValues>
        form={form}
        layout="vertical"
        name="category"
        preserve={false}
        initialValues={
          category
            ? {
                code: category.code,
                name: category.name,
                parentId: category.parentId ?? null,
                defaultTeamId: category.defaultTeam?.id ?? null,
              }
            : { parentId: null, defaultTeamId: null }
        }
      >
        <Form.Item
          name="code"
          label={t('admin.categories.col.code')}
          extra={category ? t('admin.categories.codeFixed') : t('admin.categories.codeHelp')}
          rules={[{ required: !category, whitespace: true, message: t('admin.categories.required.code') }]}
        >
          <Input maxLength={64} disabled={!!category} className="kesu-mono" placeholder="billing.vas" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('admin.categories.col.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.categories.required.name') }]}
        >
          <Input maxLength={100} placeholder={t('admin.categories.namePh')} />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.categories.col.parent')} extra={t('admin.categories.parentHelp')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('admin.categories.noParent')}
            disabled={parents.length === 0}
            options={parents.map((p) => ({
              value: p.id,
              label: p.active ? p.name : `${p.name}（${t('admin.categories.inactive')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="defaultTeamId"
          label={t('admin.categories.col.defaultTeam')}
          extra={t('admin.categories.defaultTeamHelp')}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={teams.isPending}
            placeholder={t('admin.categories.noDefaultTeam')}
            options={(teams.data?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
