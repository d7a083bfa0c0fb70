/**
 * The faculty confirmation flow in the browser: a faculty member signs in on the login screen,
 * confirms their first publication and rejects the second with a reason; then HR's incremental
 * pull of the REST table (with an API token) returns exactly those two rows, confirmed and
 * disputed. Also checks that a cookie-signed request without the CSRF header is refused, and that
 * signing out brings the login screen back.
 *
 * Credentials come from the environment, so run.mjs calls this in one line:
 *   ACTA_E2E_FACULTY_USER, ACTA_E2E_FACULTY_PASSWORD (a faculty account with at least two rows),
 *   ACTA_E2E_HR_TOKEN (an API token). Without them the flow is skipped, saying so.
 */
export async function facultyFlow({ browser, base, shots, timeout, log }) {
  const user = process.env.ACTA_E2E_FACULTY_USER;
  const password = process.env.ACTA_E2E_FACULTY_PASSWORD;
  const hrToken = process.env.ACTA_E2E_HR_TOKEN;
  if (!user || !password || !hrToken) {
    log('faculty flow skipped: ACTA_E2E_FACULTY_USER, ACTA_E2E_FACULTY_PASSWORD, ACTA_E2E_HR_TOKEN not set');
    return;
  }
  const check = (condition, message) => {
    if (!condition) throw new Error(`faculty flow: ${message}`);
  };
  const api = new URL('api/v1/', base).toString();
  /** HR's pull of the rows changed after `since`, every page. */
  async function hrPull(since) {
    const rows = [];
    let cursor = null;
    let version = since;
    do {
      const query = new URLSearchParams({ since: String(since), limit: '1000' });
      if (cursor) query.set('cursor', cursor);
      const response = await fetch(`${api}table?${query}`, {
        headers: { Authorization: `Bearer ${hrToken}`, Accept: 'application/json' },
      });
      check(response.status === 200, `HR's pull answers 200, not ${response.status}`);
      const page = await response.json();
      rows.push(...page.rows);
      version = page.version;
      cursor = page.nextCursor;
    } while (cursor);
    return { version, rows };
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(base + '#/mine');
    await page.waitForSelector('[data-testid=login-form]');
    await page.screenshot({ path: `${shots}/login.png`, fullPage: true });
    // Signing in with the keyboard: the user name field has focus, Tab to the password, Enter.
    await page.keyboard.type(user);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=signed-in]');
    const navigation = await page.textContent('nav');
    check(navigation.includes('我的成果') && !navigation.includes('导入'),
      `a faculty member sees My publications only: ${navigation}`);
    await page.waitForSelector('[data-testid=my-rows] > li');
    const items = page.locator('[data-testid=my-rows] > li');
    const count = await items.count();
    check(count >= 2, `the faculty member has at least two rows (${count})`);
    const first = await items.nth(0).getAttribute('data-row-id');
    const second = await items.nth(1).getAttribute('data-row-id');
    log(`faculty ${user}: ${count} rows; confirming ${first}, rejecting ${second}`);

    // A request with the session cookie but without the CSRF header is refused.
    const forged = await page.evaluate(async (rowId) => {
      const r = await fetch(`api/v1/me/publications/${rowId}/confirm`, { method: 'POST' });
      return r.status;
    }, first);
    check(forged === 403, `a cookie request without X-CSRF-Token is refused with 403, not ${forged}`);

    const before = (await hrPull(0)).version;

    await items.nth(0).locator('button:has-text("确认")').click();
    await page.waitForSelector(`[data-row-id="${first}"][data-status=confirmed]`);
    await items.nth(1).locator('button:has-text("不是我的")').click();
    await items.nth(1).locator('select[name=reasonCode]').selectOption('wrong_unit');
    await items.nth(1).locator('input[name=comment]').fill('我已调到另一个学院');
    await items.nth(1).locator('button:has-text("提交异议")').click();
    await page.waitForSelector(`[data-row-id="${second}"][data-status=disputed]`);

    // The row HR gets, as the page shows it, says confirmed.
    await items.nth(0).locator('summary').click();
    const shownStatus = await items.nth(0)
      .locator('.hr-row tr:has(code:text-is("status")) td').textContent();
    check(shownStatus === 'confirmed', `the HR row on the page says confirmed, not ${shownStatus}`);
    await page.screenshot({ path: `${shots}/my-publications.png`, fullPage: true });

    // HR's incremental pull returns exactly those two rows, with the people's answers.
    const changed = await hrPull(before);
    const byId = Object.fromEntries(changed.rows.map((r) => [r.row_id, r]));
    check(changed.rows.length === 2 && byId[first] && byId[second],
      `HR's pull since ${before} holds exactly the two decided rows: ${changed.rows.map((r) => r.row_id)}`);
    check(byId[first].status === 'confirmed', `HR gets ${first} confirmed, not ${byId[first].status}`);
    check(byId[second].status === 'disputed', `HR gets ${second} disputed, not ${byId[second].status}`);
    log(`HR's pull since ${before}: ${first} confirmed, ${second} disputed`);

    await page.locator('button:has-text("退出登录")').click();
    await page.waitForSelector('[data-testid=login-form]');
    const after = await page.evaluate(async () => (await fetch('api/v1/me/publications')).status);
    check(after === 401, `after signing out the API answers 401, not ${after}`);
    check(errors.length === 0, `no script errors in the page: ${errors.join('; ')}`);
    log('faculty flow passed');
  } finally {
    await context.close();
  }
}
