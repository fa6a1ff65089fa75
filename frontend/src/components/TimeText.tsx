import { Tooltip } from 'antd';
import { useI18n } from '../i18n';
import { formatDateTime, formatRelative, inShanghai } from '../lib/time';

/**
 * A point in time in Beijing time. `absolute` shows `2026-11-24 11:06` with
 * the relative time on hover; `relative` the other way round.
 */
export function TimeText({
  value,
  mode = 'absolute',
}: {
  value: string | null | undefined;
  mode?: 'absolute' | 'relative';
}) {
  const { locale } = useI18n();
  const d = inShanghai(value);
  if (!d || !value) return <span>—</span>;
  const absolute = formatDateTime(value);
  const relative = formatRelative(value, locale);
  return (
    <Tooltip title={mode === 'absolute' ? relative : `${absolute} (UTC+8)`}>
      <time dateTime={d.toISOString()} style={{ whiteSpace: 'nowrap' }}>
        {mode === 'absolute' ? absolute : relative}
      </time>
    </Tooltip>
  );
}
