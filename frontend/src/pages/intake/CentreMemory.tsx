import { Button, Card, Empty, Flex, List, Space, Spin, Tag, Typography } from 'antd';
import { CheckOutlined, HistoryOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PriorityTag, StatusTag } from '../../components/EnumTags';
import { TimeText } from '../../components/TimeText';
import type { IntakeSuggestionsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { kbArticlePath } from '../../paths';
import { acceptable, sharePercent } from './centreMemory';
import type { LiveQueryResult } from './useLiveQuery';

/**
 * 全中心经验: resolved complaints like the one being typed, from the whole
 * centre and without personal data, with what they suggest: the category
 * (top three, by a vote weighted by likeness), the priority, the team that
 * usually handles them and, when most share one, the reply as a draft.
 * Alt+A takes the suggestion.
 */
export function CentreMemory({
  result,
  active,
  onAccept,
  onPick,
}: {
  result: LiveQueryResult<IntakeSuggestionsQuery>;
  /** Whether there is text to look with. */
  active: boolean;
  onAccept: () => void;
  /** Take one of the suggested categories (a click on its tag). */
  onPick: (categoryId: string, name: string) => void;
}) {
  const t = useT();
  const s = active ? result.data?.intakeSuggestions : undefined;
  const canAccept = acceptable(s) !== null;
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <Space size={8}>
          <HistoryOutlined />
          <span id="intake-memory-title">{t('intake.memory.title')}</span>
        </Space>
      }
      extra={result.isBusy ? <Spin size="small" aria-label={t('common.loading')} /> : null}
      styles={{ body: { padding: 12 } }}
    >
      <section aria-labelledby="intake-memory-title" aria-busy={result.isBusy} data-testid="intake-memory">
        {result.error ? <ErrorAlert error={result.error} style={{ marginBottom: 8 }} /> : null}
        {!s || (s.categories.length === 0 && s.resolved.length === 0) ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={active ? t('intake.memory.none') : t('intake.memory.idle')}
            style={{ margin: '8px 0' }}
          />
        ) : (
          <Flex vertical gap={10}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('intake.memory.privacy')}
            </Typography.Text>
            <Flex gap={8} wrap align="center" data-testid="intake-memory-categories">
              <Typography.Text strong>{t('intake.memory.category')}</Typography.Text>
              {s.categories.map((c, i) =>
                c.category ? (
                  <Tag
                    key={c.category.id}
                    color={i === 0 ? 'blue' : undefined}
                    style={{ marginInlineEnd: 0, cursor: 'pointer' }}
                    role="button"
                    tabIndex={0}
                    title={t('intake.memory.pick')}
                    onClick={() => c.category && onPick(c.category.id, c.category.name)}
                    onKeyDown={(e) => {
                      if ((e.key === 'Enter' || e.key === ' ') && c.category) {
                        e.preventDefault();
                        onPick(c.category.id, c.category.name);
                      }
                    }}
                  >
                    {c.category.name} · {sharePercent(c.share)}%
                  </Tag>
                ) : null,
              )}
              <Button
                size="small"
                type="primary"
                ghost
                icon={<CheckOutlined />}
                disabled={!canAccept}
                onClick={onAccept}
                aria-keyshortcuts="Alt+A"
                data-testid="intake-memory-accept"
              >
                {t('intake.memory.accept')} <kbd className="kesu-kbd">Alt+A</kbd>
              </Button>
            </Flex>
            {s.priority ? (
              <Flex gap={8} align="center">
                <Typography.Text strong>{t('intake.memory.priority')}</Typography.Text>
                <PriorityTag priority={s.priority.priority} />
                <Typography.Text type="secondary">{sharePercent(s.priority.share)}%</Typography.Text>
              </Flex>
            ) : null}
            {s.team?.team ? (
              <Typography.Text type="secondary">{t('intake.memory.team', { team: s.team.team.name })}</Typography.Text>
            ) : null}
            {s.draftReply ? (
              <div data-testid="intake-memory-draft">
                <Typography.Text strong>{t('intake.memory.draft')}</Typography.Text>
                <Typography.Paragraph
                  style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
                  copyable={{ text: s.draftReply, tooltips: [t('intake.memory.copy'), t('intake.memory.copied')] }}
                >
                  {s.draftReply}
                </Typography.Paragraph>
              </div>
            ) : null}
            {s.resolved.length > 0 ? (
              <div>
                <Typography.Text strong>{t('intake.memory.resolved')}</Typography.Text>
                <List
                  size="small"
                  split
                  dataSource={s.resolved.map((r, i) => ({ ...r, key: i }))}
                  rowKey="key"
                  renderItem={(r) => (
                    <List.Item style={{ paddingInline: 0 }} data-testid="intake-memory-item">
                      <div style={{ minWidth: 0, width: '100%' }}>
                        <Space size={8} wrap style={{ rowGap: 2 }}>
                          <StatusTag status={r.status} />
                          {r.category ? <Typography.Text>{r.category.name}</Typography.Text> : null}
                          {r.resolvedAt ? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              <TimeText value={r.resolvedAt} mode="relative" />
                            </Typography.Text>
                          ) : null}
                        </Space>
                        <Typography.Paragraph
                          type={r.resolution ? undefined : 'secondary'}
                          ellipsis={{ rows: 3, expandable: true, symbol: '…' }}
                          style={{ margin: '2px 0 0' }}
                        >
                          {r.resolution ?? t('intake.memory.noResolution')}
                        </Typography.Paragraph>
                        {r.kbArticleId && r.kbArticleTitle ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('intake.memory.kb')}
                            <Link to={kbArticlePath(r.kbArticleId)} target="_blank">
                              {r.kbArticleTitle}
                            </Link>
                          </Typography.Text>
                        ) : null}
                      </div>
                    </List.Item>
                  )}
                />
              </div>
            ) : null}
          </Flex>
        )}
      </section>
    </Card>
  );
}
