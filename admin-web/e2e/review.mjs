/**
 * The verification workbench (核验) with the keyboard only: a staff member accepts the first item
 * (a) and rejects the next with a reason (r, arrow key, Enter). Then the REST API must show
 * exactly those changes: both items left the queue, and after a pipeline run the one table has
 * changed in the accepted row only (verified, the proposed person), with no row for the rejected
 * position.
 *
 * `exports` (optional) are export files uploaded first through POST /api/v1/imports, so that the
 * queue has items (the demo's wos-demo-review.txt is made for it).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export async function reviewQueue(page, { base, navigate, checkLabels, check, log, shot, exports, timeout }) {
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
  // A settled table before the decisions: its version is where the changes are counted from.
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');
  const before = (await json(await page.request.get(api('table?since=0&limit=1')), 'table')).version;

  await navigate(page, '核验', 'review');
  await page.waitForSelector('[data-testid=review-item], [data-testid=review-empty]');
  await checkLabels(page, 'review');
  const items = await page.locator('[data-testid=review-list] > li').count();
  check(items >= 2, `the demo data leaves at least two items for review (${items})`);
  await shot(page, 'review');

  const first = await page.getAttribute('[data-testid=review-item]', 'data-key');
  const person = await page.getAttribute('[data-testid=review-proposal]', 'data-person');
  check(person, `the proposal names a person: ${await page.textContent('[data-testid=review-proposal]')}`);
  await page.keyboard.press('a');
  await page.waitForSelector('[data-testid=review-status]:has-text("已接受")');
  log(`accepted ${first} (${person}) with the a key`);

  await page.waitForFunction((k) => document.querySelector('[data-testid=review-item]')?.dataset.key !== k, first);
  const second = await page.getAttribute('[data-testid=review-item]', 'data-key');
  await page.keyboard.press('r');
  await page.waitForSelector('[data-testid=reason-picker]');
  const focusedReason = await page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '');
  check(focusedReason.includes('不是本校人员'), `the reason picker has the focus (${focusedReason})`);
  await page.keyboard.press('ArrowDown');
  check(await page.isChecked('input[name=reasonCode][value=namesake]'), 'the arrow key chose the next reason');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=review-status]:has-text("已驳回")');
  log(`rejected ${second} with r, ArrowDown, Enter (namesake)`);
  const rate = await page.textContent('[data-testid=review-rate]');
  check(rate.includes('已决定 2 条'), `two decisions counted: ${rate}`);

  // The REST API: both left the queue; the next run changes the accepted row and nothing else.
  const queue = await json(await page.request.get(api('review/items?limit=200')), 'review items');
  check(!queue.items.some((i) => i.key === first || i.key === second), 'decided items left the queue');
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');
  const changed = (await json(await page.request.get(api(`table?since=${before}&limit=1000`)), 'table')).rows;
  const [, work1, rank1] = /^authorship:(.+)#(\d+)$/.exec(first);
  const [, work2, rank2] = /^authorship:(.+)#(\d+)$/.exec(second);
  const summary = changed.map((r) => `${r.work_id}/${r.person_id}/${r.status}/${r.deleted}`).join(' ');
  check(changed.length === 1, `exactly one row changed: ${summary}`);
  const row = changed[0];
  check(row.work_id === work1 && row.author_rank === Number(rank1) && row.person_id === person
      && row.status === 'verified' && !row.deleted, `the accepted row is verified: ${summary}`);
  const whole = (await json(await page.request.get(api('table?since=0&limit=10000')), 'table')).rows;
  check(!whole.some((r) => r.work_id === work2 && r.author_rank === Number(rank2) && !r.deleted),
    'the rejected position has no row');
  log(`the table changed in exactly the accepted row (${row.row_id}); the rejected one has none`);
}
