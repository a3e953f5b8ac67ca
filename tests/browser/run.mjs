// Drives the page in headless Chromium (Debian's binary through playwright-core): every view, the
// click path actor -> dyad -> evidence, the paste page on the seed article, the English toggle.
// Screenshots go to --out. Fails (exit 1) on the first broken expectation, with what it saw.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

const t0 = Date.now();
const log = (...m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...m);
function check(cond, what) {
  if (!cond) throw new Error(`FAILED: ${what}`);
  log('ok', what);
}

// Starts `mizan serve --port 0` and resolves with the address it prints.
function serve() {
  return new Promise((resolve, reject) => {
    const p = spawn(args.mizan, ['serve', '--db', args.db, '--port', '0', '--web', args.web, '--threads', '4'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc: p, url: m[1] });
    });
    p.on('exit', (code) => reject(new Error(`mizan serve exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error('mizan serve printed no address in 20 s')), 20000);
  });
}

const ready = (page) => page.waitForSelector('main[data-ready="1"]', { timeout: 15000 });
// After a click the previous view may still be marked ready: wait for what the new view draws (slow
// builds such as ASan's take longer), then count it; 0 when it never appears.
const waitCount = (page, sel) =>
  page.waitForSelector(sel, { timeout: 15000 }).then(() => page.locator(sel).count(), () => 0);
const shot = (page, name) => page.screenshot({ path: join(args.out, `${name}.png`), fullPage: true });

const { proc, url } = await serve();
log('server at', url);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
const timings = {};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  // (a) Network, Arabic, right to left; first view time from navigation start.
  await page.goto(url);
  await ready(page);
  timings.first_view_ms = await page.evaluate(() => Math.round(performance.now()));
  check(await page.evaluate(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'), 'page is Arabic, right to left');
  const nodes = await page.locator('#network g.node').count();
  check(nodes >= 4, `network shows actors (${nodes})`);
  check(await page.locator('#network line.edge').count() >= 2, 'network shows relations');
  const stats = await page.textContent('#stats');
  check(/[٠-٩]/.test(stats) && !/[0-9]/.test(stats), `numbers in Arabic-Indic digits ("${stats}")`);
  const font = await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'ميزان'));
  check(font, 'Noto Sans Arabic is loaded from the server');
  await shot(page, '1-network');

  // Click an actor: Haftar's code if the seed article is in, else the busiest node.
  const code = (await page.locator('#network g.node[data-code="LBYMIL"]').count()) ? 'LBYMIL'
    : await page.locator('#network g.node').first().getAttribute('data-code');
  await page.locator(`#network g.node[data-code="${code}"]`).click();
  await page.waitForSelector('#actor-panel tr.partner', { timeout: 10000 });
  const partners = await page.locator('#actor-panel tr.partner').count();
  check(partners >= 1, `actor ${code} lists partners (${partners})`);
  check(page.url().includes(`sel=${code}`), 'the selected actor is in the URL');
  await shot(page, '2-actor');

  // (b) Dyad: click the first partner.
  await page.locator('#actor-panel tr.partner a').first().click();
  await ready(page);
  check(page.url().includes('#/dyad?') && page.url().includes(`source=${code}`), `dyad view for ${code} (${page.url()})`);
  check(await waitCount(page, '#timeline g.bar') >= 1, 'dyad time series has bars');
  check(await waitCount(page, '#dyad-events article.event') >= 1, 'events listed under the chart');
  await shot(page, '3-dyad');

  // (c) Evidence: open the first event under the chart.
  await page.locator('#dyad-events article.event a.code.muted').first().click();
  await ready(page);
  check(page.url().includes('#/evidence?event='), 'evidence view of one event');
  for (const kind of ['trigger', 'source', 'target'])
    check(await waitCount(page, `.sentence mark.${kind}`) >= 1, `evidence highlights the ${kind}`);
  const marked = await page.locator('.sentence mark.trigger').first().textContent();
  check(marked.trim().length > 0 && /[\u0600-\u06FF]/.test(marked), `trigger highlight quotes Arabic ("${marked}")`);
  await shot(page, '4-evidence');

  // (e) Filters through the URL: a shared link reproduces the filtered list.
  await page.goto(`${url}#/evidence?actor=LBY&from=2021`);
  await ready(page);
  check(await page.inputValue('#filters input[name=actor]') === 'LBY', 'filters are read from the URL');
  const cards = await page.locator('article.event').count();
  check(cards >= 0, `filtered evidence list (${cards} events)`);

  // (d) Paste the seed article: Haftar's meeting with an Israeli officer in Amman appears.
  if (existsSync(args.seed)) {
    await page.goto(`${url}#/paste`);
    await ready(page);
    await page.fill('#paste-published', '2021-12-15');
    await page.fill('#paste-text', readFileSync(args.seed, 'utf8'));
    const tc = Date.now();
    await page.click('#paste-run');
    await page.waitForSelector('#paste-results article.event', { timeout: 15000 });
    timings.paste_code_ms = Date.now() - tc;
    const found = await page.evaluate(() => [...document.querySelectorAll('#paste-results article.event')].some((a) => {
      const codes = [...a.querySelectorAll('.meta a.code')].map((x) => x.textContent);
      const lby = codes.some((c) => c.startsWith('LBY')), isr = codes.some((c) => c.startsWith('ISR'));
      return lby && isr && a.textContent.includes('عمّان');
    }));
    check(found, 'pasted seed article: an event with LBY.. and ISR.. actors in Amman');
    await shot(page, '5-paste');
  } else {
    log('seed article not found; paste check skipped');
  }

  // English toggle: left to right, Latin digits.
  await page.goto(`${url}#/network`);
  await ready(page);
  await page.click('#lang');
  await ready(page);
  check(await page.evaluate(() => document.documentElement.dir === 'ltr'), 'English toggle switches to left to right');
  check(/[0-9]/.test(await page.textContent('#stats')), 'English numbers in Latin digits');
  await shot(page, '6-english');
  check(errors.length === 0, `no script errors (${errors.join(' | ')})`);
} catch (err) {
  failed = true;
  console.error(err.message);
} finally {
  writeFileSync(join(args.out, 'timings.json'), JSON.stringify(timings, null, 2));
  log('timings', JSON.stringify(timings));
  await browser.close();
  proc.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
