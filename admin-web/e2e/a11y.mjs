/**
 * Accessibility of every screen for every role, in chromium: each account signs in on the login
 * screen, then every screen its navigation offers is checked with axe-core (WCAG 2.1 A and AA
 * rules: names and labels of controls, contrast of text, ARIA, tables, ...) and with the keyboard
 * (no positive tabindex, nothing that looks clickable without being focusable, and every visible
 * control reached by Tab). Serious and critical axe violations fail the run; others are printed.
 *
 * Accounts: `staff` ({user, password}, the run's own account) and, from the environment,
 * ACTA_E2E_A11Y_ACCOUNTS ("role:user:password;...") and the faculty flow's ACTA_E2E_FACULTY_USER
 * and ACTA_E2E_FACULTY_PASSWORD. run.mjs calls this in one line.
 */
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FAILING = new Set(['serious', 'critical']);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The accounts to check, one per role where the environment names one. */
function accounts(staff) {
  const list = [];
  if (staff?.user) list.push({ role: 'staff', user: staff.user, password: staff.password });
  for (const entry of (process.env.ACTA_E2E_A11Y_ACCOUNTS ?? '').split(';').filter(Boolean)) {
    const [role, user, ...password] = entry.split(':');
    list.push({ role, user, password: password.join(':') });
  }
  if (process.env.ACTA_E2E_FACULTY_USER) {
    list.push({
      role: 'faculty',
      user: process.env.ACTA_E2E_FACULTY_USER,
      password: process.env.ACTA_E2E_FACULTY_PASSWORD,
    });
  }
  return list;
}

/** axe-core's serious and critical violations on the page as it is now (and the others, printed). */
async function axeProblems(page, screen, log) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(
    async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      if (result.passes.length === 0) throw new Error('axe checked nothing');
      return result.violations
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    TAGS,
  );
  const problems = [];
  for (const v of violations) {
    const text = `${screen}: axe ${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 5).join(' | ')}`;
    if (FAILING.has(v.impact)) problems.push(text);
    else log(`a11y warning: ${text}`);
  }
  return problems;
}

/** Keyboard problems: positive tabindex, click-only look-alikes, controls Tab never reaches. */
async function keyboardProblems(page, screen) {
  const marked = await page.evaluate(() => {
    const out = { problems: [], count: 0 };
    const describe = (el) => el.outerHTML.slice(0, 100);
    for (const el of document.querySelectorAll('[tabindex]')) {
      if (Number(el.getAttribute('tabindex')) > 0) out.problems.push(`positive tabindex: ${describe(el)}`);
    }
    const interactive = 'a[href], button, input, select, textarea, summary, label, option, [tabindex]';
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest(interactive) || el.closest('[aria-hidden="true"], [hidden]')) continue;
      if (getComputedStyle(el).cursor === 'pointer') {
        out.problems.push(`looks clickable but is not focusable: ${describe(el)}`);
      }
    }
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]):not([type=radio]),'
      + ' select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll(focusable)) {
      if (el.closest('[aria-hidden="true"], [inert]') || el.getClientRects().length === 0) continue;
      el.setAttribute('data-a11y-control', String(out.count++));
    }
    return out;
  });
  const problems = marked.problems.map((p) => `${screen}: ${p}`);
  // Start the walk at the top of the page: focus an element placed before everything (not itself in the
  // Tab order); blur() alone would leave Chrome's starting point where the screen last put focus.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'a11y-walk-start';
    document.body.prepend(start);
    start.focus();
  });
  const reached = new Set();
  let last = -1;
  let wrapped = false;
  for (let i = 0; i < 600 && !wrapped; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-a11y-control'));
    if (id == null) continue; // unmarked: added after the marking, or outside the page
    const n = Number(id);
    wrapped = reached.has(n) && n <= last;
    reached.add(n);
    last = Math.max(last, n);
  }
  // A walk that did not come round (a very long screen) checks the controls up to the last one reached.
  const end = wrapped ? marked.count - 1 : last;
  const missed = await page.evaluate(
    ({ seen, upTo }) =>
      Array.from(document.querySelectorAll('[data-a11y-control]'))
        .filter((el) => Number(el.getAttribute('data-a11y-control')) <= upTo
          && !seen.includes(Number(el.getAttribute('data-a11y-control'))))
        .map((el) => el.outerHTML.slice(0, 100)),
    { seen: [...reached], upTo: end },
  );
  for (const m of missed) problems.push(`${screen}: not reached with Tab: ${m}`);
  await page.evaluate(() => {
    document.querySelectorAll('[data-a11y-control]').forEach((el) => el.removeAttribute('data-a11y-control'));
    document.getElementById('a11y-walk-start')?.remove();
  });
  return problems;
}

/** Waits until the screen has loaded what it shows (no loading text, no pending request). */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
}

export async function a11yFlow({ browser, base, timeout, log, staff }) {
  const problems = [];
  const list = accounts(staff);
  let loginChecked = false;
  for (const account of list) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    try {
      await page.goto(base);
      await page.waitForSelector('[data-testid=login-form]');
      if (!loginChecked) {
        problems.push(...(await axeProblems(page, 'login', log)), ...(await keyboardProblems(page, 'login')));
        loginChecked = true;
      }
      await page.fill('input[name=username]', account.user);
      await page.fill('input[name=password]', account.password);
      await page.press('input[name=password]', 'Enter');
      await page.waitForSelector('nav a');
      const routes = await page.$$eval('nav a', (links) => links.map((a) => a.getAttribute('href')));
      for (const route of routes) {
        const screen = `${account.role} ${route}`;
        await page.goto(new URL(route, base).toString());
        await settle(page);
        problems.push(...(await axeProblems(page, screen, log)), ...(await keyboardProblems(page, screen)));
      }
      log(`a11y: ${account.role} (${routes.length} screens) checked`);
    } finally {
      await context.close();
    }
  }
  if (list.length === 0) log('a11y: no account to sign in with; only nothing checked');
  if (problems.length > 0) throw new Error(`accessibility:\n  ${problems.join('\n  ')}`);
}
