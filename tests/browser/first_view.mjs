// The page's first view on a (large) database: node first_view.mjs --mizan M --db DB --web DIR [--runs 3]
//   or --url http://127.0.0.1:8080/ for a running server. Each run opens a fresh browser context (empty cache) and times navigation start -> the view's data
// drawn (main[data-ready=1]) for the network, a dyad and the evidence list. Prints JSON.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../../web/package.json'));
const { chromium } = require('playwright-core');

// --url: time a server that is already running (and warm) instead of starting one.
const server = args.url ? { url: args.url, p: { kill() {} } } : await new Promise((resolve, reject) => {
  const p = spawn(args.mizan, ['serve', '--db', args.db, '--port', '0', '--web', args.web, '--threads', '4'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  p.stdout.on('data', (d) => { const m = /(http:\/\/\S+)/.exec(String(d)); if (m) resolve({ p, url: m[1] }); });
  p.on('exit', (c) => reject(new Error(`mizan serve exited ${c}`)));
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const results = [];
try {
  for (let run = 0; run < Number(args.runs ?? 3); ++run) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const row = {};
    for (const [name, hash] of [['network', '#/network'], ['dyad', '#/dyad?source=USA&target=RUS'], ['evidence', '#/evidence?actor=LBY']]) {
      await page.goto('about:blank');
      await page.goto(server.url + hash);
      await page.waitForSelector('main[data-ready="1"]', { timeout: 120000 });
      row[name] = await page.evaluate(() => Math.round(performance.now()));
      if (await page.locator('main .error').count()) row[`${name}_error`] = await page.textContent('main .error');
    }
    results.push(row);
    await ctx.close();
  }
} finally {
  await browser.close();
  server.p.kill('SIGTERM');
}
console.log(JSON.stringify(results));
