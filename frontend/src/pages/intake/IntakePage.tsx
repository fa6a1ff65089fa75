import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Collapse,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  TreeSelect,
  Typography,
  type InputRef,
} from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { useMe } from '../../auth';
import { hasPermission } from '../../auth/permissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PromiseDate } from '../../components/PromiseDate';
import { AnnouncementBanner } from './AnnouncementBanner';
import { PageContainer } from '../../components/PageContainer';
import { buildCategoryTree, useCategories } from '../../data/categories';
import { useT } from '../../i18n';
import { CHANNELS, channelLabel, priorityLabel } from '../../lib/enums';
import { complaintDetailPath } from '../../paths';
import { SimilarComplaintList } from '../complaint-detail/SimilarComplaints';
import type { JustCreatedState } from '../complaint-detail/justCreated';
import { acceptable } from './centreMemory';
import { CentreMemory } from './CentreMemory';
import { CustomerHistory } from './CustomerHistory';
import { CustomerLookup } from './CustomerLookup';
import { KbSuggestions } from './KbSuggestions';
import { MoreInfoFields } from './MoreInfoFields';
import {
  INTAKE_DEFAULTS,
  isCompletePhone,
  isLookupPhone,
  liveSearchText,
  matchingAnnouncements,
  normalizePhone,
  toCreateInput,
  type IntakeValues,
} from './intakeForm';
import { toChosen, type ChosenArticle, type KbHit } from './kb';
import {
  CreateComplaintMutation,
  CustomerByPhoneQuery,
  HISTORY_FIRST,
  IntakeAnnouncementsQuery,
  IntakeKbSearchQuery,
  IntakeSimilarQuery,
  IntakeSuggestionsQuery,
} from './queries';
import { intakeShortcut } from './shortcuts';
import { useDebouncedValue, useLiveQuery } from './useLiveQuery';
import './intake.css';

const INTAKE_PRIORITIES = ['NORMAL', 'IMPORTANT', 'URGENT'] as const;
const KB_HITS = 5;
/** A complete number is looked up once the agent stops typing for this long. */
const PHONE_LOOKUP_DELAY_MS = 400;
/** antd's Radio.Group passes `role` through but does not type it. */
const RADIOGROUP = { role: 'radiogroup' } as const;

/**
 * 登记投诉: registering a complaint while the caller is on the line. The
 * form on the left; on the right, live while the agent types, matching
 * knowledge-base answers (one can be recorded as the answer given) and
 * similar earlier complaints, and the centre's experience: resolved complaints
 * like this one across the centre, with the category, priority and reply
 * they suggest. Keyboard first: Ctrl+Enter submits, Alt+1…5 takes a
 * knowledge-base suggestion, Alt+A the suggested category.
 */
export default function IntakePage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const nameRef = useRef<InputRef>(null);

  // the caller and their history: looked up once a complete number has been
  // typed (debounced), or on blur / Enter (each lookup is audited)
  const [lookupPhone, setLookupPhone] = useState<string | null>(null);
  const lookup = useGqlQuery(
    CustomerByPhoneQuery,
    { phone: lookupPhone ?? '', historyFirst: HISTORY_FIRST },
    { enabled: lookupPhone !== null, staleTime: 5 * 60_000 },
  );
  const runLookup = () => {
    const phone = normalizePhone(form.getFieldValue('customerPhone') as string | undefined);
    setLookupPhone(isLookupPhone(phone) ? phone : null);
  };
  const typedPhone = normalizePhone(Form.useWatch('customerPhone', form));
  const settledPhone = useDebouncedValue(typedPhone, PHONE_LOOKUP_DELAY_MS);
  useEffect(() => {
    if (isCompletePhone(settledPhone)) setLookupPhone(settledPhone);
  }, [settledPhone]);
  // what was looked up belongs to the number in the field, not to one since edited
  const shownPhone = lookupPhone !== null && lookupPhone === typedPhone ? lookupPhone : null;
  const caller = shownPhone ? lookup.data?.customerByPhone : undefined;

  // live suggestions from title + description
  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const categoryId = Form.useWatch('categoryId', form);
  const announcementId = Form.useWatch('announcementId', form);
  const searchText = liveSearchText(title, description);
  const kb = useLiveQuery(
    IntakeKbSearchQuery,
    searchText ? { query: searchText, first: KB_HITS, boost: categoryId ?? null } : null,
  );
  const similar = useLiveQuery(
    IntakeSimilarQuery,
    searchText ? { text: searchText, categoryId: categoryId ?? null, first: 5 } : null,
  );
  const mayRecall = hasPermission(me.permissions, 'complaint.summary');
  const memory = useLiveQuery(IntakeSuggestionsQuery, searchText && mayRecall ? { text: searchText } : null);
  const pickCategory = (categoryId: string, name: string) => {
    form.setFieldValue('categoryId', categoryId);
    void message.success(t('intake.memory.accepted', { category: name }));
  };
  const accept = () => {
    const a = acceptable(searchText ? memory.data?.intakeSuggestions : null);
    if (!a) return;
    if (a.priority) form.setFieldValue('priority', a.priority);
    pickCategory(a.categoryId, a.categoryName);
  };
  const hits: readonly KbHit[] = useMemo(
    () => (searchText ? (kb.data?.kbSearch.hits ?? []) : []),
    [searchText, kb.data],
  );
  const [chosen, setChosen] = useState<ChosenArticle | null>(null);
  const toggle = useCallback(
    (hit: KbHit) =>
      setChosen((cur) => (cur?.articleId === hit.article.id ? null : toChosen(hit, kb.data?.kbSearch.searchId ?? null))),
    [kb.data],
  );

  // categories and the announcements that apply to the chosen one
  const categories = useCategories();
  const categoryRows = categories.data?.categories;
  const treeData = useMemo(() => buildCategoryTree(categoryRows ?? []), [categoryRows]);
  const parentOf = useCallback((id: string) => categoryRows?.find((c) => c.id === id)?.parentId, [categoryRows]);
  const announcements = useGqlQuery(IntakeAnnouncementsQuery, {}, { staleTime: 60_000 });
  const matching = useMemo(
    () => matchingAnnouncements(announcements.data?.announcements.nodes ?? [], categoryId, parentOf),
    [announcements.data, categoryId, parentOf],
  );
  // a link to an announcement that no longer applies (the category changed) is dropped
  useEffect(() => {
    if (announcementId && !matching.some((a) => a.id === announcementId)) form.setFieldValue('announcementId', null);
  }, [announcementId, matching, form]);

  const create = useGqlMutation(CreateComplaintMutation);
  const onFinish = (values: IntakeValues) => {
    if (create.isPending) return;
    create.mutate(
      { input: toCreateInput(values, chosen?.articleId ?? null, chosen?.searchId ?? null) },
      {
        onSuccess: ({ createComplaint: { complaint, customerMessage, possibleRepeats } }) => {
          void message.success(t('intake.created', { number: complaint.number }));
          void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
          const state: JustCreatedState = {
            justCreated: { number: complaint.number, customerMessage, possibleRepeats },
          };
          void navigate(complaintDetailPath(complaint.id), { state });
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const shortcut = intakeShortcut(e.nativeEvent);
    if (!shortcut) return;
    e.preventDefault();
    if (shortcut.kind === 'submit') form.submit();
    else if (shortcut.kind === 'unpick') setChosen(null);
    else if (shortcut.kind === 'accept') accept();
    else {
      const hit = hits[shortcut.index];
      if (hit) toggle(hit);
    }
  };

  return (
    <PageContainer subTitle={t('intake.subtitle')}>
      <div onKeyDown={onKeyDown} data-testid="intake">
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14} xxl={15}>
            <Form<IntakeValues>
              form={form}
              name="intake"
              layout="vertical"
              initialValues={INTAKE_DEFAULTS}
              onFinish={onFinish}
              scrollToFirstError={{ focus: true, block: 'center' }}
              requiredMark
              aria-label={t('intake.title')}
            >
              <AnnouncementBanner
                announcements={matching}
                linkedId={announcementId}
                onLink={(id) => form.setFieldValue('announcementId', id)}
              />
              <Card variant="borderless" className="kesu-card" title={t('intake.section.call')}>
                {create.error ? (
                  <ErrorAlert error={create.error} title={t('intake.failed')} style={{ marginBottom: 16 }} />
                ) : null}
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="customerPhone"
                      label={t('intake.field.phone')}
                      rules={[
                        { required: true, whitespace: true, message: t('intake.field.phone.required') },
                        {
                          validator: (_r, v: string | undefined) =>
                            !v || isLookupPhone(v)
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('intake.field.phone.invalid'))),
                        },
                      ]}
                      extra={
                        <div style={{ marginTop: 4, minHeight: 24 }}>
                          <CustomerLookup
                            phone={shownPhone}
                            data={lookup.data}
                            error={lookup.error}
                            loading={lookup.isFetching}
                          />
                        </div>
                      }
                    >
                      <Input
                        autoFocus
                        inputMode="tel"
                        autoComplete="off"
                        maxLength={24}
                        placeholder={t('intake.field.phone.placeholder')}
                        onBlur={runLookup}
                        onPressEnter={(e) => {
                          e.preventDefault();
                          runLookup();
                          nameRef.current?.focus();
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="customerName"
                      label={t('intake.field.name')}
                      rules={[{ required: true, whitespace: true, message: t('intake.field.name.required') }]}
                    >
                      <Input
                        ref={nameRef}
                        autoComplete="off"
                        maxLength={64}
                        placeholder={
                          caller ? t('intake.field.name.placeholderKnown') : t('intake.field.name.placeholder')
                        }
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="channel" label={t('intake.field.channel')} rules={[{ required: true }]}>
                      <Select options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item
                      name="categoryId"
                      label={t('intake.field.category')}
                      rules={[{ required: true, message: t('intake.field.category.required') }]}
                    >
                      <TreeSelect
                        showSearch
                        allowClear
                        treeNodeFilterProp="title"
                        treeData={treeData}
                        loading={categories.isPending}
                        placeholder={t('intake.field.category.placeholder')}
                        popupMatchSelectWidth
                        listHeight={320}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                {categories.error ? <ErrorAlert error={categories.error} style={{ marginBottom: 16 }} /> : null}
                <Form.Item name="priority" label={t('intake.field.priority')}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    {...RADIOGROUP}
                    aria-label={t('intake.field.priority')}
                    options={INTAKE_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
                  />
                </Form.Item>
                <div style={{ marginBottom: 16 }}>
                  <PromiseDate teamId={me.user.team?.id} />
                </div>
                <Form.Item name="title" label={t('intake.field.title')} extra={t('intake.field.title.extra')}>
                  <Input
                    maxLength={200}
                    showCount
                    autoComplete="off"
                    placeholder={t('intake.field.title.placeholder')}
                  />
                </Form.Item>
                <Form.Item
                  name="description"
                  label={t('intake.field.description')}
                  rules={[{ required: true, whitespace: true, message: t('intake.field.description.required') }]}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 5, maxRows: 12 }}
                    maxLength={5000}
                    placeholder={t('intake.field.description.placeholder')}
                  />
                </Form.Item>
                <Form.Item name="announcementId" hidden>
                  <Input />
                </Form.Item>
                {announcements.error ? <ErrorAlert error={announcements.error} style={{ marginBottom: 16 }} /> : null}
                <Flex justify="space-between" align="center" gap={16} wrap>
                  <span className="kesu-intake-hints" aria-hidden="true">
                    <kbd className="kesu-kbd">Ctrl+Enter</kbd>
                    {t('intake.hint.submit')} · <kbd className="kesu-kbd">Alt+1…5</kbd>
                    {t('intake.hint.pick')} · <kbd className="kesu-kbd">Alt+0</kbd>
                    {t('intake.hint.unpick')}
                    {mayRecall ? (
                      <>
                        {' '}
                        · <kbd className="kesu-kbd">Alt+A</kbd>
                        {t('intake.hint.accept')}
                      </>
                    ) : null}
                  </span>
                  <Button
                    type="primary"
                    htmlType="button"
                    icon={<SendOutlined />}
                    loading={create.isPending}
                    onClick={() => form.submit()}
                    aria-keyshortcuts="Control+Enter"
                    data-testid="intake-submit"
                  >
                    {t('intake.submit')}
                  </Button>
                </Flex>
              </Card>
              <Collapse
                style={{ marginTop: 16, background: '#fff' }}
                className="kesu-card"
                bordered={false}
                items={[
                  {
                    key: 'more',
                    label: t('intake.section.more'),
                    extra: (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('intake.section.more.extra')}
                      </Typography.Text>
                    ),
                    children: <MoreInfoFields />,
                  },
                ]}
              />
            </Form>
          </Col>
          <Col xs={24} lg={10} xxl={9}>
            <aside className="kesu-intake-side" aria-label={t('intake.side')}>
              {caller ? <CustomerHistory customer={caller} /> : null}
              <KbSuggestions
                result={kb}
                hits={hits}
                active={searchText !== null}
                chosen={chosen}
                onChoose={toggle}
                onUndo={() => setChosen(null)}
              />
              {mayRecall ? <CentreMemory result={memory} active={searchText !== null} onAccept={accept} onPick={pickCategory} /> : null}
              <Card
                variant="borderless"
                className="kesu-card"
                size="small"
                title={t('intake.similar.title')}
                styles={{ body: { padding: '4px 12px' } }}
              >
                <div aria-busy={similar.isBusy} data-testid="intake-similar">
                  {similar.error ? <ErrorAlert error={similar.error} style={{ margin: '8px 0' }} /> : null}
                  <SimilarComplaintList
                    rows={searchText ? (similar.data?.similarComplaints ?? []) : []}
                    emptyText={searchText ? t('intake.similar.none') : t('intake.similar.idle')}
                  />
                </div>
              </Card>
            </aside>
          </Col>
        </Row>
      </div>
    </PageContainer>
  );
}
