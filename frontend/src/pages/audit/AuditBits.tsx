import { Tag } from 'antd';
import type { AuditLogsQuery } from '../../gql/graphql';

export type AuditRow = AuditLogsQuery['auditLogs']['nodes'][number];

const OUTCOME_COLORS: Record<string, string> = { success: 'success', denied: 'warning', failure: 'error' };

/** success (green) / denied (orange) / failure (red). */
export function OutcomeTag({ outcome, label }: { outcome: string; label: string }) {
  return (
    <Tag color={OUTCOME_COLORS[outcome] ?? 'default'} data-outcome={outcome} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}
