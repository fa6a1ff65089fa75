import { Alert, Button, Card, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { BookOutlined, CheckOutlined, PushpinFilled, UndoOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { IntakeKbSearchQuery } from '../../gql/graphql';
import type { ChosenArticle, KbHit } from './kb';
import { useT } from '../../i18n';
import { Highlighted } from './Highlighted';
import { pickShortcutHint } from './shortcuts';
import type { LiveQueryResult } from './useLiveQuery';

/**
 * The live knowledge-base panel: what matches the complaint being typed,
 * with the matched words marked, and the article chosen pinned on top.
 */
export function KbSuggestions({
  result,
  hits,
  active,
  chosen,
  onChoose,
  onUndo,
}: {
  result: LiveQueryResult<IntakeKbSearchQuery>;
  hits: readonly KbHit[];
  /** Whether there is text to search with. */
  active: boolean;
  chosen: ChosenArticle | null;
  onChoose: (hit: KbHit) => void;
  onUndo: () => void;
}) {
  const t = useT();
  const total = result.data?.kbSearch.total ?? 0;
  // past 1,000 matches the server stops counting: the total is a lower bound
  const totalKey = result.data?.kbSearch.totalIsExact === false ? 'intake.kb.totalAtLeast' : 'intake.kb.total';
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <Space size={8}>
          <BookOutlined />
          <span id="intake-kb-title">{t('intake.kb.title')}</span>
        </Space>
      }
      extra={
        <Space size={8}>
          {result.isBusy ? <Spin size="small" aria-label={t('common.loading')} /> : null}
          {active && result.data ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} aria-live="polite">
              {t(totalKey, { total })}
            </Typography.Text>
          ) : null}
        </Space>
      }
      styles={{ body: { padding: 12 } }}
    >
      <section
        aria-labelledby="intake-kb-title"
        aria-busy={result.isBusy}
        data-testid="kb-suggestions"
        style={{ opacity: result.isBusy && result.data ? 0.6 : 1, transition: 'opacity 0.15s' }}
      >
        {chosen ? (
          <Alert
            type="success"
            showIcon
            icon={<PushpinFilled />}
            data-testid="kb-chosen"
            style={{ marginBottom: 12 }}
            message={
              <span>
                {t('intake.kb.chosen')}
                <Typography.Text strong>{chosen.title}</Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  v{chosen.versionNumber}
                </Typography.Text>
              </span>
            }
            description={<Typography.Text type="secondary">{t('intake.kb.chosenHint')}</Typography.Text>}
            action={
              <Button size="small" icon={<UndoOutlined />} onClick={onUndo} title="Alt+0">
                {t('intake.kb.undo')}
              </Button>
            }
          />
        ) : null}
        {result.error ? <ErrorAlert error={result.error} style={{ marginBottom: 12 }} /> : null}
        {!active ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.kb.idle')} />
        ) : hits.length === 0 && !result.isBusy && result.data ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.kb.none')} />
        ) : (
          <ol className="kesu-kb-list">
            {hits.map((hit, i) => {
              const isChosen = chosen?.articleId === hit.article.id;
              const hint = pickShortcutHint(i);
              return (
                <li key={hit.article.id} className="kesu-kb-item" data-testid="kb-hit" data-chosen={isChosen}>
                  <Flex justify="space-between" align="start" gap={8}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{hit.version.title}</Typography.Text>
                      {hit.version.category ? (
                        <Tag bordered={false} style={{ marginInlineStart: 6 }}>
                          {hit.version.category.name}
                        </Tag>
                      ) : null}
                    </div>
                    <Button
                      size="small"
                      type={isChosen ? 'default' : 'primary'}
                      ghost={!isChosen}
                      icon={isChosen ? <CheckOutlined /> : undefined}
                      onClick={() => (isChosen ? onUndo() : onChoose(hit))}
                      aria-keyshortcuts={hint ?? undefined}
                      aria-pressed={isChosen}
                      aria-label={`${isChosen ? t('intake.kb.chosenButton') : t('intake.kb.use')}: ${hit.version.title}`}
                    >
                      {isChosen ? t('intake.kb.chosenButton') : t('intake.kb.use')}
                      {hint ? <kbd className="kesu-kbd">{hint}</kbd> : null}
                    </Button>
                  </Flex>
                  <Typography.Paragraph
                    type="secondary"
                    style={{ margin: '4px 0 0', fontSize: 13 }}
                    data-testid="kb-snippet"
                  >
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  </Typography.Paragraph>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Card>
  );
}
