import { useState } from 'react';
import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, TreeSelect } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n';
import { CHANNELS, COMPLAINT_STATUSES, PRIORITIES, channelLabel, priorityLabel, statusLabel } from '../../lib/enums';
import { DATE_FORMAT } from '../../lib/time';
import { buildCategoryTree, useCategories } from '../../data/categories';
import { SLA_STATES, slaStateLabel } from '../../lib/sla';
import { QUEUE_SCOPES, type QueueState } from './queueState';

const COL = { xs: 24, md: 12, xl: 6 } as const;
const KEYWORD_COL = { xs: 24, md: 12, xl: 8 } as const;
const NARROW_COL = { xs: 24, md: 12, xl: 5 } as const;

/**
 * The queue's filter form (Ant Design Pro "query filter" style). Every control
 * applies at once by changing the URL; the keyword on Enter or the search button.
 */
export function QueueFilters({
  state,
  onChange,
  onReset,
}: {
  state: QueueState;
  onChange: (patch: Partial<QueueState>) => void;
  onReset: () => void;
}) {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const secondaryActive =
    state.channels.length > 0 ||
    state.slaStates.length > 0 ||
    state.categoryIds.length > 0 ||
    state.createdFrom !== null ||
    state.createdTo !== null ||
    state.scope !== 'all' ||
    state.openOnly ||
    state.majorOnly;
  const [expanded, setExpanded] = useState(secondaryActive);
  const [keyword, setKeyword] = useState(state.text);
  const [syncedText, setSyncedText] = useState(state.text);
  if (syncedText !== state.text) {
    // the URL changed (back button, reset): show its keyword
    setSyncedText(state.text);
    setKeyword(state.text);
  }

  const labelCol = { flex: locale === 'zh-CN' ? '72px' : '88px' };
  const showSecondary = expanded || secondaryActive;

  return (
    <Form
      layout="horizontal"
      labelCol={labelCol}
      labelAlign="right"
      colon={false}
      className="kesu-query-filter"
      role="search"
    >
      <Row gutter={[16, 12]}>
        <Col {...KEYWORD_COL}>
          <Form.Item label={t('queue.filter.keyword')} htmlFor="queue-q" style={{ marginBottom: 0 }}>
            <Input.Search
              id="queue-q"
              allowClear
              value={keyword}
              placeholder={t('queue.filter.keyword.placeholder')}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => onChange({ text: v.trim() })}
            />
          </Form.Item>
        </Col>
        <Col {...NARROW_COL}>
          <Form.Item label={t('queue.filter.status')} htmlFor="queue-status" style={{ marginBottom: 0 }}>
            <Select
              id="queue-status"
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('common.all')}
              value={state.statuses}
              onChange={(v) => onChange({ statuses: v })}
              options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
              optionFilterProp="label"
            />
          </Form.Item>
        </Col>
        <Col {...NARROW_COL}>
          <Form.Item label={t('queue.filter.priority')} htmlFor="queue-priority" style={{ marginBottom: 0 }}>
            <Select
              id="queue-priority"
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('common.all')}
              value={state.priorities}
              onChange={(v) => onChange({ priorities: v })}
              options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
              optionFilterProp="label"
            />
          </Form.Item>
        </Col>
        {showSecondary ? (
          <>
            <Col {...COL}>
              <Form.Item label={t('queue.filter.channel')} htmlFor="queue-channel" style={{ marginBottom: 0 }}>
                <Select
                  id="queue-channel"
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  placeholder={t('common.all')}
                  value={state.channels}
                  onChange={(v) => onChange({ channels: v })}
                  options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
            <Col {...COL}>
              <Form.Item label={t('queue.filter.sla')} htmlFor="queue-sla" style={{ marginBottom: 0 }}>
                <Select
                  id="queue-sla"
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  placeholder={t('common.all')}
                  value={state.slaStates}
                  onChange={(v) => onChange({ slaStates: v })}
                  options={SLA_STATES.map((s) => ({ value: s, label: slaStateLabel(t, s) }))}
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
            <Col {...COL}>
              <Form.Item label={t('queue.filter.category')} htmlFor="queue-category" style={{ marginBottom: 0 }}>
                <TreeSelect
                  id="queue-category"
                  multiple
                  treeCheckable
                  showCheckedStrategy={TreeSelect.SHOW_PARENT}
                  allowClear
                  maxTagCount="responsive"
                  placeholder={t('common.all')}
                  loading={categories.isPending}
                  value={state.categoryIds}
                  onChange={(v: string[]) => onChange({ categoryIds: v })}
                  treeData={categories.data ? buildCategoryTree(categories.data.categories) : []}
                  treeNodeFilterProp="title"
                  popupMatchSelectWidth={260}
                />
              </Form.Item>
            </Col>
            <Col {...COL}>
              <Form.Item label={t('queue.filter.created')} htmlFor="queue-created-from" style={{ marginBottom: 0 }}>
                <DatePicker.RangePicker
                  id={{ start: 'queue-created-from', end: 'queue-created-to' }}
                  style={{ width: '100%' }}
                  allowEmpty={[true, true]}
                  placeholder={[t('queue.filter.createdFrom'), t('queue.filter.createdTo')]}
                  value={[
                    state.createdFrom ? dayjs(state.createdFrom) : null,
                    state.createdTo ? dayjs(state.createdTo) : null,
                  ]}
                  onChange={(range) =>
                    onChange({
                      createdFrom: range?.[0] ? range[0].format(DATE_FORMAT) : null,
                      createdTo: range?.[1] ? range[1].format(DATE_FORMAT) : null,
                    })
                  }
                />
              </Form.Item>
            </Col>
            <Col {...COL}>
              <Form.Item label={t('queue.filter.scope')} htmlFor="queue-scope" style={{ marginBottom: 0 }}>
                <Select
                  id="queue-scope"
                  value={state.scope}
                  onChange={(v) => onChange({ scope: v })}
                  options={QUEUE_SCOPES.map((s) => ({ value: s, label: t(`queue.scope.${s}` as const) }))}
                />
              </Form.Item>
            </Col>
            <Col {...COL} style={{ display: 'flex', alignItems: 'center' }}>
              <Space size={16} wrap={false} style={{ minHeight: 32, paddingInlineStart: 8 }}>
                <Checkbox checked={state.openOnly} onChange={(e) => onChange({ openOnly: e.target.checked })}>
                  <span style={{ whiteSpace: 'nowrap' }}>{t('queue.filter.openOnly')}</span>
                </Checkbox>
                <Checkbox checked={state.majorOnly} onChange={(e) => onChange({ majorOnly: e.target.checked })}>
                  <span style={{ whiteSpace: 'nowrap' }}>{t('queue.filter.majorOnly')}</span>
                </Checkbox>
              </Space>
            </Col>
          </>
        ) : null}
        <Col flex="auto" style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'flex-start' }}>
          <Space>
            <Button onClick={onReset}>{t('common.reset')}</Button>
            <Button
              type="link"
              onClick={() => setExpanded(!showSecondary)}
              disabled={secondaryActive}
              aria-expanded={showSecondary}
              style={{ paddingInline: 4 }}
            >
              {showSecondary ? t('common.collapse') : t('common.expand')}
              {showSecondary ? <UpOutlined /> : <DownOutlined />}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
