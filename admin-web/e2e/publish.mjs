/**
 * The Publish screen in the browser, keyboard only: freeze the table as a snapshot, change the
 * table (a staff decision, then a pipeline run from the screen), freeze it again, compare the two
 * snapshots (the changed row's status column marked), and download a snapshot as CSV and the
 * table as XLSX. Called from run.mjs with the helpers it already has.
 */
/**
 * @param page a playwright page signed in as staff (or admin)
 * @param h run.mjs's helpers: navigate, tabTo, checkLabels, check, shot, log, base
 */
export async function publishFlow(page, h) {
  const { navigate, tabTo, checkLabels, check, shot, log, base } = h;
  const stamp = Date.now().toString(36);
  await navigate(page, '一张表', 'publish');
  await page.waitForSelector('[data-testid=snapshots], [data-testid=snapshots-empty]');
  await checkLabels(page, 'publish (snapshots)');

  const freeze = async (name) => {
    await tabTo(page, '快照名称', 'input');
    await page.keyboard.type(name);
    await tabTo(page, '冻结快照', 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid=snapshots] th:has-text("${name}")`);
  };

  const before = `e2e-before-${stamp}`;
  await freeze(before);
  log(`froze ${before}`);

  // A change to the table: staff confirm the first row that nobody decided yet; the pipeline run
  // started from the screen puts it into the table.
  const table = await (await page.request.get(new URL('api/v1/table?limit=1000', base).toString())).json();
  let decided = null;
  for (const row of table.rows.filter((r) => !r.deleted && r.status === 'auto')) {
    const answer = await page.request.post(new URL('api/v1/decisions', base).toString(), {
      headers: { 'Content-Type': 'application/json', 'X-Acta-Actor': 'e2e-publish' },
      data: {
        kind: 'confirm',
        workId: row.work_id,
        authorRank: row.author_rank,
        personId: row.person_id,
        expectedVersion: 0,
      },
    });
    if (answer.ok()) {
      decided = row;
      break;
    }
  }
  check(decided !== null, 'a row of the table could be confirmed');
  await tabTo(page, '重新运行流水线', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('button:has-text("重新运行流水线"):not([disabled])');

  const after = `e2e-after-${stamp}`;
  await freeze(after);
  log(`froze ${after} after confirming ${decided.row_id}`);

  // The two latest snapshots are preselected: compare them.
  await tabTo(page, '比较', 'button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=diff-summary]');
  const summary = await page.textContent('[data-testid=diff-summary]');
  log(`diff: ${summary}`);
  const changed = page.locator('[data-testid=diff-changed] > li', { hasText: decided.title ?? '' });
  check((await changed.count()) > 0, `the confirmed row is among the changed rows: ${summary}`);
  const status = changed.first().locator('tr[data-column=status] mark');
  check((await status.count()) === 1, 'the status column of the changed row is marked');
  check((await status.textContent()).trim() !== 'auto', 'the marked status is the new one');
  await checkLabels(page, 'publish (diff)');
  await shot(page, 'publish-snapshots');

  // Downloads: the links are reached with the keyboard; what they point at is fetched with the
  // page's credentials (Chromium's download manager does not send the test's Basic header, which
  // a signed-in browser's own credentials replace).
  const fetchFocusedLink = async () => {
    const href = await page.evaluate(() => document.activeElement.href);
    const answer = await page.request.get(href);
    check(answer.ok(), `${href} answers ${answer.status()}`);
    check((answer.headers()['content-disposition'] ?? '').includes('attachment'),
      `${href} is a file to save`);
    return answer.body();
  };
  await page.locator('body').focus();
  await tabTo(page, `CSV — 下载快照“${after}”`, 'a');
  const text = (await fetchFocusedLink()).toString('utf8');
  check(text.startsWith('row_id,'), `the snapshot CSV starts with its header: ${text.slice(0, 40)}`);
  check(text.includes(decided.row_id), 'the snapshot CSV holds the confirmed row');
  log(`snapshot CSV: ${text.trim().split('\n').length - 1} rows`);

  await page.locator('body').focus();
  await tabTo(page, '下载 XLSX', 'a');
  const bytes = await fetchFocusedLink();
  check(bytes.subarray(0, 2).toString() === 'PK', 'the table XLSX is a workbook (zip)');
  log(`table XLSX: ${bytes.length} bytes`);
}
