/**
 * English mode is complete: both dictionaries have the same keys, and every
 * code the server defines (schema enums, permission codes) has a label in
 * both languages. A new schema enum or value fails here until it is labelled.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN';
import enUS from './en-US';
import { PERMISSIONS } from '../auth/permissions';

// vitest runs in frontend/
const repoRoot = resolve(process.cwd(), '..');
const schema = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');

/** `enum Name { A B }` blocks of the SDL, descriptions stripped. */
function schemaEnums(sdl: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const noDocs = sdl.replace(/"""[\s\S]*?"""/g, '').replace(/#.*$/gm, '');
  for (const m of noDocs.matchAll(/\benum\s+(\w+)\s*\{([^}]*)\}/g)) {
    const values = (m[2] ?? '').split(/\s+/).filter((v) => /^[A-Z][A-Z0-9_]*$/.test(v));
    out.set(m[1] ?? '', values);
  }
  return out;
}

/** Which key prefix labels each schema enum. A new enum must be added here (with its labels). */
const ENUM_PREFIX: Record<string, string> = {
  ComplaintStatus: 'status',
  Priority: 'priority',
  Channel: 'channel',
  Responsibility: 'responsibility',
  ComplaintAction: 'action',
  ComplaintOrder: 'order',
  EventKind: 'event',
  Visibility: 'visibility',
  PublicStatus: 'publicStatus',
  CustomerTimelineKind: 'customerTimelineKind',
  ConsoleLanguage: 'language',
  NotificationKind: 'notifications.kind',
  Weekday: 'weekday',
  AlertLevel: 'alertLevel',
  AlertRuleKind: 'alertKind',
  AlertState: 'alertState',
  ComplianceRuleKind: 'complianceRule',
  SlaState: 'slaState',
  SlaStep: 'slaStep',
  TargetUnit: 'targetUnit',
  KbSynonymKind: 'kb.syn.kind',
  KbSynonymSource: 'kb.syn.source',
  KbQueryStatKind: 'kb.ana.tab',
  AssignMode: 'assignMode',
  RoutingMiss: 'routingMiss',
  ApprovalStatus: 'approvalStatus',
  KpiGroupBy: 'kpi.breakdown',
  KpiVerdict: 'kpi.verdict',
  ErasureStatus: 'erasureStatus',
  RecordClass: 'recordClass',
};

const zhKeys = new Set(Object.keys(zhCN));
const enKeys = new Set(Object.keys(enUS));
const missingIn = (keys: Set<string>, wanted: readonly string[]) => wanted.filter((k) => !keys.has(k));

describe('English mode is complete', () => {
  it('every zh-CN key exists in en-US and vice versa', () => {
    expect(missingIn(enKeys, [...zhKeys]), 'keys missing in en-US').toEqual([]);
    expect(missingIn(zhKeys, [...enKeys]), 'keys missing in zh-CN').toEqual([]);
  });

  it('every schema enum value has a label in both languages', () => {
    const enums = schemaEnums(schema);
    expect(enums.size).toBeGreaterThan(5);
    expect(
      [...enums.keys()].filter((name) => !(name in ENUM_PREFIX)),
      'schema enums without labels',
    ).toEqual([]);
    for (const [name, values] of enums) {
      expect(values.length, name).toBeGreaterThan(0);
      const wanted = values.map((v) => `${ENUM_PREFIX[name]}.${v}`);
      expect(missingIn(zhKeys, wanted), `${name} in zh-CN`).toEqual([]);
      expect(missingIn(enKeys, wanted), `${name} in en-US`).toEqual([]);
    }
  });

  it('every permission code has a label in both languages', () => {
    const wanted = PERMISSIONS.map((p) => `permission.${p}`);
    expect(missingIn(zhKeys, wanted)).toEqual([]);
    expect(missingIn(enKeys, wanted)).toEqual([]);
  });

  it('the console knows every permission code the server defines', () => {
    const serverCodes = rustPermissionCodes(join(repoRoot, 'src'));
    expect(serverCodes.length).toBeGreaterThan(20);
    expect(serverCodes.filter((c) => !(PERMISSIONS as readonly string[]).includes(c))).toEqual([]);
  });

  it('money is worded per language', () => {
    expect(zhCN['money.amount']).toContain('元');
    expect(enUS['money.amount']).not.toContain('元');
  });
});

/** The codes in the server's `permissions! { Variant => "code": "label", … }` table, wherever it lives under src/. */
function rustPermissionCodes(dir: string): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const found = rustPermissionCodes(path);
      if (found.length > 0) return found;
    } else if (name.endsWith('.rs')) {
      const text = readFileSync(path, 'utf8');
      const block = /\npermissions!\s*\{([\s\S]*?)\n\}/.exec(text);
      if (block) return [...(block[1] ?? '').matchAll(/=>\s*"([a-z.]+)"\s*:/g)].map((m) => m[1] ?? '');
    }
  }
  return [];
}
