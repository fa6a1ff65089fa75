import { useState } from 'react';
import { Card, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { MAX_PREVIEW_CHARS } from './synonymModel';
import { KbSynonymPreviewQuery } from './synonymQueries';

/**
 * 试一试: what a query would also match under the entries in force now (the
 * normalized query and its expansions). A save or delete on the page
 * refreshes the answer, which shows that changes apply at once.
 */
export function KbSynonymTry() {
  const t = useT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const preview = useGqlQuery(KbSynonymPreviewQuery, { query }, { enabled: query !== '' });
  const result = query !== '' ? preview.data?.kbSynonymPreview : undefined;

  return (
    <Card
      variant="borderless"
      className="kesu-card"
      title={
        <Space size={8}>
          <ExperimentOutlined />
          {t('kb.syn.try.title')}
        </Space>
      }
      styles={{ body: { padding: '16px 24px' } }}
    >
      <label htmlFor="kb-synonym-try" className="kesu-kb-search-label">
        {t('kb.syn.try.label')}
      </label>
      <Input.Search
        id="kb-synonym-try"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => setQuery(v.trim())}
        maxLength={MAX_PREVIEW_CHARS}
        allowClear
        enterButton={t('kb.syn.try.button')}
        placeholder={t('kb.syn.try.placeholder')}
        loading={preview.isFetching}
        style={{ maxWidth: 560 }}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
        {t('kb.syn.try.explain')}
      </Typography.Paragraph>
      <div data-testid="kb-synonym-preview" aria-busy={preview.isFetching} data-query={query}>
        {query !== '' && preview.error ? (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} style={{ marginTop: 12 }} />
        ) : null}
        {result ? (
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 12 }}
            items={[
              {
                key: 'normalized',
                label: t('kb.syn.try.normalized'),
                children: (
                  <span className="kesu-mono" data-testid="kb-synonym-normalized">
                    {result.normalized}
                  </span>
                ),
              },
              {
                key: 'expansions',
                label: t('kb.syn.try.expansions'),
                children:
                  result.expansions.length > 0 ? (
                    <Space size={[4, 4]} wrap>
                      {result.expansions.map((e) => (
                        <Tag key={e} color="blue" bordered={false} data-testid="kb-synonym-expansion">
                          {e}
                        </Tag>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary" data-testid="kb-synonym-no-expansion">
                      {t('kb.syn.try.none')}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        ) : null}
      </div>
    </Card>
  );
}
