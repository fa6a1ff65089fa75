/**
 * The supervisor's 预警 page: a surge of complaints in one category (registered
 * through the API) raises a red alert when the rules are evaluated, and the
 * supervisor acknowledges it with a note.
 *
 * Until the scheduler job that evaluates alerts every minute lands, the test
 * runs one evaluation with `kesu evaluate-alerts` against the server's data
 * directory (the same code path the job calls).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { DEFAULT_KESU_BIN } from './harness/server';
import { clickMenu, login, screenshot, useKesu } from './harness';
import { createComplaintAs, gqlAs, tokenFor } from './complaintSteps';

interface Category {
  id: string;
  name: string;
  parent: { id: string } | null;
}

describe('alerts page', () => {
  const e2e = useKesu();

  test('a supervisor acknowledges a red surge alert with a note', async () => {
    const { page, baseURL, server } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    const { categories } = await gqlAs<{ categories: Category[] }>(
      baseURL,
      agent,
      '{ categories { id name parent { id } } }',
    );
    const leaf = categories.find((c) => c.parent !== null);
    assert.ok(leaf, 'the demo has a sub-category');
    for (let i = 0; i < 11; i++) {
      await createComplaintAs(baseURL, agent, {
        customerPhone: `1370099${String(i).padStart(4, '0')}`,
        customerName: '批量用户',
        channel: 'HOTLINE',
        categoryId: leaf.id,
        description: `同一时段大量用户反映同一问题（第${i + 1}位来电）`,
      });
    }
    const out = execFileSync(process.env.KESU_BIN ?? DEFAULT_KESU_BIN, ['evaluate-alerts'], {
      env: { ...process.env, KESU_DATA_DIR: server.dataDir, KESU_LOG: 'warn' },
      encoding: 'utf8',
    });
    const raised = new RegExp(`raised red alert (\\d+) on category:${leaf.id} `).exec(out);
    assert.ok(raised, `a red alert for category ${leaf.id}:\n${out}`);
    const row = page.getByTestId(`alert-row-${raised[1]}`);

    await login(page, 'supervisor');
    await clickMenu(page, '预警');
    await page.waitForURL((u) => u.pathname === '/alerts');
    await row.waitFor();
    assert.match(await row.innerText(), /红色预警/);
    assert.match(await row.innerText(), new RegExp(`「[^」]*${leaf.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」投诉激增`));
    assert.equal(await row.getByTestId('alert-state').innerText(), '待确认');
    assert.equal(await row.getByTestId('alert-announce').count(), 1, 'a red alert offers 发布统一口径');

    await row.getByTestId('alert-ack').click();
    // the note is required (the dialog's form is mounted before its button is pressed)
    await page.getByTestId('alert-ack-note').waitFor();
    await page.getByTestId('alert-ack-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写处理说明' }).waitFor();
    await page.getByTestId('alert-ack-note').fill('已通知计费组排查，30 分钟内反馈');
    await page.getByTestId('alert-ack-submit').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await page.waitForFunction(
      (id) =>
        document.querySelector(`[data-testid="alert-row-${id}"] [data-testid="alert-state"]`)?.textContent ===
        '已确认',
      raised[1],
    );
    assert.match(await row.getByTestId('alert-ack-info').innerText(), /已通知计费组排查，30 分钟内反馈/);
    assert.equal(await row.getByTestId('alert-ack').count(), 0, 'acknowledged once: no second button');
    await screenshot(page, 'alerts');
  });
});
