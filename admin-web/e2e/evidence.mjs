/**
 * Evidence in the reader's language: the 核验 screen in Chinese shows each item's evidence in
 * Chinese, switched to English the same evidence in English, and the REST API answers the same
 * codes and arguments in both, worded by Accept-Language.
 *
 * The browser itself asks for zh-CN, so the English half proves that the UI sends its own language
 * with its calls (the Accept-Language middleware in src/api/client.ts). The language is set back
 * to Chinese at the end, for the flows after this one.
 *
 * `exports` (optional) are uploaded first, so that the queue has items; importing a file again is
 * harmless (the same records, seen once more).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const HAN = /\p{Script=Han}/u;

export async function evidenceLanguage(page, { base, navigate, check, log, exports, timeout }) {
  const api = (path) => new URL(`api/v1/${path}`, base).toString();
  const json = async (response, what) => {
    check(response.ok(), `${what}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  for (const file of exports ? exports.split(',') : []) {
    const batch = await json(await page.request.post(api('imports'), {
      multipart: { file: { name: basename(file), mimeType: 'text/plain', buffer: readFileSync(resolve(file)) } },
    }), `upload ${file}`);
    let status = batch.status;
    for (let i = 0; status === 'running' && i < timeout / 500; i++) {
      await page.waitForTimeout(500);
      status = (await json(await page.request.get(api(`imports/${batch.id}`)), 'import')).status;
    }
    check(status === 'finished', `the import of ${file} finished (status ${status})`);
  }
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');

  // The REST API: the same items, codes and arguments in both languages, in their own words.
  const queue = async (language) => {
    const response = await page.request.get(api('review/items?limit=200'), { headers: { 'Accept-Language': language } });
    check((response.headers().vary ?? '').includes('Accept-Language'), `the queue varies by language: ${response.headers().vary}`);
    return (await json(response, `review items (${language})`)).items;
  };
  // (rows other tests wrote as bare text, code "text", read the same in every language)
  const coded = (items) => items.filter((i) => i.evidenceItems.every((e) => e.code !== 'text'));
  const allZh = await queue('zh-CN');
  const allEn = await queue('en-GB,en;q=0.8');
  check(JSON.stringify(allZh.map((i) => i.key)) === JSON.stringify(allEn.map((i) => i.key)), 'the same items in both languages');
  const zh = coded(allZh);
  const en = coded(allEn);
  check(zh.length > 0, `the pipeline left items with evidence to show (${allZh.length} in the queue)`);
  for (let n = 0; n < zh.length; n++) {
    const codes = (i) => JSON.stringify(i.evidenceItems.map((e) => [e.code, e.args]));
    check(codes(zh[n]) === codes(en[n]), `the same codes and arguments: ${codes(zh[n])} / ${codes(en[n])}`);
    check(zh[n].evidence.every((e) => HAN.test(e)), `Chinese evidence: ${zh[n].evidence.join(' | ')}`);
    check(zh[n].evidence.join() !== en[n].evidence.join(), `English differs: ${en[n].evidence.join(' | ')}`);
  }
  log(`the API words ${zh.length} items' evidence in Chinese and English: ${zh[0].evidence.join('；')}`);

  // The 核验 screen in Chinese, then in English, then back.
  const shown = async () => {
    const key = await page.getAttribute('[data-testid=review-item]', 'data-key');
    const words = await page.locator('[data-testid=review-evidence] > li').allTextContents();
    return { key, words };
  };
  const expected = (items, key) => items.find((i) => i.key === key)?.evidence ?? [];
  await navigate(page, '核验', 'review');
  await page.waitForSelector('[data-testid=review-evidence] > li');
  let chinese = await shown();
  for (let n = 0; n < allZh.length && !zh.some((i) => i.key === chinese.key); n++) {
    await page.keyboard.press('n'); // an item of another test's text rows: the next one
    await page.waitForFunction((k) => document.querySelector('[data-testid=review-item]')?.dataset.key !== k, chinese.key);
    chinese = await shown();
  }
  check(JSON.stringify(chinese.words) === JSON.stringify(expected(zh, chinese.key)),
    `the 核验 screen shows the Chinese evidence of ${chinese.key}: ${chinese.words.join(' | ')}`);
  check(chinese.words.every((w) => HAN.test(w)), `every line in Chinese: ${chinese.words.join(' | ')}`);
  log(`核验 shows ${chinese.key} with Chinese evidence: ${chinese.words.join('；')}`);

  await page.selectOption('[data-testid=language]', 'en');
  const english = expected(en, chinese.key);
  await page.waitForFunction((want) => {
    const lines = [...document.querySelectorAll('[data-testid=review-evidence] > li')].map((li) => li.textContent);
    return JSON.stringify(lines) === JSON.stringify(want);
  }, english, { timeout });
  log(`in English: ${english.join('; ')}`);
  await page.selectOption('[data-testid=language]', 'zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
}
