/** Small pieces shared by the knowledge-base pages. */
import { Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { highlightSegments, type HighlightRange } from './highlight';
import { isOneOf } from '../../lib/enums';
import { KB_STATUSES, type KbStatus } from './kbState';

const STATUS_COLORS: Record<KbStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  published: 'success',
  archived: 'warning',
};

/** The article's workflow status (草稿 / 审核中 / 已发布 / 已归档). */
export function KbStatusTag({ status }: { status: string }) {
  const t = useT();
  if (!isOneOf(KB_STATUSES, status)) return <Tag>{status}</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-kb-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`kb.status.${status}`)}
    </Tag>
  );
}

/** A snippet with the server's highlight ranges as `<mark>`. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  return (
    <Typography.Paragraph className="kesu-kb-snippet" style={{ marginBottom: 0 }} data-testid="kb-snippet">
      {highlightSegments(text, ranges).map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </Typography.Paragraph>
  );
}
