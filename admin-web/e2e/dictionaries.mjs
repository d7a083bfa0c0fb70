/**
 * The dictionaries' preview in the browser, keyboard only: HR's people export with one person
 * moved to another unit is chosen on the Dictionaries screen and previewed (a non-zero count of
 * changed attributions, with examples naming the person), then confirmed; after the pipeline run
 * the one table says what the preview said. The original export is imported again at the end, so
 * the flows after this one find the demo university as it was.
 *
 * `upload` is the demo's WoS export (run.mjs's --upload); the demo's people.csv beside it is the
 * export changed here. Without it the flow is skipped, saying why.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export async function dictionariesFlow(page, { base, navigate, tabTo, checkLabels, check, log, shot, upload, timeout }) {
  const people = upload && resolve(dirname(upload), 'people.csv');
  if (!people || !existsSync(people)) {
    log('dictionaries: no people.csv beside the uploaded export; the preview flow is skipped');
    return;
  }
  const api = (path) => new URL(`api/v1/${path}`, base).toString();
  const json = async (response, what) => {
    check(response.ok(), `${what}: ${response.status()} ${await response.text()}`);
    return response.json();
  };

  // Someone with a row in the table and a line in the export, moved to a unit outside their own
  // branch of the tree (neither above nor below theirs).
  const original = readFileSync(people, 'utf8');
  const lines = original.split(/\r?\n/);
  const header = lines[0].replace(/^\uFEFF/, '').split(',');
  const col = (name) => header.indexOf(name);
  const units = await json(await page.request.get(api('units')), 'units');
  const parentOf = new Map(units.map((u) => [u.code, u.parentCode ?? null]));
  const lineage = (code) => {
    const out = [];
    for (let c = code; c && !out.includes(c); c = parentOf.get(c)) out.push(c);
    return out;
  };
  const table = await json(await page.request.get(api('table?since=0&limit=10000')), 'table');
  const withRows = new Set(table.rows.filter((r) => !r.deleted).map((r) => r.person_id));
  // the first such move whose preview (asked through the API) changes anything
  const withUnit = (cells, unit) => cells.map((c, k) => (k === col('unit_id') ? unit : c)).join(',');
  let moved = null;
  let file = null;
  for (let i = 1; i < lines.length && !moved; i++) {
    const cells = lines[i].split(',');
    const code = cells[col('person_id')];
    const unit = cells[col('unit_id')];
    if (!withRows.has(code) || !parentOf.has(unit)) continue;
    for (const target of units.filter((u) => u.parentCode && !lineage(unit).includes(u.code)
      && !lineage(u.code).includes(unit))) {
      const text = lines.map((l, k) => (k === i ? withUnit(cells, target.code) : l)).join('\n');
      const tried = await json(await page.request.post(api('dictionary/previews/people?fileName=people-moved.csv'), {
        headers: { 'Content-Type': 'application/octet-stream' }, data: Buffer.from(text),
      }), 'preview through the API');
      if (tried.added + tried.removed + tried.moved + tried.toReview + tried.leftReview > 0) {
        moved = { code, from: unit, to: target.code, preview: tried };
        file = join(mkdtempSync(join(tmpdir(), 'acta-e2e-')), 'people-moved.csv');
        writeFileSync(file, text);
        break;
      }
    }
  }
  check(moved, 'moving a person of the export with a row in the table to another unit changes an attribution');

  await navigate(page, '词典', 'dictionaries');
  await page.waitForSelector('[data-testid=units] tbody tr');
  await tabTo(page, '人员名单文件', 'input');
  await page.setInputFiles('input[type=file][name=people]', file);
  await tabTo(page, '预览人员名单的影响', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=dictpreview]');
  // the screen shows the preview the API gave for the same file (a dry run: the same answer)
  const { preview } = moved;
  const total = Number(await page.getAttribute('[data-testid=dictpreview]', 'data-total'));
  check(total > 0, `moving ${moved.code} from ${moved.from} to ${moved.to} changes attributions (${total})`);
  check(total === preview.added + preview.removed + preview.moved + preview.toReview + preview.leftReview,
    `the screen shows the API's counts (${total}): ${JSON.stringify(preview)}`);
  const examples = await page.locator('[data-testid=dictpreview-examples] tbody tr').count();
  check(examples > 0, 'the preview lists examples');
  const about = preview.examples.filter((e) => e.before.personCode === moved.code
    || e.after.personCode === moved.code);
  check(about.length > 0, `an example names ${moved.code}: ${JSON.stringify(preview.examples)}`);
  await checkLabels(page, 'dictionaries (preview)');
  await shot(page, 'dictionaries-preview');
  log(`preview of moving ${moved.code} ${moved.from} → ${moved.to}: added ${preview.added}, removed ${preview.removed}, moved ${preview.moved}, to review ${preview.toReview} (${preview.millis} ms)`);

  // nothing saved yet: the table is as it was
  const still = await json(await page.request.get(api('table?since=0&limit=10000')), 'table');
  check(still.version === table.version, 'a preview does not change the table');

  await tabTo(page, '确认并保存', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=dictpreview-message]:has-text("已保存")', { timeout });
  // the import started a run in the background; this one waits for it and settles the table
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');
  const after = (await json(await page.request.get(api('table?since=0&limit=10000')), 'table'))
    .rows.filter((r) => !r.deleted);
  for (const e of about) {
    const row = after.find((r) => r.work_id === e.workId && r.author_rank === e.authorRank);
    if (e.after.state === 'table') {
      check(row && row.person_id === e.after.personCode && row.unit_id === e.after.unitCode,
        `the table has ${e.after.personCode} in ${e.after.unitCode} at ${e.workId}#${e.authorRank}: ${JSON.stringify(row)}`);
    } else {
      check(!row || row.person_id !== moved.code || row.status !== 'auto',
        `${moved.code} left the table at ${e.workId}#${e.authorRank} as previewed: ${JSON.stringify(row)}`);
    }
  }
  log(`confirmed; the table follows the preview for ${about.length} position(s) of ${moved.code}`);

  // the demo as it was, for the flows after this one
  await json(await page.request.post(api('directory/imports'), {
    multipart: { people: { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(original) } },
  }), 'import of the original people.csv');
  await json(await page.request.post(api('pipeline/runs')), 'pipeline run');
}
