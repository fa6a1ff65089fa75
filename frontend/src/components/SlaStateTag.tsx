import { Tag } from 'antd';
import type { SlaState } from '../gql/graphql';
import { useT } from '../i18n';
import { SLA_STATE_COLORS, slaStateLabel } from '../lib/sla';

/** Where a complaint stands against its time limits, as a coloured tag. */
export function SlaStateTag({ state }: { state: SlaState }) {
  const t = useT();
  const label = slaStateLabel(t, state);
  return (
    <Tag
      color={SLA_STATE_COLORS[state]}
      bordered={false}
      style={{ marginInlineEnd: 0 }}
      data-testid="sla-state"
      data-sla-state={state}
      title={label}
    >
      {label}
    </Tag>
  );
}
