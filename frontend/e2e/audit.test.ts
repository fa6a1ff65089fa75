/**
 * The compliance auditor's view of the audit trail: filter by action or by a
 * customer's phone, the full record, and the CSV export (downloaded, with the
 * export itself recorded).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, graphqlFetch, login, screenshot, useKesu } from './harness';

async function tokenOf(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const token = (r.data as { login?: { token?: string } } | undefined)?.login?.token;
  assert.ok(token, `signed in as ${username}: ${JSON.stringify(r.errors)}`);
  return token;
}

/** As the agent: reveal the contact of one of their complaints; returns the audit record's id. */
async function revealOne(
  baseURL: string,
  reason: string,
): Promise<{ auditId: string; customerId: string; number: string }> {
  const token = await tokenOf(baseURL, 'agent');
  const list = await graphqlFetch(baseURL, '{ complaints(first: 1) { nodes { id number } } }', {}, token);
  const node = (list.data as { complaints: { nodes: Array<{ id: string; number: string }> } }).complaints.nodes[0];
  assert.ok(node, 'the agent has a complaint');
  const r = await graphqlFetch(
    baseURL,
    'mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { auditId customerId } }',
    { i: { complaintId: node.id, reason } },
    token,
  );
  const revealed = (r.data as { revealCustomerContact?: { auditId: string; customerId: string } } | undefined)
    ?.revealCustomerContact;
  assert.ok(revealed, JSON.stringify(r.errors));
  return { ...revealed, number: node.number };
}

async function waitForAudit(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="audit"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString()
    );
  });
  // the audit log's own table (the compliance alerts above it have one too)
  const body = '[data-testid="audit"] .ant-table-tbody';
  await page.locator(`${body} tr.ant-table-row, ${body} .ant-empty`).first().waitFor();
}

const REASON = '回电核实客户身份（e2e）';

describe('compliance audit', () => {
  const e2e = useKesu();

  test('an auditor filters by customer.reveal, opens the record and exports it as CSV', async () => {
    const { page, baseURL } = e2e;
    const reveal = await revealOne(baseURL, REASON);

    await login(page, 'auditor');
    assert.equal(new URL(page.url()).pathname, '/audit', 'the auditor lands on the audit log');
    await waitForAudit(page);

    const action = page.locator('#audit-action');
    await action.click();
    await action.fill('customer.reveal');
    await page.locator('.ant-select-item-option', { hasText: '（customer.reveal）' }).click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((u) => u.searchParams.get('action') === 'customer.reveal');
    await waitForAudit(page);

    const actions = await page
      .locator('[data-testid="audit"] .ant-table-tbody [data-action]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
    assert.ok(actions.length >= 1);
    assert.ok(
      actions.every((a) => a === 'customer.reveal'),
      `only reveals: ${actions.join(',')}`,
    );
    const row = page.locator(`[data-testid="audit"] .ant-table-tbody tr[data-row-key="${reveal.auditId}"]`);
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, /agent/);
    assert.match(rowText, new RegExp(`#${reveal.customerId}`));
    assert.match(rowText, /电话/, 'the fields read');
    await screenshot(page, 'audit');

    // the URL is the filter: a reload shows the same
    await page.reload();
    await waitForAudit(page);
    assert.match(
      await page.locator('.ant-select', { has: page.locator('#audit-action') }).innerText(),
      /customer\.reveal/,
    );
    await row.waitFor();

    await row.getByRole('button', { name: `查看审计记录 ${reveal.auditId} 详情` }).click();
    const drawer = page.getByTestId('audit-detail-body');
    await drawer.waitFor();
    assert.equal(await drawer.getAttribute('data-id'), reveal.auditId);
    const json = await page.getByTestId('audit-detail-json').innerText();
    assert.match(json, /\n {2}"/, 'pretty-printed JSON');
    assert.ok(json.includes(REASON), `the reason is in the detail: ${json}`);
    assert.match(await page.getByTestId('audit-request-id').innerText(), /\w{8,}/);
    await screenshot(page, 'audit-detail');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // export: the reason is required
    await page.getByRole('button', { name: /导出 CSV/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('查看客户完整联系方式 (customer.reveal)').waitFor();
    // the modal may still be opening when the first click lands: click
    // again until the form answers (it must, within three tries)
    const required = dialog.getByText('请填写导出原因');
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId('audit-export-confirm').click();
      try {
        await required.waitFor({ timeout: 5000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    await dialog.locator('#audit-export-reason').fill('季度个人信息访问抽查（e2e）');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export-confirm').click(),
    ]);
    assert.match(download.suggestedFilename(), /^kesu-audit-\d{8}-\d{6}\.csv$/);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a BOM');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(lines[0] ?? '', /^编号,时间（北京时间 UTC\+08:00）,操作人ID,操作人,操作,结果/, 'headers in the console language');
    assert.match(lines[1] ?? '', /^\d+,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,/, 'Beijing time to the second');
    assert.ok(lines.length >= 2);
    const record = lines.find((l) => l.startsWith(`${reveal.auditId},`));
    assert.ok(record, `the record ${reveal.auditId} is in the file`);
    assert.match(record, /customer\.reveal/);
    assert.ok(record.includes(reveal.number), 'the detail names the complaint');
    assert.ok(
      lines.slice(1).every((l) => l.includes('customer.reveal')),
      'only the filtered action',
    );

    const result = await page.getByTestId('audit-export-result').innerText();
    assert.match(result, /kesu-audit-.*\.csv/);
    const done = await dialog.locator('.ant-result-title').innerText();
    assert.equal(done, `已导出 ${lines.length - 1} 条记录`);
    const recorded = /记录 #(\d+)/.exec(result);
    assert.ok(recorded, `the export's own record: ${result}`);

    // the export is in the trail, with its reason
    await dialog.getByRole('link', { name: '查看导出记录' }).click();
    await page.waitForURL((u) => u.searchParams.get('action') === 'audit.export');
    await waitForAudit(page);
    const exportRow = page.locator(`[data-testid="audit"] .ant-table-tbody tr[data-row-key="${recorded[1]}"]`);
    await exportRow.waitFor();
    await exportRow.click();
    assert.ok((await page.getByTestId('audit-detail-json').innerText()).includes('季度个人信息访问抽查（e2e）'));
  });

  test('an auditor types a customer phone and sees who read that customer\'s complaints', async () => {
    const { page, baseURL } = e2e;
    const token = await tokenOf(baseURL, 'agent');
    const list = await graphqlFetch(
      baseURL,
      '{ complaints(first: 1) { nodes { id number customer { id } } } }',
      {},
      token,
    );
    const node = (list.data as { complaints: { nodes: Array<{ id: string; customer: { id: string } }> } }).complaints
      .nodes[0];
    assert.ok(node, 'the agent has a complaint');
    // the agent opens the complaint: a read of this customer's data
    const read = await graphqlFetch(
      baseURL,
      'query($id: ID!) { complaint(id: $id) { id timeline { id } } }',
      { id: node.id },
      token,
    );
    assert.equal(read.errors, undefined, JSON.stringify(read.errors));
    const revealed = await graphqlFetch(
      baseURL,
      'mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { phone } }',
      { i: { complaintId: node.id, reason: REASON } },
      token,
    );
    const phone = (revealed.data as { revealCustomerContact?: { phone: string } } | undefined)?.revealCustomerContact
      ?.phone;
    assert.ok(phone, JSON.stringify(revealed.errors));

    await login(page, 'auditor');
    await waitForAudit(page);
    await page.locator('#audit-phone').fill(phone);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((u) => u.searchParams.get('phone') === phone);
    await waitForAudit(page);

    const rows = page.locator('[data-testid="audit"] .ant-table-tbody tr.ant-table-row');
    const texts = await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    assert.ok(
      texts.every((t) => t.includes(`#${node.customer.id}`)),
      `only this customer's records: ${texts.join(' | ')}`,
    );
    const readRow = page
      .locator('[data-testid="audit"] .ant-table-tbody tr.ant-table-row', {
        has: page.locator('[data-action="complaint.read"]'),
      })
      .filter({ hasText: `#${node.id}` })
      .first();
    await readRow.waitFor();
    assert.match(await readRow.innerText(), /agent/, 'the agent who opened the complaint');
    await screenshot(page, 'audit-phone');

    // a phone no customer has is answered as such, not as "nobody"
    await page.locator('#audit-phone').fill('10000000001');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((u) => u.searchParams.get('phone') === '10000000001');
    const none = page.getByTestId('audit-no-customer');
    await none.waitFor();
    assert.match(await none.innerText(), /没有这样的客户/);
  });

  test('an auditor sees the audit chain and verifies it now: intact on a fresh server', async () => {
    const { page, baseURL } = e2e;
    await login(page, 'auditor');
    const card = page.getByTestId('audit-chain');
    const head = page.getByTestId('audit-chain-head');
    await head.waitFor();
    const headSeq = Number(await card.getAttribute('data-head-seq'));
    assert.ok(headSeq > 0, `the chain has records: ${headSeq}`);
    assert.equal(await head.innerText(), `第 ${headSeq} 条`);
    assert.match(await page.getByTestId('audit-chain-unanchored').innerText(), /^\d+ 条$/);

    const before = (await card.getAttribute('data-verified-at')) ?? '';
    await page.getByRole('button', { name: /立即校验/ }).click();
    await page.waitForFunction((prev) => {
      const el = document.querySelector('[data-testid="audit-chain"]');
      const at = el?.getAttribute('data-verified-at') ?? '';
      return el !== null && el.getAttribute('aria-busy') === 'false' && at !== '' && at !== prev;
    }, before);
    const verdict = page.getByTestId('audit-chain-verdict');
    const label = await verdict.innerText();
    assert.match(label, /^(完整|未锚定)$/, `intact: ${label}`);
    assert.notEqual(await verdict.getAttribute('data-verdict'), 'broken');
    assert.equal(await page.getByTestId('audit-chain-broken').count(), 0, 'no tampering reported');
    assert.match(await card.innerText(), /auditor/, 'run by the auditor');
    assert.ok(Number(await card.getAttribute('data-head-seq')) >= headSeq, 'the status was refreshed');
    await screenshot(page, 'audit-chain');

    // the check is itself in the audit trail
    const token = await tokenOf(baseURL, 'auditor');
    const trail = await graphqlFetch(
      baseURL,
      '{ auditLogs(filter: { action: "audit.verify" }, first: 5) { nodes { actorName detail } } }',
      {},
      token,
    );
    type Trail = { auditLogs: { nodes: Array<{ actorName: string; detail: { verdict?: string } }> } };
    const nodes = (trail.data as Trail | undefined)?.auditLogs.nodes;
    assert.ok(nodes?.[0], `the check was recorded: ${JSON.stringify(trail.errors)}`);
    assert.equal(nodes[0].actorName, 'auditor');
    assert.match(nodes[0].detail.verdict ?? '', /^(valid|unanchored)$/);
  });

  test('without audit.read there is no menu entry, and the URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'supervisor');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '合规审计' }).count(), 0);
    await page.goto('/audit?action=customer.reveal');
    await page.locator('.ant-result-403').waitFor();
    assert.match(await page.locator('.ant-result-403').innerText(), /audit\.read/);
  });
});
