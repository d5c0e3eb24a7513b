// Loads HTML pages from disk in headless Chromium (Debian's /usr/bin/chromium, over the
// DevTools protocol; no npm packages) and prints, per page, one tab-separated line:
//   path  load_to_idle_ms  dom_nodes  elements
// load_to_idle_ms: from navigation start to the first idle period after the load event
// (scripts run, charts drawn), read from the page's own clock (performance.now()).
// Usage: node --experimental-websocket bench/page-metrics.mjs [--runs N] PAGE.html...
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let runs = 1;
if (args[0] === '--runs') { runs = Number(args[1]); args.splice(0, 2); }
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'pystats-metrics-'));
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0',
  `--user-data-dir=${profile}`, '--window-size=1440,1000', 'about:blank'], { stdio: 'ignore' });

const sleep = ms => new Promise(r => setTimeout(r, ms));
let port;
for (let i = 0; i < 200 && !port; i++) {
  const f = join(profile, 'DevToolsActivePort');
  if (existsSync(f)) { port = readFileSync(f, 'utf8').split('\n')[0]; } else { await sleep(100); }
}
if (!port) { console.error('chromium did not start'); browser.kill(); process.exit(1); }
const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const ws = new WebSocket(targets.find(t => t.type === 'page').webSocketDebuggerUrl);
await new Promise(r => ws.addEventListener('open', r));
let nextId = 1;
const pending = new Map();
const waiters = [];
ws.addEventListener('message', e => {
  const m = JSON.parse(e.data);
  if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  else if (m.method) { for (const w of waiters.filter(w => w.method === m.method)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m); } }
});
const send = (method, params = {}) => new Promise(r => { const id = nextId++; pending.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
const once = method => new Promise(resolve => waiters.push({ method, resolve }));
const evaluate = async expression => (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result.result.value;

await send('Page.enable');
for (const page of args) {
  const times = [];
  let nodes = 0, elements = 0;
  for (let run = 0; run < runs; run++) {
    const loaded = once('Page.loadEventFired');
    await send('Page.navigate', { url: pathToFileURL(resolve(page)).href });
    await loaded;
    times.push(await evaluate('new Promise(r => requestIdleCallback(() => r(performance.now()), { timeout: 60000 }))'));
    nodes = await evaluate('(() => { const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); let n = 1; while (w.nextNode()) n++; return n; })()');
    elements = await evaluate('document.getElementsByTagName("*").length');
  }
  times.sort((a, b) => a - b);
  console.log([page, Math.round(times[Math.floor(times.length / 2)]), nodes, elements].join('\t'));
}
ws.close();
browser.kill();
await sleep(200);
rmSync(profile, { recursive: true, force: true });
