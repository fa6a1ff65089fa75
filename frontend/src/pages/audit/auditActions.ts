/**
 * The actions the server writes to the audit trail (every `Entry::new("…")`
 * in its services, plus `complaint.<step>` for each lifecycle step and the
 * `*.list`/`*.read`/`*.search` names used when a request is denied), grouped
 * for the filter. A failed login is `auth.login` with outcome `failure`.
 */
export interface AuditActionGroup {
  key: 'auth' | 'personal' | 'complaint' | 'kb' | 'audit' | 'admin' | 'system';
  actions: readonly string[];
}

export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  { key: 'auth', actions: ['auth.login', 'auth.logout'] },
  {
    key: 'personal',
    actions: [
      'customer.reveal',
      'customer.lookup',
      'attachment.download',
      'customer.erase.request',
      'customer.erase.decide',
      'customer.erase',
      'customer.erase.list',
    ],
  },
  {
    key: 'complaint',
    actions: [
      'complaint.create',
      'complaint.update',
      'complaint.read',
      'complaint.list',
      'complaint.similar',
      'complaint.summary',
      'complaint.summary.search',
      'complaint.repeats',
      'complaint.assign',
      'complaint.attach',
      'complaint.note',
      'complaint.mark_repeat',
      'complaint.escalate',
      'complaint.dispatch',
      'complaint.record_investigation',
      'complaint.propose_resolution',
      'complaint.resolve',
      'complaint.record_callback',
      'complaint.callback_attempt',
      'complaint.reopen',
      'complaint.close',
      'complaint.clock.pause',
      'complaint.clock.resume',
      'approval.decide',
    ],
  },
  {
    key: 'kb',
    actions: [
      'kb.create',
      'kb.update',
      'kb.submit',
      'kb.publish',
      'kb.archive',
      'kb.read',
      'kb.list',
      'kb.search',
      'kb.synonym.save',
      'kb.synonym.delete',
      'kb.synonym.list',
      'kb.synonym.preview',
      'announcement.create',
      'announcement.list',
    ],
  },
  {
    key: 'audit',
    actions: [
      'audit.read',
      'audit.export',
      'audit.verify',
      'audit.chain.read',
      'compliance_alert.list',
      'compliance_alert.acknowledge',
      'compliance_rule.list',
      'compliance_rule.update',
      'retention.read',
      'retention.update',
      'report.read',
    ],
  },
  {
    key: 'admin',
    actions: [
      'user.create',
      'user.update',
      'user.list',
      'user.password',
      'user.reset_password',
      'role.create',
      'role.update',
      'role.authority_limit',
      'team.create',
      'team.update',
      'category.create',
      'sla.policy.save',
      'sla.policy.list',
      'routing.rule.list',
      'routing.rule.save',
      'routing.rule.delete',
      'routing.rule.reorder',
      'routing.dry_run',
      'user.roster',
    ],
  },
  // jobs the scheduler runs as the system (actorKind `system`)
  { key: 'system', actions: ['session.purge', 'scheduler.probe', 'kb.synonym.seed', 'retention.run'] },
];

export const KNOWN_AUDIT_ACTIONS: readonly string[] = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions);

/** Actions that read or export personal data (highlighted in the table). */
export const PERSONAL_DATA_ACTIONS: readonly string[] = [
  'customer.reveal',
  'customer.lookup',
  'attachment.download',
  'audit.export',
];
