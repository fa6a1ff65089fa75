/** The detail page's evidence and notes: uploads (and the server's refusals), previews, internal notes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { login, logout, screenshot, useKesu } from './harness';
import { createComplaintAs, gqlAs, solidPng, tokenFor, waitForDetail } from './complaintSteps';

describe('complaint detail: evidence and notes', () => {
  const e2e = useKesu();

  test('an image uploads and previews; a file that is not an image or PDF is refused in the console’s words', async () => {
    const { page, baseURL } = e2e;
    const token = await tokenFor(baseURL, 'agent');
    const c = await createComplaintAs(baseURL, token, {
      customerPhone: '13600003333',
      customerName: '孙丽',
      categoryId: '20',
      description: '冰箱送到时外壳凹陷，快递员不让开箱验货',
    });
    await login(page, 'agent');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'ACCEPTED');

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('attachment-upload').click();
    await (
      await chooser
    ).setFiles({ name: '外壳凹陷.png', mimeType: 'image/png', buffer: solidPng(48, 32, [230, 80, 40]) });
    await page.getByTestId('attachment').first().waitFor();
    await waitForDetail(page);
    const row = page.getByTestId('attachment').first();
    assert.match(await row.innerText(), /外壳凹陷\.png/);
    assert.match(await row.innerText(), /image\/png/);
    const src = await row.locator('img').getAttribute('src');
    assert.match(src ?? '', /^\/attachments\/\d+\/inline$/, 'the thumbnail comes from the inline route');
    assert.match((await row.getByTestId('attachment-link').getAttribute('href')) ?? '', /^\/attachments\/\d+$/);
    await page.waitForFunction(
      () => document.querySelector<HTMLImageElement>('[data-testid="attachment"] img')?.naturalWidth === 48,
    );
    await row.locator('.ant-image').click();
    await page.locator('.ant-image-preview-img').waitFor();
    await page.keyboard.press('Escape');
    assert.equal(
      await page.locator('[data-testid="timeline-item"][data-kind="ATTACHMENT_ADDED"]').count(),
      1,
      'the upload is on the timeline',
    );

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByTestId('attachment-upload').click();
    await (
      await chooser2
    ).setFiles({ name: '伪装.png', mimeType: 'image/png', buffer: Buffer.from('MZ this is not an image') });
    const alert = page.locator('.ant-alert-error', { hasText: '上传失败' });
    await alert.waitFor();
    assert.doesNotMatch(await alert.innerText(), /file type not allowed/);
    assert.match(await alert.innerText(), /不支持该文件类型|「文件」填写有误/);
    assert.equal(await page.getByTestId('attachment').count(), 1);
  });

  test('an internal note lands on the timeline as internal', async () => {
    const { page, baseURL } = e2e;
    const token = await tokenFor(baseURL, 'agent');
    const c = await createComplaintAs(baseURL, token, {
      customerPhone: '13600004444',
      customerName: '周强',
      categoryId: '29',
      description: '家里网速很慢，晚上几乎打不开网页',
    });
    await login(page, 'agent');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'ACCEPTED');
    await page.locator('#detail-note').fill('客户要求晚上八点后回电');
    await page.locator('#detail-note').press('Control+Enter');
    const note = page.locator('[data-testid="timeline-item"][data-kind="NOTE_ADDED"]');
    await note.waitFor();
    assert.equal(await note.getAttribute('data-visibility'), 'INTERNAL');
    assert.match(await note.innerText(), /客户要求晚上八点后回电/);
    assert.equal(await page.locator('#detail-note').inputValue(), '');
  });

  test('an expert writes a progress note the customer sees, with a promised reply; the customer view shows it', async () => {
    const { page, baseURL } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    const c = await createComplaintAs(baseURL, agent, {
      customerPhone: '13600006666',
      customerName: '吴刚',
      categoryId: '20',
      description: '空调外机噪音很大，邻居投诉',
    });
    await gqlAs(baseURL, agent, 'mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { id } }', {
      i: { id: c.id, expectedVersion: c.version },
    });
    await login(page, 'expert');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'ESCALATED');
    const view = page.getByTestId('customer-view');
    const before = Number(await view.getAttribute('data-count'));

    const box = page.getByTestId('note-box');
    assert.equal(await box.getAttribute('data-visibility'), 'INTERNAL', 'internal by default');
    await box.getByTestId('note-visibility').getByText('客户可见').click();
    assert.equal(await box.getAttribute('data-visibility'), 'CUSTOMER');
    await page.locator('#detail-note').fill('已安排师傅明天上门检测外机');
    await page.locator('#detail-note-promise').click();
    await page.locator('#detail-note-promise').fill('2099-01-02 10:00');
    await page.keyboard.press('Enter');
    await page.getByTestId('note-submit').click();
    await page.getByText('进展说明已添加，客户可见').waitFor();
    await waitForDetail(page, 'ESCALATED');

    const note = page.locator('[data-testid="timeline-item"][data-kind="NOTE_ADDED"]');
    await note.waitFor();
    assert.equal(await note.getAttribute('data-visibility'), 'CUSTOMER');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="customer-view"]')?.getAttribute('data-count')) > n,
      before,
    );
    const told = view.locator('[data-testid="customer-view-item"][data-kind="NOTE"]');
    assert.match(await told.innerText(), /已安排师傅明天上门检测外机/);
    assert.match(await told.innerText(), /2099-01-02 10:00/);
    await screenshot(page, 'detail-customer-view');

    // an agent has no such choice: their notes stay internal
    await logout(page);
    await login(page, 'agent');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'ESCALATED');
    assert.equal(await page.getByTestId('note-visibility').count(), 0);
  });

  test('an expert’s primary step is to dispatch, not to escalate; they can assign and edit', async () => {
    const { page, baseURL } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    const c = await createComplaintAs(baseURL, agent, {
      customerPhone: '13600004444',
      customerName: '周强',
      categoryId: '20',
      description: '洗衣机脱水时剧烈晃动并发出异响，已经第二次报修',
    });

    // on a new complaint the expert is offered to dispatch it, never to escalate it to their own team
    await login(page, 'expert');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'ACCEPTED');
    const primary = page.locator('.kesu-page-header button.ant-btn-primary');
    assert.equal(await primary.count(), 1);
    assert.equal(await primary.getAttribute('data-action'), 'DISPATCH');
    if ((await page.locator('button[data-action="ESCALATE"]').count()) > 0) {
      assert.doesNotMatch(
        (await page.locator('button[data-action="ESCALATE"]').getAttribute('class')) ?? '',
        /ant-btn-primary/,
      );
    }

    // once escalated to the expert team, the expert assigns it (themself among the candidates) and edits it
    await gqlAs(baseURL, agent, 'mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { id } }', {
      i: { id: c.id, expectedVersion: c.version },
    });
    await page.reload();
    await waitForDetail(page, 'ESCALATED');
    assert.equal(await primary.getAttribute('data-action'), 'DISPATCH');
    const version = Number(await page.getByTestId('detail').getAttribute('data-version'));

    await page.locator('button[data-action="ASSIGN"]').click();
    const dialog = page.getByTestId('assign-dialog');
    await dialog.waitFor();
    await dialog.locator('.ant-select').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    const name = (await option.innerText()).trim();
    await option.click();
    await page.getByTestId('assign-submit').click();
    await page.getByText(`已指派给 ${name}`).waitFor();
    await page.waitForFunction(
      (v) => Number(document.querySelector('[data-testid="detail"]')?.getAttribute('data-version')) > v,
      version,
    );
    await waitForDetail(page, 'ESCALATED');

    await page.locator('button[data-action="EDIT"]').click();
    const edit = page.getByRole('dialog');
    await edit.locator('#edit-complaint_title').fill('洗衣机脱水剧烈晃动（二次报修）');
    await page.getByTestId('edit-submit').click();
    await page.getByText(/投诉信息已更新/).waitFor();
    await waitForDetail(page, 'ESCALATED');
    await page.getByTestId('detail-title').getByText('洗衣机脱水剧烈晃动（二次报修）').waitFor();
  });
});
