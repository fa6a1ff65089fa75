import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CheckOutlined, EditOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { PageSkeleton } from '../../components/PageLoading';
import { TimeText } from '../../components/TimeText';
import { categoryPath } from '../../data/categories';
import { useT } from '../../i18n';
import './kb.css';
import { kbArticlePath, kbEditPath } from '../../paths';
import { KbStatusTag } from './KbBits';
import { parseVersionParam, pickVersion, versionKind, type VersionKind } from './kbArticle';
import { ArchiveKbArticleMutation, KbArticleQuery, PublishKbArticleMutation, SubmitKbArticleMutation } from './queries';
import { ArticleBody } from './KbArticleBody';

const KIND_COLORS: Record<VersionKind, string> = {
  live: 'success',
  archived: 'warning',
  superseded: 'default',
  draft: 'default',
  in_review: 'processing',
};

/**
 * One article: scenario, solution steps, caveats, tags and related articles
 * of the version shown (`?v=` picks an older one), its versions, and the
 * review workflow for editors and reviewers.
 */
export default function KbArticlePage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const canEdit = usePermission('kb.edit');
  const canPublish = usePermission('kb.publish');
  const { data, error, isPending, refetch } = useGqlQuery(KbArticleQuery, { id });
  const [actionError, setActionError] = useState<unknown>(null);

  const requested = parseVersionParam(params.get('v'));
  const article = data?.kbArticle;
  const picked = useMemo(
    () => (article ? pickVersion(article, requested, canEdit) : null),
    [article, requested, canEdit],
  );

  const onDone = (text: string) => {
    setActionError(null);
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: gqlKey('KbArticle') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('KbArticles') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('KbSearch') });
  };
  const submit = useGqlMutation(SubmitKbArticleMutation, {
    onSuccess: () => onDone(t('kb.action.submitted')),
    onError: setActionError,
  });
  const publish = useGqlMutation(PublishKbArticleMutation, {
    onSuccess: () => onDone(t('kb.action.published')),
    onError: setActionError,
  });
  const archive = useGqlMutation(ArchiveKbArticleMutation, {
    onSuccess: () => onDone(t('kb.action.archived')),
    onError: setActionError,
  });

  if (error) {
    return (
      <PageContainer title={t('kb.article.title')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </PageContainer>
    );
  }
  if (isPending || !article || !picked) {
    return (
      <PageContainer title={t('kb.article.title')}>
        <PageSkeleton rows={10} />
      </PageContainer>
    );
  }

  const shown = picked.version;
  const kind = versionKind(article, shown);
  const step = { input: { id: article.id, expectedVersion: article.version } };
  const busy = submit.isPending || publish.isPending || archive.isPending;

  const actions = (
    <>
      {canEdit && article.status !== 'archived' ? (
        <Button icon={<EditOutlined />} onClick={() => void navigate(kbEditPath(article.id))} disabled={busy}>
          {t('kb.action.edit')}
        </Button>
      ) : null}
      {canEdit && article.status === 'draft' ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submit.isPending}
          disabled={busy}
          onClick={() => submit.mutate(step)}
        >
          {t('kb.action.submit')}
        </Button>
      ) : null}
      {canPublish && article.status === 'in_review' ? (
        <Tooltip title={t('kb.action.publishHint')}>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={publish.isPending}
            disabled={busy}
            onClick={() => publish.mutate(step)}
          >
            {t('kb.action.publish')}
          </Button>
        </Tooltip>
      ) : null}
      {canPublish && article.status !== 'archived' ? (
        <Popconfirm
          title={t('kb.action.archiveConfirm')}
          description={t('kb.action.archiveConfirmDesc')}
          okText={t('kb.action.archive')}
          cancelText={t('kb.action.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => archive.mutate(step)}
        >
          <Button danger icon={<InboxOutlined />} loading={archive.isPending} disabled={busy}>
            {t('kb.action.archive')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );

  return (
    <PageContainer
      title={shown.title}
      subTitle={
        <Space size={8} style={{ marginTop: 4 }}>
          <KbStatusTag status={article.status} />
          <span>{t('kb.article.showing', { number: shown.number })}</span>
          <Tag color={KIND_COLORS[kind]} bordered={false} data-testid="kb-version-kind">
            {t(`kb.version.kind.${kind}`)}
          </Tag>
        </Space>
      }
      extra={actions}
    >
      {actionError ? (
        <ErrorAlert error={actionError} title={t('kb.action.failed')} style={{ marginBottom: 0 }} />
      ) : null}
      {picked.missing ? (
        <Alert type="warning" showIcon message={t('kb.version.missing', { number: requested ?? '' })} />
      ) : null}
      {kind === 'superseded' ? (
        <Alert
          type="info"
          showIcon
          message={t('kb.version.oldNotice', { number: shown.number })}
          action={
            article.published ? <Link to={kbArticlePath(article.id)}>{t('kb.version.backToLive')}</Link> : undefined
          }
          data-testid="kb-old-version"
        />
      ) : null}
      {(kind === 'draft' || kind === 'in_review') && article.published ? (
        <Alert
          type="info"
          showIcon
          message={t('kb.version.draftNotice', { number: shown.number, live: article.published.number })}
        />
      ) : null}

      <Row gutter={16}>
        <Col xs={24} lg={16} style={{ minWidth: 0 }}>
          <Card variant="borderless" className="kesu-card" data-testid="kb-article-body">
            <ArticleBody version={shown} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card variant="borderless" className="kesu-card" title={t('kb.article.info')} size="small">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'status', label: t('kb.field.status'), children: <KbStatusTag status={article.status} /> },
                  { key: 'category', label: t('kb.field.category'), children: categoryPath(shown.category) || '—' },
                  { key: 'author', label: t('kb.field.author'), children: article.author?.displayName ?? '—' },
                  { key: 'editor', label: t('kb.field.editor'), children: shown.editor?.displayName ?? '—' },
                  {
                    key: 'reviewer',
                    label: t('kb.field.reviewer'),
                    children: shown.reviewer?.displayName ?? article.reviewer?.displayName ?? '—',
                  },
                  { key: 'created', label: t('kb.field.createdAt'), children: <TimeText value={article.createdAt} /> },
                  { key: 'updated', label: t('kb.field.updatedAt'), children: <TimeText value={article.updatedAt} /> },
                  {
                    key: 'published',
                    label: t('kb.field.publishedAt'),
                    children: <TimeText value={shown.publishedAt ?? article.publishedAt} />,
                  },
                ]}
              />
            </Card>
            <Card
              variant="borderless"
              className="kesu-card"
              title={t('kb.versions.title', { count: article.versions.length })}
              size="small"
              styles={{ body: { padding: '0 12px' } }}
            >
              <List
                dataSource={[...article.versions]}
                rowKey={(v) => v.id}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.versions.empty')} />,
                }}
                renderItem={(v) => {
                  const k = versionKind(article, v);
                  const current = v.id === shown.id;
                  return (
                    <List.Item
                      data-testid="kb-version"
                      data-version={v.number}
                      className={current ? 'kesu-version-current' : undefined}
                      actions={[
                        current ? (
                          <Typography.Text key="cur" type="secondary" style={{ fontSize: 12 }}>
                            {t('kb.versions.current')}
                          </Typography.Text>
                        ) : (
                          <Link
                            key="view"
                            to={kbArticlePath(article.id, v.number)}
                            aria-label={t('kb.versions.viewAria', { number: v.number })}
                          >
                            {t('kb.versions.view')}
                          </Link>
                        ),
                      ]}
                    >
                      <List.Item.Meta
                        title={
                          <Space size={6}>
                            <span>v{v.number}</span>
                            <Tag color={KIND_COLORS[k]} bordered={false}>
                              {t(`kb.version.kind.${k}`)}
                            </Tag>
                          </Space>
                        }
                        description={
                          <span style={{ fontSize: 12 }}>
                            {v.publishedAt ? (
                              <>
                                {t('kb.versions.publishedAt')} <TimeText value={v.publishedAt} />
                              </>
                            ) : (
                              <>
                                {t('kb.versions.createdAt')} <TimeText value={v.createdAt} />
                              </>
                            )}
                            <br />
                            {t('kb.versions.people', {
                              editor: v.editor?.displayName ?? '—',
                              reviewer: v.reviewer?.displayName ?? '—',
                            })}
                          </span>
                        }
                      />
                    </List.Item>
                  );
                }}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </PageContainer>
  );
}
