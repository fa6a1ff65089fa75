import { Link } from 'react-router-dom';
import { Alert, Space, Tag, Typography } from 'antd';
import { useGqlQuery } from '../../api/hooks';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n';
import { kbArticlePath } from '../../paths';
import { splitSteps } from './highlight';
import { type KbVersionView } from './kbArticle';
import { KbArticleTitleQuery } from './queries';

/* An article version's body (scenario, steps, solution…) and a link to a related article. */

export function ArticleBody({ version }: { version: KbVersionView }) {
  const t = useT();
  const steps = splitSteps(version.solution);
  return (
    <div className="kesu-kb-article">
      <section aria-labelledby="kb-scenario">
        <Typography.Title level={5} id="kb-scenario" style={{ marginTop: 0 }}>
          {t('kb.field.scenario')}
        </Typography.Title>
        <Typography.Paragraph className="kesu-prewrap" data-testid="kb-scenario">
          {version.scenario}
        </Typography.Paragraph>
      </section>
      <section aria-labelledby="kb-solution">
        <Typography.Title level={5} id="kb-solution" style={{ marginTop: 0 }}>
          {t('kb.field.solution')}
        </Typography.Title>
        <ol className="kesu-kb-steps" data-testid="kb-solution">
          {steps.map((s, i) => (
            <li key={i}>
              <span className="kesu-kb-step-no" aria-hidden>
                {i + 1}
              </span>
              <span>{s}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="kb-caveats">
        <Typography.Title level={5} id="kb-caveats" style={{ marginTop: 0 }}>
          {t('kb.field.caveats')}
        </Typography.Title>
        {version.caveats.trim() ? (
          <Alert type="warning" showIcon message={<span className="kesu-prewrap">{version.caveats}</span>} />
        ) : (
          <Typography.Text type="secondary">{t('kb.article.noCaveats')}</Typography.Text>
        )}
      </section>
      <section aria-labelledby="kb-tags" style={{ marginTop: 20 }}>
        <Typography.Title level={5} id="kb-tags" style={{ marginTop: 0 }}>
          {t('kb.field.tags')}
        </Typography.Title>
        {version.tags.length ? (
          <Space size={[4, 4]} wrap>
            {version.tags.map((tag) => (
              <Tag key={tag} color="blue" bordered={false}>
                {tag}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </section>
      <section aria-labelledby="kb-related" style={{ marginTop: 20 }}>
        <Typography.Title level={5} id="kb-related" style={{ marginTop: 0 }}>
          {t('kb.field.related')}
        </Typography.Title>
        {version.relatedIds.length ? (
          <ul className="kesu-kb-related">
            {version.relatedIds.map((rid) => (
              <li key={rid}>
                <RelatedArticle id={rid} />
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </section>
    </div>
  );
}

/** A link to a related article by its title; an article the user may not read says why. */
export function RelatedArticle({ id }: { id: string }) {
  const t = useT();
  const { data, error } = useGqlQuery(KbArticleTitleQuery, { id }, { staleTime: 5 * 60_000 });
  if (error) {
    return (
      <Typography.Text type="secondary">
        {t('kb.related.unavailable', { id })}{' '}
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          ({errorMessage(error, t)})
        </Typography.Text>
      </Typography.Text>
    );
  }
  const title = data?.kbArticle.published?.title ?? data?.kbArticle.latest.title;
  return <Link to={kbArticlePath(id)}>{title ?? `#${id}`}</Link>;
}
