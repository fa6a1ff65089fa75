/** The detail page's evidence and notes: uploads (and the server's refusals), previews, internal notes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { login, useKesu } from './harness';
import { createComplaintAs, solidPng, tokenFor, waitForDetail } from './complaintSteps';

describe('complaint detail: evidence and notes', () => {
  const e2e = useKesu();

  test('an image uploads and previews; a file that is not an image or PDF is refused in the server’s words', async () => {
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
    assert.match(src ?? '', /^\/attachments\/\d+$/);
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
    assert.match(await alert.innerText(), /file type not allowed/);
    assert.match(await alert.innerText(), /BAD_USER_INPUT/);
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
});
