/**
 * The GraphQL-over-HTTP conformance audit (graphql-http's own server audit
 * suite) against the real server: every requirement ("MUST") and every
 * recommendation ("SHOULD", "MAY") it checks must pass, so the list of
 * failures and warnings is empty. Notices (informational) are printed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditServer } from 'graphql-http';
import { startKesu, type KesuServer } from './harness';

describe('GraphQL over HTTP', () => {
  let server: KesuServer | undefined;

  before(async () => {
    server = await startKesu();
  });
  after(async () => {
    await server?.stop();
  });

  test('the graphql-http server audit has no failure and no warning', async () => {
    assert.ok(server, 'server started');
    const results = await auditServer({ url: `${server.baseURL}/graphql` });
    assert.ok(results.length > 20, `the suite ran (${results.length} audits)`);
    const problems = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    for (const r of results.filter((r) => r.status === 'notice')) {
      console.log(`notice ${r.name}: ${'reason' in r ? r.reason : ''}`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});
