/**
 * Possible duplicates in the verification workbench (核验), with the keyboard: the demo's EI export
 * holds the seawater OER article of the WoS export with a DOI typo, so the pipeline cannot merge
 * the two alone and queues them as a possible duplicate. Staff filter the queue by kind, see both
 * works' records side by side (the DOI row marked as differing) and answer "same work" with a.
 * Then the REST API must show the effect: the pair left the queue, and after a pipeline run the
 * two records are one work, with fewer rows in the one table than the two works had (one per person).
 *
 * `exports` are export files uploaded first through POST /api/v1/imports (the demo's
 * ei-demo.ris). Called from run.mjs after the review flow, with run.mjs's helpers.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export async function duplicatesFlow(page, { base, navigate, tabTo, check, log, shot, exports, timeout }) {
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
  const queued = await json(await page.request.get(api('review/items?kind=duplicate&limit=200')), 'duplicates');
  check(queued.total >= 1, `the pipeline queued a possible duplicate (${queued.total})`);
  const rowsOf = async (keys) => {
    const all = (await json(await page.request.get(api('table?since=0&limit=10000')), 'table')).rows;
    return all.filter((r) => !r.deleted && keys.includes(r.work_id));
  };

  // The workbench, filtered to possible duplicates with the keyboard.
  await navigate(page, '核验', 'review');
  await page.waitForSelector('[data-testid=review-item], [data-testid=review-empty]');
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await tabTo(page, '类型', 'select');
  await page.selectOption('select[name=kind]', 'duplicate');
  await tabTo(page, '筛选', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=review-item][data-kind=duplicate]');
  const listed = await page.locator('[data-testid=review-list] > li').count();
  check(listed === queued.total, `only possible duplicates are listed (${listed} of ${queued.total})`);
  const key = await page.getAttribute('[data-testid=review-item]', 'data-key');
  const [, workA, workB] = /^duplicate:(.+)~(.+)$/.exec(key);
  check(await page.locator('[data-testid=dup-sources] th[data-side=a]').count() >= 1
      && await page.locator('[data-testid=dup-sources] th[data-side=b]').count() >= 1,
    'both works\' source records are side by side');
  const marked = await page.locator('[data-testid=dup-sources] tr.differs th').allTextContents();
  log(`${key}: fields marked as differing: ${marked.join(', ')}`);
  check(marked.some((f) => f.includes('DOI')), 'the DOI row is marked as differing');
  await shot(page, 'review-duplicate');
  const before = await rowsOf([workA, workB]);

  // a: same work
  await page.locator('.review-current').focus();
  await page.keyboard.press('a');
  await page.waitForSelector('[data-testid=review-status]:has-text("同一成果")');
  log(`same work: ${key} merged with the a key`);

  // The effect: out of the queue; after a run, one work holding both records, half the rows.
  const after = await json(await page.request.get(api('review/items?kind=duplicate&limit=200')), 'duplicates');
  check(!after.items.some((i) => i.key === key), 'the decided pair left the queue');
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');
  const pair = queued.items.find((i) => i.key === key);
  const recordIds = recordSources(pair).map((s) => s.id);
  // the merged work is found by the DOI its merge rules kept (either record's)
  const dois = [...new Set(recordSources(pair).map((s) => s.normalised.doi).filter(Boolean))];
  let merged;
  for (const doi of dois) {
    const found = await json(await page.request.get(api(`works?query=${encodeURIComponent(doi)}`)), 'work search');
    merged = merged ?? found.find((w) => w.records >= 2);
  }
  check(merged, `a work of both records is found by one of the DOIs ${dois.join(', ')}`);
  const work = await json(await page.request.get(api(`works/${encodeURIComponent(merged.workId)}`)), 'work');
  const held = work.sources.map((s) => s.recordId ?? s.id);
  check(recordIds.every((id) => held.includes(id)), `work ${merged.workId} holds both records (${held})`);
  // the merged work takes the key of its first record: one of the two, or a new one
  const gone = await rowsOf([workA, workB].filter((w) => w !== merged.workId));
  check(gone.length === 0, `the other work's rows are gone: ${gone.map((r) => r.row_id).join(' ')}`);
  const rows = await rowsOf([merged.workId]);
  const people = new Set(before.map((r) => r.person_id));
  check(rows.length > 0 && rows.length < before.length && rows.every((r) => people.has(r.person_id)),
    `one work's rows instead of two works' (${before.length} → ${rows.length})`);
  log(`the table shows one work ${merged.workId} (${rows.length} rows, were ${before.length})`);
}

/** Both works' source records of a possible-duplicate item. */
function recordSources(item) {
  return [...item.sources, ...(item.otherSources ?? [])];
}
