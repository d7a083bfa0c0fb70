#!/usr/bin/env node
/**
 * Screenshots of every screen of a running `acta serve --demo`, for the README: run on demand,
 * not in CI.
 *
 *   ./acta serve --demo --port 18231 --data-dir /tmp/acta-demo &
 *   cd admin-web && node e2e/screenshots.mjs --base http://localhost:18231/ --out ../docs/screenshots
 *
 * It signs in with each demo account in turn (the README lists them) and collects the screens
 * each one's navigation offers, so a new screen is photographed without touching this script.
 * Each screen is taken once, by the first account that sees it, full page, in Chinese (the
 * default); the first screen is also taken in English. Chinese needs a CJK font on the machine
 * (Debian: apt-get install fonts-noto-cjk), or the characters come out as boxes.
 *
 * Signing in: every request carries the account's HTTP Basic credentials, and when the app shows
 * a sign-in form (a password field) the script fills it in, so it works before and after the
 * web UI has its own login.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:8080/' },
    out: { type: 'string', default: '../docs/screenshots' },
    chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '60000' },
  },
});
const base = opts.base.endsWith('/') ? opts.base : opts.base + '/';
const out = resolve(opts.out);
mkdirSync(out, { recursive: true });

/** The demo accounts, most privileged first (deploy's DemoAccounts; README lists them). */
const ACCOUNTS = [
  { username: 'admin', password: 'demo-admin' },
  { username: 'staff', password: 'demo-staff' },
  { username: 'secretary', password: 'demo-secretary' },
  { username: 'faculty', password: 'demo-faculty', person: 'S1001' },
  { username: 'student', password: 'demo-student', person: 'G2001' },
];

/**
 * What to do on a screen before its picture so that it shows something: optional, by route, and
 * only reading (the script changes no data). A screen without an entry is photographed as it opens.
 */
const PREPARE = {
  // The screen asks whose publications to show when it does not know the signed-in person.
  mine: async (page, account) => {
    const ask = page.getByLabel('工号或学号');
    if (account.person && (await ask.count()) > 0) {
      await ask.first().fill(account.person);
      await ask.first().press('Enter');
      await page.waitForTimeout(1500);
    }
  },
  dictionaries: async (page) => {
    const ask = page.getByLabel('工号或学号');
    if ((await ask.count()) > 0) {
      await ask.first().fill('S1001');
      await ask.first().press('Enter');
      await page.waitForTimeout(1000);
    }
  },
  // With two snapshots or more, show their difference.
  publish: async (page) => {
    const compare = page.locator('button', { hasText: '比较' });
    if ((await compare.count()) > 0 && (await compare.first().isEnabled())) {
      await compare.first().click();
      await page.waitForSelector('[data-testid=diff-summary]').catch(() => undefined);
    }
  },
};

const browser = await chromium.launch({
  executablePath: opts.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const log = (m) => console.log(`[screenshots] ${m}`);

/** Lets the screen finish its requests and drawing (charts animate). */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(800);
}

async function shoot(page, name) {
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  log(`${out}/${name}.png`);
}

/** Signs in through the app's form if it shows one; returns whether it did. */
async function signInIfAsked(page, account) {
  const password = page.locator('input[type=password]');
  if ((await password.count()) === 0) return false;
  const user = page.locator('input[autocomplete=username], input[name=username], input[type=text]');
  await user.first().fill(account.username);
  await password.first().fill(account.password);
  await password.first().press('Enter');
  await page.waitForFunction(() => !document.querySelector('input[type=password]'), null, {
    timeout: Number(opts.timeout),
  });
  return true;
}

/** The routes the navigation offers right now (#/route links). */
async function routes(page) {
  return page.$$eval('nav a[href^="#/"]', (links) =>
    links.map((a) => a.getAttribute('href').replace(/^#\//, '').split(/[/?]/)[0]),
  );
}

const taken = new Set();
let failed = false;
try {
  for (const account of ACCOUNTS) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'zh-CN',
      extraHTTPHeaders: {
        Authorization: 'Basic ' + Buffer.from(`${account.username}:${account.password}`).toString('base64'),
      },
    });
    context.setDefaultTimeout(Number(opts.timeout));
    const page = await context.newPage();
    await page.goto(base);
    await settle(page);
    if (!taken.has('login') && (await page.locator('input[type=password]').count()) > 0) {
      await shoot(page, 'login');
      taken.add('login');
    }
    await signInIfAsked(page, account);
    await page.waitForSelector('nav a[href^="#/"]');
    const offered = await routes(page);
    log(`${account.username}: ${offered.join(', ')}`);
    for (const route of offered) {
      if (taken.has(route)) continue;
      await page.goto(`${base}#/${route}`);
      await settle(page);
      await PREPARE[route]?.(page, account);
      await settle(page);
      await shoot(page, route);
      taken.add(route);
      if (taken.size === 1 || (taken.has('login') && taken.size === 2)) {
        // The first screen in English too, to show the language switch.
        await page.selectOption('[data-testid=language]', 'en');
        await settle(page);
        await shoot(page, `${route}-en`);
        await page.selectOption('[data-testid=language]', 'zh-CN');
      }
    }
    await context.close();
  }
  log(`${taken.size} screens`);
} catch (e) {
  failed = true;
  console.error(`[screenshots] FAILED: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
