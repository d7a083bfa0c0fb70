/**
 * Accounts in the browser, as an admin: signs in through the university's single sign-on when the
 * test has arranged it (the provider's next ID token names the admin), else with the admin's
 * password; then, with the keyboard alone, creates a local account whose generated password is
 * shown once, disables it (its password stops working), enables it, resets its password, and reads
 * the recorded history (who made each change).
 *
 * Environment, so run.mjs calls this in one line: ACTA_E2E_ADMIN_USER, ACTA_E2E_ADMIN_PASSWORD (an
 * admin account), ACTA_E2E_SSO=1 when the provider's next sign-in is the admin. Without the admin
 * the flow is skipped, saying so.
 */
export async function accountsFlow({ browser, base, shots, timeout, log, tabTo, navigate, checkLabels }) {
  const user = process.env.ACTA_E2E_ADMIN_USER;
  const password = process.env.ACTA_E2E_ADMIN_PASSWORD;
  if (!user || !password) {
    log('accounts flow skipped: ACTA_E2E_ADMIN_USER, ACTA_E2E_ADMIN_PASSWORD not set');
    return;
  }
  const check = (condition, message) => {
    if (!condition) throw new Error(`accounts flow: ${message}`);
  };
  const api = new URL('api/v1/', base).toString();
  /** The status of GET /auth/me with these credentials. */
  const signInStatus = async (name, secret) =>
    (await fetch(`${api}auth/me`, {
      headers: { Authorization: 'Basic ' + Buffer.from(`${name}:${secret}`).toString('base64') },
    })).status;

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(base);
    await page.waitForSelector('[data-testid=login-form]');
    const sso = page.locator('[data-testid=sso-login]');
    if (process.env.ACTA_E2E_SSO) {
      await sso.waitFor();
      check((await sso.textContent()).startsWith('使用'), 'the single sign-on link is in Chinese');
      await checkLabels(page, 'login');
      // the link comes before the form: Tab back from the focused user name field to reach it
      await page.keyboard.press('Shift+Tab');
      check((await page.evaluate(() => document.activeElement?.dataset?.testid)) === 'sso-login',
        'the single sign-on link is reachable with the keyboard');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=signed-in]');
      log(`signed in through single sign-on as ${user}`);
    } else {
      await page.keyboard.type(user);
      await page.keyboard.press('Tab');
      await page.keyboard.type(password);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=signed-in]');
    }

    await navigate(page, '账户', 'accounts');
    await page.waitForSelector('[data-testid=accounts] tbody tr');
    await checkLabels(page, 'accounts');

    const name = `e2e-${Date.now().toString(36)}`;
    await tabTo(page, '用户名', 'input');
    await page.keyboard.type(name);
    await tabTo(page, '创建账户', 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=account-password] code');
    const first = await page.textContent('[data-testid=account-password] code');
    check(first.length >= 16, 'a generated password is shown');
    check((await signInStatus(name, first)) === 200, 'the generated password signs in');
    await page.waitForSelector(`[data-testid=accounts] tr[data-username="${name}"]`);

    await tabTo(page, `管理 ${name}`, 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=account-panel]');
    await checkLabels(page, 'account panel');
    await tabTo(page, `停用 ${name}`, 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`tr[data-username="${name}"] >> text=/起停用/`);
    check((await signInStatus(name, first)) === 401, 'a disabled account does not sign in');
    // the same button, relabelled, keeps the focus
    check((await page.evaluate(() => document.activeElement?.textContent)) === `启用 ${name}`,
      'the focus stays on the button, now labelled to enable');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`tr[data-username="${name}"] >> text=启用`);
    check((await signInStatus(name, first)) === 200, 'enabled again');

    await tabTo(page, '重置密码', 'button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (old) => {
        const code = document.querySelector('[data-testid=account-password] code');
        return code && code.textContent !== old;
      },
      first,
    );
    const second = await page.textContent('[data-testid=account-password] code');
    check((await signInStatus(name, first)) === 401, 'the old password no longer signs in');
    check((await signInStatus(name, second)) === 200, 'the new password signs in');

    await page.waitForFunction(() => document.querySelectorAll('[data-testid=account-events] li').length >= 4);
    const history = await page.locator('[data-testid=account-events] li').allTextContents();
    check(history.length === 4, `four changes recorded: ${history.join(' | ')}`);
    check(history.every((line) => line.includes(user)), `each names the admin: ${history.join(' | ')}`);
    await page.screenshot({ path: `${shots}/accounts.png`, fullPage: true });
    check(errors.length === 0, `no script errors: ${errors.join('; ')}`);
    log(`accounts flow: created, disabled, enabled and reset ${name}`);
  } finally {
    await context.close();
  }
}
