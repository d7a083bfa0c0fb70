/**
 * The work screen in the browser: a paper exported twice (two WoS accession numbers, one DOI)
 * becomes one work of two source records; staff open it by its DOI, see where each field came
 * from, split one record out and undo the split — with the keyboard.
 *
 * Called from run.mjs after the table step, with run.mjs's helpers.
 */

/** A WoS plain-text export with the same paper under two accession numbers. */
function twiceExportedPaper(doi, stamp) {
  const record = (ut) => `PT J
AU Wang, X
   Smith, J
AF Wang, Xiaoming
   Smith, John
TI Work screen check ${stamp}: one paper exported twice
SO JOURNAL OF SYNTHETIC RESULTS
LA English
DT Article
C1 [Wang, Xiaoming] Synthetic Univ Technol, Sch Chem Engn, Synthcity 100000, Peoples R China.
PY 2024
VL 7
BP 11
EP 19
DI ${doi}
UT WOS:${ut}
ER

`;
  const a = String(stamp).padStart(15, '0');
  const b = String(stamp + 1).padStart(15, '0');
  return `FN Clarivate Analytics Web of Science\nVR 1.0\n${record(a)}${record(b)}EF\n`;
}

/** Runs the pipeline from the work screen's button (Tab from the top of the page, then Enter). */
async function applyNow(page, tabTo) {
  await page.locator('body').focus();
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await tabTo(page, '立即生效', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[role=status]:has-text("流水线已运行")');
}

export async function worksFlow(page, { check, log, tabTo, navigate, checkLabels, shot, timeout }) {
  const stamp = 900_000_000 + Math.floor(Math.random() * 1_000_000) * 2;
  const doi = `10.99998/work-screen.${stamp}`;
  // Setting up the data is not what is tested here: the API takes the export and runs the pipeline.
  const imported = await page.evaluate(async ({ text, name }) => {
    const form = new FormData();
    form.append('file', new File([text], name, { type: 'text/plain' }));
    const api = new URL('api/v1/', document.baseURI);
    let batch = await (await fetch(new URL('imports', api), { method: 'POST', body: form })).json();
    for (let i = 0; i < 600 && batch.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 300));
      batch = await (await fetch(new URL(`imports/${batch.id}`, api))).json();
    }
    const run = await fetch(new URL('pipeline/runs', api), { method: 'POST' });
    return { status: batch.status, run: run.status };
  }, { text: twiceExportedPaper(doi, stamp), name: `work-screen-${stamp}.txt` });
  check(imported.status === 'finished' && imported.run === 200,
    `the twice-exported paper is imported and the pipeline ran: ${JSON.stringify(imported)}`);

  await navigate(page, '作品', 'work');
  await checkLabels(page, 'works search');
  await tabTo(page, '按 DOI 或题名查找作品', 'input');
  await page.keyboard.type(doi);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.work-results li');
  await tabTo(page, '打开', 'a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=work-fields]');

  const doiRow = await page.textContent('[data-testid=work-fields] tr:has(th:text-is("doi"))');
  check(doiRow.includes(doi) && doiRow.includes('WOS') && doiRow.includes('#1'),
    `the DOI shows the record and rule it came from: ${doiRow}`);
  const sources = await page.locator('[data-testid=work-sources] article').count();
  check(sources === 2, `both exported copies are sources of the work (${sources})`);
  log(`work ${doi}: ${sources} sources, provenance ${doiRow.replace(/\s+/g, ' ').slice(0, 120)}`);
  await checkLabels(page, 'work');

  // The verbatim text opens with the keyboard.
  await tabTo(page, '导入时的原文', 'summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('details[open] pre.verbatim');
  check((await page.textContent('details[open] pre.verbatim')).includes(`DI ${doi}`),
    'the verbatim text is the record as imported');

  // Split the second copy out, with the keyboard only.
  await tabTo(page, `拆出 work-screen-${stamp}.txt#2`, 'input');
  await page.keyboard.press('Space');
  await tabTo(page, '为什么所选记录是另一篇文献', 'input');
  await page.keyboard.type('e2e: the second copy is another paper');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[role=status]:has-text("拆分已记录")');
  await page.waitForSelector('[data-testid=work-history] tbody tr');
  const split = await page.textContent('[data-testid=work-history] tbody tr:last-child');
  check(split.includes('拆分') && split.includes('e2e: the second copy'),
    `the split is in the history with its reason: ${split}`);

  // Applied at once: the work keeps the first copy only.
  await applyNow(page, tabTo);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid=work-sources] article').length === 1);
  await shot(page, 'work');

  await tabTo(page, '撤销决定', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[role=status]:has-text("已撤销")');
  await page.waitForSelector('[data-testid=work-history] tbody tr.undone');
  const last = await page.textContent('[data-testid=work-history] tbody tr:last-child');
  check(last.includes('撤销'), `the undo is the last event: ${last}`);
  await applyNow(page, tabTo);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid=work-sources] article').length === 2);
  log('work screen: provenance shown; split applied (1 source), undone and applied (2 sources)');
  void timeout;
}
