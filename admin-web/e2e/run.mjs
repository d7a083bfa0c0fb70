#!/usr/bin/env node
/**
 * End-to-end check of the web UI in a real browser: Debian's chromium driven by playwright-core
 * (no browser download). It walks every screen with the keyboard alone (Tab and Enter), checks
 * that every control is reachable and has a label, uploads an export, and saves a screenshot of
 * each screen.
 *
 *   node e2e/run.mjs --base http://localhost:8080/ --upload ../deploy/demo/wos-demo.txt \
 *       [--person S1001] [--screenshots ../docs/screenshots] [--chromium /usr/bin/chromium]
 *
 * Exit code 0 when every check passed, 1 otherwise (the failing step is printed).
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { worksFlow } from './works.mjs';
import { reviewQueue } from './review.mjs';
import { facultyFlow } from './faculty.mjs';
import { publishFlow } from './publish.mjs';
import { evidenceLanguage } from './evidence.mjs';
import { a11yFlow } from './a11y.mjs';
import { accountsFlow } from './accounts.mjs';
import { duplicatesFlow } from './duplicates.mjs';
import { dictionariesFlow } from './dictionaries.mjs';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:8080/' },
    upload: { type: 'string' },
    person: { type: 'string' },
    screenshots: { type: 'string', default: 'target/e2e-screenshots' },
    chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '120000' },
    user: { type: 'string' },
    password: { type: 'string' },
    'review-upload': { type: 'string' },
    'duplicate-upload': { type: 'string' },
  },
});
const base = opts.base.endsWith('/') ? opts.base : opts.base + '/';
const shots = resolve(opts.screenshots);
const timeout = Number(opts.timeout);
mkdirSync(shots, { recursive: true });

// Flags the machine needs: no sandbox as root, no GPU, and no background connections that a
// closed network would refuse. Playwright adds --headless and a fresh temporary profile itself.
const browser = await chromium.launch({
  executablePath: opts.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The accessible name of the focused element, roughly as assistive technology computes it. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '' };
    const byIds = (el.getAttribute('aria-labelledby') || '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent || '')
      .join(' ');
    const labels = el.labels ? Array.from(el.labels).map((l) => l.textContent).join(' ') : '';
    const name = (el.getAttribute('aria-label') || byIds || labels || el.textContent || '').trim();
    return { tag: el.tagName.toLowerCase(), name };
  });
}

/** Presses Tab until the focused element's name contains `name`; fails if it never does. */
async function tabTo(page, name, tag) {
  const seen = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(`${f.tag}:${f.name.slice(0, 30)}`);
    if (f.name.includes(name) && (!tag || f.tag === tag)) return;
  }
  throw new Error(`"${name}" is not reachable with Tab; focus went through ${seen.join(' | ')}`);
}

/** Every interactive control on the page has an accessible name. */
async function checkLabels(page, screen) {
  const unlabelled = await page.evaluate(() => {
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
    const missing = [];
    for (const el of controls) {
      if (el.getAttribute('tabindex') === '-1') continue;
      if (el.getAttribute('type') === 'hidden') continue;
      const labelled =
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        (el.labels && el.labels.length > 0 && Array.from(el.labels).some((l) => l.textContent.trim())) ||
        (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) && el.textContent.trim());
      if (!labelled) missing.push(el.outerHTML.slice(0, 120));
    }
    return missing;
  });
  check(unlabelled.length === 0, `${screen}: controls without a label: ${unlabelled.join(' ; ')}`);
}

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  log(`screenshot ${shots}/${name}.png`);
}

/** Goes to a screen with the keyboard: Tab to its navigation link, then Enter. */
async function navigate(page, label, route) {
  await page.locator('body').focus();
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await tabTo(page, label, 'a');
  await page.keyboard.press('Enter');
  await page.waitForFunction((r) => location.hash === `#/${r}`, route, { timeout });
}

let failed = false;
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'zh-CN',
    // the API needs a signed-in caller: every request carries this account's HTTP Basic credentials
    ...(opts.user ? { extraHTTPHeaders: { Authorization: 'Basic '
        + Buffer.from(`${opts.user}:${opts.password}`).toString('base64') } } : {}),
  });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  step = 'open';
  await page.goto(base);
  await page.waitForSelector('nav a[aria-current="page"]');
  check((await page.getAttribute('html', 'lang')) === 'zh-CN', 'Chinese is the default language');
  check((await page.textContent('nav')).includes('导入'), 'the navigation is in Chinese');

  step = 'skip link';
  await page.keyboard.press('Tab');
  check((await focused(page)).name === '跳到主要内容', 'the first Tab reaches the skip link');

  step = 'import';
  await navigate(page, '导入', 'import');
  await checkLabels(page, 'import');
  if (opts.upload) {
    // The file input is reachable by keyboard; choosing the file itself is the OS dialog's job.
    await tabTo(page, '要导入的文件', 'input');
    await page.setInputFiles('input[type=file]', resolve(opts.upload));
    await tabTo(page, '上传并导入', 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=import-status]:not([data-status=running])');
    const status = await page.getAttribute('[data-testid=import-status]', 'data-status');
    check(status === 'finished', `the import finished (status ${status})`);
    const format = await page.textContent('[data-testid=import-batch] tbody tr td:nth-child(3)');
    check(format && format !== '（无）', 'the detected format is shown');
    log(`import finished, detected format ${format}`);
    check((await page.textContent('.history')).length > 0, 'the import is in the history');
  }
  await shot(page, 'import');

  step = 'dictionaries';
  await navigate(page, '词典', 'dictionaries');
  await page.waitForSelector('[data-testid=units] tbody tr');
  const units = await page.locator('[data-testid=units] tbody tr').count();
  check(units > 0, 'the units are listed');
  log(`${units} units listed`);
  await checkLabels(page, 'dictionaries');
  if (opts.person) {
    await tabTo(page, '工号或学号', 'input');
    await page.keyboard.type(opts.person);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=person]');
    check((await page.textContent('[data-testid=person]')).includes(opts.person), 'the person is shown');
  }
  await shot(page, 'dictionaries');

  step = 'publish';
  await navigate(page, '一张表', 'publish');
  await checkLabels(page, 'publish');
  await tabTo(page, '重新运行流水线', 'button');
  await page.keyboard.press('Enter');
  // The run is over when the button is back (it reads 运行中… meanwhile).
  await page.waitForSelector('button:has-text("重新运行流水线"):not([disabled])');
  await page.waitForSelector('[data-testid=table-rows], [data-testid=table-empty]');
  const rows = await page.locator('[data-testid=table-rows] tbody tr').count();
  log(`${rows} table rows shown`);
  await shot(page, 'publish');

  step = 'work';
  await worksFlow(page, { check, log, tabTo, navigate, checkLabels, shot, timeout });
  step = 'evidence'; await evidenceLanguage(page, { base, navigate, check, log, exports: opts['review-upload'], timeout });
  step = 'review'; await reviewQueue(page, { base, navigate, checkLabels, check, log, shot, exports: opts['review-upload'], timeout });
  if (opts['duplicate-upload']) { step = 'duplicates'; await duplicatesFlow(page, { base, navigate, tabTo, check, log, shot, exports: opts['duplicate-upload'], timeout }); }
  step = 'dictionary preview'; await dictionariesFlow(page, { base, navigate, tabTo, checkLabels, check, log, shot, upload: opts.upload, timeout });

  step = 'dashboard';
  await navigate(page, '数据看板', 'dashboard');
  await page.waitForSelector('[data-testid=dash-tiles]');
  await checkLabels(page, 'dashboard');
  await page.waitForTimeout(500); // let ECharts draw before the screenshot
  await shot(page, 'dashboard');
  const bars = await page.locator('[data-testid=chart-index-data] tbody th a').count();
  if (bars > 0) {
    // A bar's link in the table under the chart, reached with Tab, leads to its rows on the table screen.
    const link = page.locator('[data-testid=chart-index-data] tbody th a').first();
    const index = (await link.textContent()).trim();
    const works = Number(await page.locator('[data-testid=chart-index-data] tbody tr').first().locator('td').first().textContent());
    await tabTo(page, index, 'a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/publish?'));
    await page.waitForSelector('[data-testid=table-drill]');
    await page.waitForSelector('[data-testid=table-rows]');
    const shown = await page.locator('[data-testid=table-rows] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    check(shown.length > 0 && shown.every((t) => t.includes(index)), `every row shown is in ${index}`);
    log(`dashboard: ${bars} indexes; drilled into ${index} (${works} papers, ${shown.length} rows)`);
  }

  step = 'publish snapshots'; await publishFlow(page, { navigate, tabTo, checkLabels, check, shot, log, base });

  step = 'language switch';
  await page.locator('body').focus();
  await tabTo(page, '界面语言', 'select');
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  check((await page.textContent('nav')).includes('Import'), 'the navigation switched to English');
  await navigate(page, 'Import', 'import');
  await shot(page, 'import-en');

  check(errors.length === 0, `no script errors in the page: ${errors.join('; ')}`);
  step = 'faculty'; await facultyFlow({ browser, base, shots, timeout, log });
  step = 'a11y'; await a11yFlow({ browser, base, timeout, log, staff: { user: opts.user, password: opts.password } });
  step = 'accounts'; await accountsFlow({ browser, base, shots, timeout, log, tabTo, navigate, checkLabels });
  log('all checks passed');
} catch (e) {
  failed = true;
  console.error(`[e2e] FAILED at ${step}: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
