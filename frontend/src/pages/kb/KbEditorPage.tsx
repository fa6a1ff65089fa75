import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Space, TreeSelect, Typography } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { PageSkeleton } from '../../components/PageLoading';
import { buildCategoryTree, useCategories } from '../../data/categories';
import type { KbArticleQuery as KbArticleResult } from '../../gql/graphql';
import { useT } from '../../i18n';
import './kb.css';
import { kbArticlePath } from '../../paths';
import { useDebounced } from './hooks';
import { editorNextNumber, toArticleFields, type KbFormValues as FormValues } from './kbArticle';
import { RelatedArticle } from './KbArticleBody';
import {
  CreateKbArticleMutation,
  KbArticleQuery,
  KbSuggestQuery,
  SubmitKbArticleMutation,
  UpdateKbArticleMutation,
} from './queries';

/** 新建 / 编辑知识库文章 (kb.edit). `/kb/new` creates, `/kb/articles/:id/edit` edits. */
export default function KbEditorPage() {
  const { id } = useParams();
  return id ? <EditExisting id={id} key={id} /> : <Editor />;
}

function EditExisting({ id }: { id: string }) {
  const t = useT();
  const { data, error, isPending, refetch } = useGqlQuery(KbArticleQuery, { id }, { staleTime: 0 });
  if (error) {
    return (
      <PageContainer title={t('kb.editor.editTitle')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </PageContainer>
    );
  }
  if (isPending) {
    return (
      <PageContainer title={t('kb.editor.editTitle')}>
        <PageSkeleton rows={12} />
      </PageContainer>
    );
  }
  return <Editor article={data.kbArticle} />;
}

type ExistingArticle = KbArticleResult['kbArticle'];

function Editor({ article }: { article?: ExistingArticle }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  const categories = useCategories();
  const tree = useMemo(() => buildCategoryTree(categories.data?.categories ?? []), [categories.data]);

  const base = article?.latest;
  const initialValues: Partial<FormValues> = base
    ? {
        title: base.title,
        categoryId: base.category?.id,
        scenario: base.scenario,
        solution: base.solution,
        caveats: base.caveats,
        tags: base.tags,
        relatedIds: base.relatedIds,
      }
    : { tags: [], relatedIds: [], caveats: '' };

  const save = async (values: FormValues, andSubmit: boolean) => {
    setError(null);
    setSaving(andSubmit ? 'submit' : 'draft');
    try {
      const fields = toArticleFields(values);
      let id: string;
      let version: number;
      if (article) {
        const r = await gqlRequest(UpdateKbArticleMutation, {
          input: { id: article.id, expectedVersion: article.version, article: fields },
        });
        ({ id, version } = r.updateKbArticle);
      } else {
        const r = await gqlRequest(CreateKbArticleMutation, { input: { article: fields } });
        ({ id, version } = r.createKbArticle);
      }
      if (andSubmit) {
        await gqlRequest(SubmitKbArticleMutation, { input: { id, expectedVersion: version } });
      }
      void queryClient.invalidateQueries({ queryKey: gqlKey('KbArticle') });
      void queryClient.invalidateQueries({ queryKey: gqlKey('KbArticles') });
      void queryClient.invalidateQueries({ queryKey: gqlKey('KbSearch') });
      void message.success(andSubmit ? t('kb.editor.savedSubmitted') : t('kb.editor.saved'));
      void navigate(kbArticlePath(id));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(null);
    }
  };

  const submitWith = (andSubmit: boolean) => {
    form
      .validateFields()
      .then((values) => save(values, andSubmit))
      .catch(() => undefined); // field errors are shown next to the fields
  };

  const nextNumber = editorNextNumber(article);

  return (
    <PageContainer
      title={article ? t('kb.editor.editTitleOf', { title: article.latest.title }) : t('kb.editor.newTitle')}
      subTitle={article ? t('kb.editor.versionNote', { number: nextNumber }) : t('kb.editor.newNote')}
    >
      {article?.status === 'published' ? (
        <Alert
          type="info"
          showIcon
          message={t('kb.editor.publishedNotice', { live: article.published?.number ?? '', next: nextNumber })}
          data-testid="kb-editor-published-notice"
        />
      ) : null}
      {article?.status === 'in_review' ? (
        <Alert type="warning" showIcon message={t('kb.editor.inReviewNotice')} />
      ) : null}
      {error ? <ErrorAlert error={error} title={t('kb.editor.failed')} /> : null}
      {categories.error ? <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} /> : null}
      <Card variant="borderless" className="kesu-card">
        <Form<FormValues>
          form={form}
          layout="vertical"
          name="kb-editor"
          initialValues={initialValues}
          requiredMark
          style={{ maxWidth: 880 }}
          disabled={saving !== null}
        >
          <Form.Item
            name="title"
            label={t('kb.field.title')}
            rules={[{ required: true, whitespace: true, message: t('kb.editor.required.title') }, { max: 200 }]}
          >
            <Input placeholder={t('kb.editor.ph.title')} maxLength={200} showCount />
          </Form.Item>
          <Form.Item
            name="categoryId"
            label={t('kb.field.category')}
            rules={[{ required: true, message: t('kb.editor.required.category') }]}
          >
            <TreeSelect
              treeData={tree}
              placeholder={t('kb.editor.ph.category')}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              loading={categories.isPending}
              style={{ maxWidth: 400 }}
            />
          </Form.Item>
          <Form.Item
            name="scenario"
            label={t('kb.field.scenario')}
            tooltip={t('kb.editor.help.scenario')}
            rules={[{ required: true, whitespace: true, message: t('kb.editor.required.scenario') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={5000}
              placeholder={t('kb.editor.ph.scenario')}
            />
          </Form.Item>
          <Form.Item
            name="solution"
            label={t('kb.field.solution')}
            extra={t('kb.editor.help.solution')}
            rules={[{ required: true, whitespace: true, message: t('kb.editor.required.solution') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 5, maxRows: 14 }}
              maxLength={10000}
              placeholder={t('kb.editor.ph.solution')}
            />
          </Form.Item>
          <Form.Item name="caveats" label={t('kb.field.caveats')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={5000}
              placeholder={t('kb.editor.ph.caveats')}
            />
          </Form.Item>
          <Form.Item
            name="tags"
            label={t('kb.field.tags')}
            extra={t('kb.editor.help.tags')}
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  !v || (v.length <= 20 && v.every((x) => x.length <= 30))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('kb.editor.help.tags'))),
              },
            ]}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              open={false}
              suffixIcon={null}
              placeholder={t('kb.editor.ph.tags')}
            />
          </Form.Item>
          <Form.Item name="relatedIds" label={t('kb.field.related')} extra={t('kb.editor.help.related')}>
            <RelatedPicker selfId={article?.id} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Space>
              <Button icon={<SaveOutlined />} onClick={() => submitWith(false)} loading={saving === 'draft'}>
                {t('kb.editor.saveDraft')}
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                onClick={() => submitWith(true)}
                loading={saving === 'submit'}
              >
                {t('kb.editor.saveSubmit')}
              </Button>
              <Button type="link" onClick={() => void navigate(-1)} disabled={false}>
                {t('kb.editor.cancel')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('kb.editor.reviewRule')}
        </Typography.Paragraph>
      </Card>
    </PageContainer>
  );
}

/** Related articles: pick by title (search-as-you-type over published articles). */
function RelatedPicker({
  value,
  onChange,
  selfId,
  id,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  selfId?: string;
  id?: string;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const prefix = useDebounced(typed.trim(), 250);
  const { data, isFetching } = useGqlQuery(KbSuggestQuery, { prefix }, { enabled: prefix !== '', staleTime: 60_000 });
  const selected = value ?? [];
  const options = [
    ...selected.map((rid) => ({ value: rid, label: <RelatedArticle id={rid} /> })),
    ...(data?.kbSuggest ?? [])
      .filter((s) => s.articleId !== selfId && !selected.includes(s.articleId))
      .map((s) => ({ value: s.articleId, label: s.title })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      value={selected}
      onChange={(v: string[]) => onChange?.(v)}
      showSearch
      filterOption={false}
      onSearch={setTyped}
      searchValue={typed}
      onBlur={() => setTyped('')}
      options={options}
      loading={isFetching}
      placeholder={t('kb.editor.ph.related')}
      notFoundContent={prefix ? t('kb.editor.relatedNone') : t('kb.editor.relatedType')}
      maxCount={20}
    />
  );
}
