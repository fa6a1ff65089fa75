/**
 * Readable names for what the audit trail stores as codes: actions,
 * outcomes, object kinds and personal-data fields. Anything the console has
 * no name for is shown as the code itself.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { auditZhCN } from '../../i18n/sections/audit';
import { complianceZhCN } from '../../i18n/sections/compliance';
import { erasureZhCN } from '../../i18n/sections/erasure';

type AuditKey = keyof typeof auditZhCN | keyof typeof complianceZhCN | keyof typeof erasureZhCN;

function isAuditKey(key: string): key is AuditKey {
  return Object.hasOwn(auditZhCN, key) || Object.hasOwn(complianceZhCN, key) || Object.hasOwn(erasureZhCN, key);
}

export interface AuditLabels {
  action: (code: string) => string;
  outcome: (code: string) => string;
  targetType: (code: string) => string;
  field: (code: string) => string;
}

export function useAuditLabels(): AuditLabels {
  const t = useT();
  return useMemo(() => {
    const label = (prefix: string) => (code: string) => {
      const key = `${prefix}${code}`;
      return isAuditKey(key) ? t(key) : code;
    };
    return {
      action: label('audit.action.'),
      outcome: label('audit.outcome.'),
      targetType: label('audit.target.'),
      field: label('audit.field.'),
    };
  }, [t]);
}
