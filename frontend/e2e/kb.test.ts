/**
 * The knowledge base and announcements against a real server: search with
 * synonyms and highlights, category facets, the editor → reviewer workflow
 * (and its four-eyes rule), versions, and the announcements agents answer from.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseOption } from './complaintSteps';
import type { Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  graphqlFetch,
  login,
  logout,
  queueRowCount,
  screenshot,
  useKesu,
  waitForQueue,
} from './harness';

/** Waits until the results belong to the current URL and are not loading. */
async function waitForKbResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="kb-results"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString() &&
      el.querySelector('.ant-spin-spinning') === null
    );
  });
}

async function resultsTitle(page: Page): Promise<string> {
  return page.locator('.ant-card-head-title', { hasText: '共找到' }).innerText();
}

function totalOf(title: string): number {
  const m = /共找到\s*(\d+)\s*篇/.exec(title);
  assert.ok(m, `a total in “${title}”`);
  return Number(m[1]);
}

/** Picks a category in the editor's tree select by its (second-level) name. */
async function pickCategory(page: Page, name: string): Promise<void> {
  await page.locator('#kb-editor_categoryId').click();
  await page.locator('#kb-editor_categoryId').fill(name);
  await page.locator('.ant-select-tree-title', { hasText: name }).first().click();
}

async function waitForArticle(page: Page): Promise<void> {
  await page.getByTestId('kb-article-body').waitFor();
}

const UNIQUE = `E2E-${Date.now().toString(36)}`;
const ARTICLE = {
  title: `${UNIQUE} 智能手表表盘无法亮屏`,
  scenario: '客户反映新买的智能手表充满电后表盘仍然黑屏，长按电源键无反应。',
  solution: '1. 请客户长按电源键 15 秒强制重启。\n2. 仍不亮屏的，登记序列号并安排寄修。',
  caveats: '进水导致的故障不在保修范围内。',
};

describe('knowledge base', () => {
  const e2e = useKesu();

  test('an agent searches 充不进电: synonyms find 无法充电, highlighted; a facet narrows the results', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto('/kb');
    await page.locator('[data-testid="kb-article-row"]').first().waitFor();

    const box = page.locator('#kb-search');
    await box.fill('充不进电');
    // search-as-you-type offers matching titles
    const suggestion = page.locator('.ant-select-item-option', { hasText: '无法充电' }).first();
    await suggestion.waitFor();
    await box.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '充不进电');
    await waitForKbResults(page);

    const hits = page.getByTestId('kb-hit');
    const count = await hits.count();
    assert.ok(count >= 2, `several hits (got ${count})`);
    const firstTitle = await hits.first().locator('.kesu-kb-title').innerText();
    assert.match(firstTitle, /无法充电/, 'the synonym 无法充电 ranks first');
    assert.equal(await page.getByTestId('kb-score').count(), 0, 'an agent is not shown raw scores');
    const marks = await page.locator('[data-testid="kb-snippet"] mark').allInnerTexts();
    assert.ok(marks.length > 0, 'snippets carry <mark> highlights');
    assert.ok(
      marks.every((m) => m.trim().length > 0),
      `highlights are not empty: ${marks.join('|')}`,
    );
    assert.ok(
      marks.some((m) => /充电|无法|電/.test(m)),
      `a highlight shows a matched word: ${marks.join('|')}`,
    );
    const total = totalOf(await resultsTitle(page));
    await screenshot(page, 'kb-search');

    // facet list: pick a category other than "all"
    const facets = page.locator('[data-testid="kb-facets"] button[data-category]:not([data-category=""])');
    assert.ok((await facets.count()) >= 2, 'the results spread over several categories');
    const facet = facets.first();
    const categoryId = await facet.getAttribute('data-category');
    const categoryName = (await facet.locator('.kesu-facet-name').innerText()).trim();
    await facet.click();
    await page.waitForURL((u) => u.searchParams.get('category') === categoryId);
    await waitForKbResults(page);
    assert.equal(await facet.getAttribute('aria-pressed'), 'true');
    const narrowed = totalOf(await resultsTitle(page));
    assert.ok(narrowed > 0 && narrowed < total, `the facet narrows ${total} → ${narrowed}`);
    const cats = await page.getByTestId('kb-hit-category').allInnerTexts();
    assert.ok(cats.length > 0);
    for (const c of cats) assert.ok(c.startsWith(categoryName), `“${c}” is under ${categoryName}`);

    // back to all categories
    await page.locator('[data-testid="kb-facets"] button[data-category=""]').click();
    await page.waitForURL((u) => !u.searchParams.has('category'));
    await waitForKbResults(page);
    assert.equal(totalOf(await resultsTitle(page)), total);
  });

  test('an editor writes and submits an article; the reviewer publishes it', async () => {
    const { page } = e2e;
    await login(page, 'kb_editor');
    await page.goto('/kb');
    await page.getByRole('button', { name: /新建文章/ }).click();
    await page.waitForURL((u) => u.pathname === '/kb/new');

    await page.locator('#kb-editor_title').fill(ARTICLE.title);
    await pickCategory(page, '功能故障');
    await page.locator('#kb-editor_scenario').fill(ARTICLE.scenario);
    await page.locator('#kb-editor_solution').fill(ARTICLE.solution);
    await page.locator('#kb-editor_caveats').fill(ARTICLE.caveats);
    const tags = page.locator('#kb-editor_tags');
    await tags.fill('智能手表');
    await tags.press('Enter');
    await tags.fill('黑屏');
    await tags.press('Enter');
    const related = page.locator('#kb-editor_relatedIds');
    await related.click();
    await related.fill('充电');
    await page.locator('.ant-select-item-option', { hasText: '无法充电' }).first().click();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'kb-editor');

    await page.getByRole('button', { name: /保存并提交审核/ }).click();
    await page.waitForURL((u) => /^\/kb\/articles\/\d+$/.test(u.pathname));
    await waitForArticle(page);
    const articleUrl = new URL(page.url()).pathname;
    assert.equal(await page.locator('h4').first().innerText(), ARTICLE.title);
    assert.equal(await page.locator('[data-kb-status]').first().getAttribute('data-kb-status'), 'in_review');
    // the editor may not publish
    assert.equal(await page.getByRole('button', { name: /审核通过并发布/ }).count(), 0);
    const steps = await page.locator('[data-testid="kb-solution"] li').allInnerTexts();
    assert.equal(steps.length, 2, 'one step per line');
    assert.match(steps[0] ?? '', /强制重启/);
    assert.doesNotMatch(steps[0] ?? '', /^\s*1\d?\s*1\./, 'the typed number is not repeated');

    await logout(page);
    await login(page, 'kb_reviewer');
    await page.goto(articleUrl);
    await waitForArticle(page);
    await page.getByRole('button', { name: /审核通过并发布/ }).click();
    await page.locator('[data-kb-status="published"]').first().waitFor();
    assert.equal(await page.getByTestId('kb-version-kind').innerText(), '现行版本');
    const info = await page.locator('.ant-descriptions').innerText();
    assert.match(info, /林晨曦/, 'the author');
    assert.match(info, /徐立新/, 'the reviewer');
  });

  test('the author cannot publish their own edit: the server’s refusal is shown', async () => {
    const { page } = e2e;
    await login(page, 'kb_reviewer');
    await page.goto('/kb/new');
    await page.locator('#kb-editor_title').fill(`${UNIQUE} 审核人自己写的文章`);
    await pickCategory(page, '其他问题');
    await page.locator('#kb-editor_scenario').fill('审核人自己撰写的场景。');
    await page.locator('#kb-editor_solution').fill('1. 自己写的步骤。');
    await page.getByRole('button', { name: /保存并提交审核/ }).click();
    await page.waitForURL((u) => /^\/kb\/articles\/\d+$/.test(u.pathname));
    await waitForArticle(page);

    await page.getByRole('button', { name: /审核通过并发布/ }).click();
    const alert = page.locator('.ant-alert-error');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.doesNotMatch(text, /cannot publish their own edit/, text);
    assert.match(text, /不能审核或发布自己提交的内容|没有执行此操作的权限/, text);
    assert.match(text, /FORBIDDEN|SELF_REVIEW/);
    assert.equal(await page.locator('[data-kb-status]').first().getAttribute('data-kb-status'), 'in_review');
  });

  test('a new version is reviewed while the old one stays live; agents can open every published version', async () => {
    const { page } = e2e;
    await login(page, 'kb_editor');
    await page.goto(`/kb?q=${encodeURIComponent(UNIQUE)}&drafts=1`);
    await waitForKbResults(page);
    // the index catches up asynchronously: find the published article through the list instead if needed
    let link = page.locator('[data-testid="kb-hit"] .kesu-kb-title', { hasText: ARTICLE.title });
    if ((await link.count()) === 0) {
      await page.goto('/kb?status=published');
      link = page.locator('[data-testid="kb-article-row"] .kesu-kb-title', { hasText: ARTICLE.title });
    }
    await link.first().click();
    await waitForArticle(page);
    const articleUrl = new URL(page.url()).pathname;

    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/edit'));
    await page.getByTestId('kb-editor-published-notice').waitFor();
    assert.match(await page.getByTestId('kb-editor-published-notice').innerText(), /v1.*v2/);
    await page.locator('#kb-editor_solution').fill(`${ARTICLE.solution}\n3. 寄修前提醒客户解除手表与手机的绑定。`);
    await page.getByRole('button', { name: /保存并提交审核/ }).click();
    await page.waitForURL((u) => u.pathname === articleUrl);
    await waitForArticle(page);
    assert.match(await page.locator('.ant-alert-info').first().innerText(), /v2.*v1/, 'v1 stays live meanwhile');

    await logout(page);
    await login(page, 'kb_reviewer');
    await page.goto(articleUrl);
    await waitForArticle(page);
    await page.getByRole('button', { name: /审核通过并发布/ }).click();
    await page.locator('[data-kb-status="published"]').first().waitFor();

    await logout(page);
    await login(page, 'agent');
    await page.goto(articleUrl);
    await waitForArticle(page);
    assert.equal(await page.getByTestId('kb-version').count(), 2, 'both published versions are listed');
    assert.equal(await page.locator('[data-testid="kb-solution"] li').count(), 3, 'the live v2 has three steps');
    assert.equal(await page.getByRole('button', { name: /编\s*辑/ }).count(), 0, 'agents do not edit');
    await screenshot(page, 'kb-article');

    await page.getByRole('link', { name: '查看版本 v1' }).click();
    await page.waitForURL((u) => u.searchParams.get('v') === '1');
    await page.getByTestId('kb-old-version').waitFor();
    assert.equal(await page.getByTestId('kb-version-kind').innerText(), '历史版本');
    assert.equal(await page.locator('[data-testid="kb-solution"] li').count(), 2, 'v1 as it was published');
  });
});

async function tokenOf(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const token = (r.data as { login?: { token?: string } } | undefined)?.login?.token;
  assert.ok(token, `signed in as ${username}: ${JSON.stringify(r.errors)}`);
  return token;
}

describe('announcements', () => {
  const e2e = useKesu();
  const linked = { title: '', complaintId: '' };

  test('a supervisor publishes an announcement; agents see its 统一解释口径', async () => {
    const { page, baseURL } = e2e;
    // an announcement whose window is over: shown only with the switch on
    const token = await tokenOf(baseURL, 'supervisor');
    const expired = await graphqlFetch(
      baseURL,
      'mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id } }',
      {
        i: {
          title: `${UNIQUE} 十月账单短信延迟发送`,
          explanation: '10月账单短信因运营商通道拥塞延迟1至2天送达，账单金额不受影响。',
          activeFrom: '2026-10-01T00:00:00Z',
          activeUntil: '2026-10-08T00:00:00Z',
        },
      },
      token,
    );
    assert.equal(expired.errors, undefined, JSON.stringify(expired.errors));
    const title = `${UNIQUE} 计费系统故障导致重复扣费`;
    const explanation = '11月23日计费系统升级导致部分用户重复扣费，系统将于3个工作日内自动退还，无需另行申请。';
    await login(page, 'supervisor');
    await page.goto('/announcements');
    await page.getByTestId('announcements').waitFor();
    await page.getByRole('button', { name: /发布公告/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#announcement_title').fill(title);
    await dialog.locator('#announcement_explanation').fill(explanation);
    await dialog.getByRole('button', { name: /发\s*布/ }).click();
    await page.getByText(`公告「${title}」已发布`).waitFor();

    await logout(page);
    await login(page, 'agent');
    await page.goto('/announcements');
    const card = page.getByTestId('announcement').filter({ hasText: title });
    await card.waitFor();
    assert.equal(await card.getAttribute('data-phase'), 'active');
    assert.equal((await card.getByTestId('announcement-explanation').innerText()).includes(explanation), true);
    assert.match(await card.getByTestId('announcement-window').innerText(), /长期有效/);
    assert.equal(await page.getByRole('button', { name: /发布公告/ }).count(), 0, 'agents do not publish');
    assert.equal(
      await page.getByTestId('announcement').filter({ hasText: '十月账单短信' }).count(),
      0,
      'expired ones are hidden',
    );
    await page.locator('#announcements-show-all').click();
    const old = page.getByTestId('announcement').filter({ hasText: '十月账单短信' });
    await old.waitFor();
    assert.equal(await old.getAttribute('data-phase'), 'expired');
    await card.waitFor();
    await screenshot(page, 'announcements');

    // on 登记投诉, once a category is chosen, the announcement (it has no category: it covers all)
    // is at the top of the form with its wording, and one click links the new complaint to it
    await page.goto('/complaints/new');
    await page.locator('#intake_customerPhone').fill('13900007777');
    await page.locator('#intake_customerName').fill('钱多多');
    assert.equal(await page.getByTestId('intake-announcement').count(), 0, 'nothing before a category is chosen');
    await chooseOption(page, 'intake_categoryId', '未订购');
    const banner = page.getByTestId('intake-announcement').filter({ hasText: title });
    await banner.waitFor();
    assert.ok((await banner.innerText()).includes(explanation), 'the agreed wording is shown');
    await banner.getByTestId('announcement-link').click();
    assert.equal(await banner.getAttribute('data-linked'), 'true');
    await page.locator('#intake_description').fill('本月被重复扣费两次，要求退还');
    const sent = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('IntakeCreateComplaint'),
    );
    await page.getByTestId('intake-submit').click();
    const body = JSON.parse((await sent).postData() ?? '{}') as { variables: { input: { announcementId?: string } } };
    const announcementId = body.variables.input.announcementId;
    assert.ok(announcementId, 'the complaint is linked to the announcement');
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname));
    await screenshot(page, 'intake-announcement');
    linked.title = title;
    linked.complaintId = new URL(page.url()).pathname.split('/').pop() ?? '';
  });

  test('a linked complaint shows its announcement; a supervisor edits it, ends it after a confirmation, and finds its complaints', async () => {
    const { page } = e2e;
    assert.ok(linked.complaintId, 'the previous test linked a complaint');
    await login(page, 'agent');
    await page.goto(`/complaints/${linked.complaintId}`);
    await page.getByTestId('detail-announcement').getByText(linked.title).waitFor();
    await logout(page);

    await login(page, 'supervisor');
    await page.goto('/announcements');
    const card = page.getByTestId('announcement').filter({ hasText: linked.title });
    await card.waitFor();
    const renamed = `${linked.title}（已恢复）`;
    await card.getByTestId('announcement-edit').click();
    const dialog = page.getByRole('dialog');
    assert.equal(await dialog.locator('#announcement_title').inputValue(), linked.title);
    await dialog.locator('#announcement_title').fill(renamed);
    await dialog.getByTestId('announcement-save').click();
    await page.getByText(`公告「${renamed}」已更新`).waitFor();
    const edited = page.getByTestId('announcement').filter({ hasText: renamed });
    await edited.waitFor();

    // its complaints are one click away
    await edited.getByTestId('announcement-complaints').click();
    await page.waitForURL((u) => u.pathname === '/complaints' && u.search.startsWith('?announcement='));
    await waitForQueue(page);
    assert.equal(await queueRowCount(page), 1);
    assert.match(await page.getByTestId('queue-filter-announcement').innerText(), /已恢复/);

    // ended after a confirmation: it leaves the list in force and cannot be edited any more
    await page.goto('/announcements');
    await edited.getByTestId('announcement-end').click();
    await page.getByTestId('announcement-end-ok').click();
    await page.getByText(`公告「${renamed}」已结束`).waitFor();
    await edited.waitFor({ state: 'detached' });
    await page.locator('#announcements-show-all').click();
    const ended = page.getByTestId('announcement').filter({ hasText: renamed });
    await ended.waitFor();
    assert.equal(await ended.getAttribute('data-phase'), 'expired');
    assert.equal(await ended.getByTestId('announcement-edit').count(), 0);
  });
});
