import { useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Switch,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import { buildCategoryTree, categoryPath, useCategories } from '../../data/categories';
import { graphql } from '../../gql';
import type { AnnouncementsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import './announcements.css';
import {
  announcementPhase,
  toAnnouncementInput,
  type AnnouncementFormValues,
  type AnnouncementPhase,
} from './announcementState';

const AnnouncementsDoc = graphql(`
  query Announcements($activeOnly: Boolean!, $first: Int, $after: String) {
    announcements(activeOnly: $activeOnly, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        explanation
        activeFrom
        activeUntil
        createdAt
        createdBy {
          id
          displayName
        }
        category {
          id
          name
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateAnnouncementDoc = graphql(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
      title
    }
  }
`);

const PAGE_SIZE = 20;
const PHASE_COLORS: Record<AnnouncementPhase, string> = {
  active: 'success',
  upcoming: 'processing',
  expired: 'default',
};

type Row = AnnouncementsQuery['announcements']['nodes'][number];

/**
 * 系统公告: mass incidents with the one explanation agents give callers
 * (统一解释口径). In force by default; the switch also shows expired and
 * upcoming ones. Supervisors (announcement.manage) publish new ones.
 */
export default function AnnouncementsPage() {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const [creating, setCreating] = useState(false);

  const query = useInfiniteQuery<
    AnnouncementsQuery,
    GraphQLRequestError,
    { pages: AnnouncementsQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('Announcements', { activeOnly: !showAll }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(AnnouncementsDoc, { activeOnly: !showAll, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.announcements.pageInfo.hasNextPage ? (last.announcements.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.announcements.nodes) ?? [], [query.data]);

  return (
    <PageContainer
      subTitle={t('announcements.subtitle')}
      extra={
        <Can permission="announcement.manage">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('announcements.create')}
          </Button>
        </Can>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={showAll ? t('announcements.list.all') : t('announcements.list.active')}
        extra={
          <Space size={8}>
            <label htmlFor="announcements-show-all" className="kesu-inline-label">
              {t('announcements.showAll')}
            </label>
            <Switch id="announcements-show-all" size="small" checked={showAll} onChange={setShowAll} />
          </Space>
        }
      >
        <div data-testid="announcements" aria-busy={query.isFetching}>
          {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
          <Spin spinning={query.isPending || (query.isPlaceholderData && query.isFetching)}>
            {rows.length === 0 && !query.isPending && !query.error ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={showAll ? t('announcements.empty.all') : t('announcements.empty.active')}
              />
            ) : (
              <Flex vertical gap={16}>
                {rows.map((a) => (
                  <AnnouncementCard key={a.id} a={a} />
                ))}
              </Flex>
            )}
          </Spin>
          {rows.length > 0 ? (
            <Flex justify="center" style={{ marginTop: 16 }}>
              {query.hasNextPage ? (
                <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                  {t('announcements.more')}
                </Button>
              ) : (
                <Typography.Text type="secondary">
                  {t('announcements.allLoaded', { count: rows.length })}
                </Typography.Text>
              )}
            </Flex>
          ) : null}
        </div>
      </Card>
      <CreateAnnouncementModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}

function AnnouncementCard({ a }: { a: Row }) {
  const t = useT();
  const phase = announcementPhase(a);
  return (
    <article className={`kesu-announcement kesu-announcement-${phase}`} data-testid="announcement" data-phase={phase}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Space size={8} align="center" wrap>
          <NotificationOutlined style={{ color: phase === 'active' ? '#1677ff' : 'rgba(0,0,0,0.35)' }} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {a.title}
          </Typography.Title>
          <Tag color={PHASE_COLORS[phase]} style={{ marginInlineEnd: 0 }}>
            {t(`announcements.phase.${phase}`)}
          </Tag>
          {a.category ? (
            <Tag color="blue" bordered={false}>
              {categoryPath(a.category)}
            </Tag>
          ) : null}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="announcement-window">
          {t('announcements.window')}: <TimeText value={a.activeFrom} /> ～{' '}
          {a.activeUntil ? <TimeText value={a.activeUntil} /> : t('announcements.openEnded')}
        </Typography.Text>
      </Flex>
      <div className="kesu-explanation" data-testid="announcement-explanation">
        <div className="kesu-explanation-label">{t('announcements.explanation')}</div>
        <Typography.Paragraph
          copyable={{ text: a.explanation, tooltips: [t('announcements.copy'), t('announcements.copied')] }}
          style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
        >
          {a.explanation}
        </Typography.Paragraph>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('announcements.by', { name: a.createdBy?.displayName ?? '—' })} · <TimeText value={a.createdAt} />
      </Typography.Text>
    </article>
  );
}

function CreateAnnouncementModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<AnnouncementFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const categories = useCategories();
  const tree = useMemo(() => buildCategoryTree(categories.data?.categories ?? []), [categories.data]);
  const create = useGqlMutation(CreateAnnouncementDoc, {
    onSuccess: (d) => {
      void message.success(t('announcements.created', { title: d.createAnnouncement.title }));
      void queryClient.invalidateQueries({ queryKey: gqlKey('Announcements') });
      form.resetFields();
      onClose();
    },
  });

  const onOk = () => {
    form
      .validateFields()
      .then((v) => create.mutate({ input: toAnnouncementInput(v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };

  return (
    <Modal
      open={open}
      title={t('announcements.create')}
      okText={t('announcements.publish')}
      cancelText={t('announcements.cancel')}
      onOk={onOk}
      confirmLoading={create.isPending}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      width={640}
      destroyOnHidden
    >
      {create.error ? <ErrorAlert error={create.error} style={{ marginBottom: 16 }} /> : null}
      <Form<AnnouncementFormValues> form={form} layout="vertical" name="announcement" preserve={false}>
        <Form.Item
          name="title"
          label={t('announcements.field.title')}
          rules={[{ required: true, whitespace: true, message: t('announcements.required.title') }]}
        >
          <Input maxLength={200} placeholder={t('announcements.ph.title')} />
        </Form.Item>
        <Form.Item
          name="explanation"
          label={t('announcements.explanation')}
          extra={t('announcements.help.explanation')}
          rules={[{ required: true, whitespace: true, message: t('announcements.required.explanation') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={5000}
            showCount
            placeholder={t('announcements.ph.explanation')}
          />
        </Form.Item>
        <Form.Item name="categoryId" label={t('announcements.field.category')}>
          <TreeSelect
            treeData={tree}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t('announcements.ph.category')}
            loading={categories.isPending}
          />
        </Form.Item>
        <Form.Item name="window" label={t('announcements.window')} extra={t('announcements.help.window')}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
            placeholder={[t('announcements.ph.from'), t('announcements.ph.until')]}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
