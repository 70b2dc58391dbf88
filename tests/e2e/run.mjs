#!/usr/bin/env node
// End-to-end tests of the browser app in headless Chromium (playwright-core + the system chromium).
//   node tests/e2e/run.mjs [--only NAME[,NAME]] [--skip-large] [--headed]
// Assumes `www/build.sh` has run (www/pkg/). Starts its own static server on 127.0.0.1 (free port),
// compares what the page shows with the CLI's JSON for the same input (PRODGAP_BIN, else
// $CARGO_TARGET_DIR|target/release/prodgap, else `cargo run --release -q --`), records every request,
// and saves screenshots to tests/e2e/artifacts/. Exits non-zero on any failure.

import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../www/serve.mjs';
import { appZip, hostileZip, largeZip, HOSTILE_NAMES, SAMPLE_DIR } from './fixtures.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ART = join(ROOT, 'tests/e2e/artifacts');
const WORK = mkdtempSync(join(tmpdir(), 'prodgap-e2e-'));
const args = process.argv.slice(2);
const ONLY = (() => { const i = args.indexOf('--only'); return i >= 0 ? args[i + 1].split(',') : null; })();
const SKIP_LARGE = args.includes('--skip-large');
mkdirSync(ART, { recursive: true });

// -----------------------------------------------------------------------------------------------
// Harness.

const results = [];
const metrics = {};
const tests = [];
function test(name, fn) { tests.push({ name, fn }); }
class AssertionError extends Error {}
function assert(cond, msg) { if (!cond) throw new AssertionError(msg); }
function eq(a, b, msg) {
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  if (ja !== jb) throw new AssertionError(`${msg}\n      got:      ${ja.slice(0, 600)}\n      expected: ${jb.slice(0, 600)}`);
}
const log = (...a) => console.log(...a);

// -----------------------------------------------------------------------------------------------
// The CLI, for the expected results.

function findCli() {
  if (process.env.PRODGAP_BIN) return [process.env.PRODGAP_BIN];
  for (const td of [process.env.CARGO_TARGET_DIR, join(ROOT, 'target')]) {
    const bin = td && join(td, 'release', 'prodgap');
    if (bin && existsSync(bin)) return [bin];
  }
  return ['cargo', 'run', '--release', '-q', '--'];
}
const CLI = findCli();
function cli(cliArgs) {
  const r = spawnSync(CLI[0], [...CLI.slice(1), ...cliArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (${r.status}): ${CLI.join(' ')} ${cliArgs.join(' ')}\n${r.stderr}`);
  return r.stdout;
}
const cliJson = (path) => JSON.parse(cli(['scan', path, '--format', 'json', '--fail-on', 'none']));

// -----------------------------------------------------------------------------------------------
// Fixtures.

// -----------------------------------------------------------------------------------------------
// Browser, server, request recording.

const server = await startServer({ port: 0 });
const ORIGIN = server.url;
// A second origin (another port) serving a host page that embeds the widget from ORIGIN.
const HOST_DIR = join(WORK, 'host-site');
mkdirSync(HOST_DIR, { recursive: true });
const hostServer = await startServer({ port: 0, root: HOST_DIR, allowAll: true, csp: false });
const ALT_ORIGIN = hostServer.url;
const allowedOrigins = new Set([ORIGIN, ALT_ORIGIN]);
const offOrigin = []; // requests the guard aborted
const withBody = []; // requests that carried a body
const profile = mkdtempSync(join(tmpdir(), 'prodgap-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  headless: !args.includes('--headed'),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter'],
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
});
await context.route('**/*', async (route) => {
  const req = route.request();
  const url = new URL(req.url());
  if (req.postData() != null || !['GET', 'HEAD'].includes(req.method())) withBody.push({ url: req.url(), method: req.method() });
  if (url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
  if (!allowedOrigins.has(url.origin)) {
    offOrigin.push({ url: req.url(), method: req.method() });
    return route.abort('blockedbyclient');
  }
  return route.continue();
});
await context.addInitScript(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push({ directive: e.violatedDirective, uri: e.blockedURI }));
});

/** Opens a page and waits for the scanner to be ready; records what happens afterwards. */
async function open(path, { viewport, readySelector = 'html[data-ready="true"]', origin = ORIGIN } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const rec = { page, requests: [], errors: [], dialogs: [], readyAt: 0, serverMark: 0 };
  page.on('request', (r) => rec.requests.push({ url: r.url(), method: r.method(), t: Date.now() }));
  page.on('console', (m) => { if (m.type() === 'error') rec.errors.push(m.text()); });
  page.on('pageerror', (e) => rec.errors.push('pageerror: ' + e.message));
  page.on('dialog', (d) => { rec.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  const t0 = Date.now();
  await page.goto(origin + path);
  try {
    await page.waitForSelector(readySelector, { state: 'attached', timeout: 30000 });
  } catch (e) {
    throw new AssertionError(`${origin}${path} never became ready: ${e.message.split('\n')[0]}\n      console: ${rec.errors.join('\n               ')}`);
  }
  rec.loadMs = Date.now() - t0;
  rec.readyAt = Date.now();
  rec.serverMark = server.log.length;
  rec.offMark = offOrigin.length;
  rec.bodyMark = withBody.length;
  return rec;
}

/** Nothing went over the network after the page was ready (and nothing off-origin, ever). */
async function assertQuiet(rec, what) {
  const after = rec.requests.filter((r) => r.t >= rec.readyAt && !/^(blob|data):/.test(r.url));
  eq(after.map((r) => `${r.method} ${r.url}`), [], `${what}: page requests after load`);
  eq(server.log.slice(rec.serverMark).map((r) => `${r.method} ${r.path}`), [], `${what}: server hits after load`);
  eq(offOrigin.slice(rec.offMark), [], `${what}: requests to other origins`);
  eq(withBody.slice(rec.bodyMark), [], `${what}: requests with a body`);
  const csp = await rec.page.evaluate(() => window.__csp || []);
  eq(csp, [], `${what}: CSP violations`);
}

function assertNoErrors(rec, what, allow = []) {
  const errs = rec.errors.filter((e) => !allow.some((re) => re.test(e)));
  eq(errs, [], `${what}: console errors`);
}

async function waitDone(page, root = '[data-testid="scan-status"]', timeout = 120000) {
  await page.waitForSelector(`${root}[data-state="done"], ${root}[data-state="error"], ${root}[data-state="cancelled"]`, { state: 'attached', timeout });
  return page.getAttribute(root, 'data-state');
}

const domFindings = (page) => page.$$eval('[data-testid="finding"]', (els) => els.map((e) => ({
  rule: e.dataset.rule, category: e.dataset.category, severity: e.dataset.severity,
  file: e.dataset.file === '' ? null : e.dataset.file, line: e.dataset.line === '' ? null : Number(e.dataset.line),
})));

const key = (f) => `${f.rule}|${f.category}|${f.severity}|${f.file}|${f.line}`;
function compareFindings(dom, report, what) {
  const exp = report.findings.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, file: f.file, line: f.line }));
  const a = dom.map(key).sort();
  const b = exp.map(key).sort();
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    const missing = b.filter((x) => !a.includes(x));
    const extra = a.filter((x) => !b.includes(x));
    throw new AssertionError(`${what}: DOM findings differ from the CLI (${a.length} vs ${b.length})\n      missing: ${missing.slice(0, 8).join('\n               ')}\n      extra:   ${extra.slice(0, 8).join('\n               ')}`);
  }
}

async function shot(page, name, opts = {}) {
  const fullPage = opts.fullPage ?? true;
  const vp = page.viewportSize();
  const height = fullPage ? await page.evaluate(() => document.documentElement.scrollHeight) : vp.height;
  // Very tall pages (hundreds of findings) are cut: the screenshot is for looking at, not for checking.
  const clip = fullPage && height > 9000 ? { x: 0, y: 0, width: vp.width, height: 9000 } : undefined;
  await page.screenshot({ path: join(ART, `${name}.png`), fullPage, clip, animations: 'disabled', timeout: 60000 });
}

// -----------------------------------------------------------------------------------------------
// Tests.

let firstReadyMs = null;
const appZipPath = join(WORK, 'acme-crm.zip');
writeFileSync(appZipPath, appZip());

test('static: page source is safe (CSP meta, no inline script, no HTML sinks, no third-party URLs)', async () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  assert(csp, 'index.html has a CSP meta tag');
  for (const d of ["script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) {
    assert(csp[1].includes(d), `CSP has ${d}`);
  }
  assert(!/unsafe-inline|unsafe-eval'/.test(csp[1].replace("'wasm-unsafe-eval'", '')), 'CSP has no unsafe-inline / unsafe-eval');
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline <script>');
  assert(!/\sstyle=/i.test(html), 'no inline style attributes');
  assert(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
  assert(html.includes('<link rel="icon" href="data:,">'), 'data: favicon');
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  for (const u of urls) assert(!/^(https?:)?\/\//i.test(u), `no third-party asset in index.html: ${u}`);
  for (const f of readdirSync(join(ROOT, 'www')).filter((n) => n.endsWith('.js'))) {
    const src = readFileSync(join(ROOT, 'www', f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'srcdoc']) {
      assert(!src.includes(sink), `www/${f} does not use ${sink}`);
    }
  }
  for (const f of readdirSync(join(ROOT, 'www')).filter((n) => n.endsWith('.css'))) {
    const css = readFileSync(join(ROOT, 'www', f), 'utf8');
    assert(!/@import|url\(\s*['"]?https?:/i.test(css), `www/${f} loads nothing remote`);
  }
});

test('load: ready quickly, no errors, only same-origin requests', async () => {
  const rec = await open('/');
  const readyMs = Number(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-ready-ms'));
  firstReadyMs ??= readyMs;
  metrics.time_to_ready_ms = readyMs;
  metrics.ready_breakdown_ms = {
    fetch_and_compile: Number(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-load-ms')),
    instantiate_and_new_scanner: Number(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-init-ms')),
  };
  assert(readyMs > 0 && readyMs < 15000, `time to ready ${readyMs} ms`);
  eq(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-state'), 'ready', 'status is ready');
  const foreign = rec.requests.filter((r) => !r.url.startsWith(ORIGIN) && !/^(blob|data):/.test(r.url));
  eq(foreign, [], 'load requests are same-origin');
  assertNoErrors(rec, 'load');
  await rec.page.waitForTimeout(1500); // idle: nothing is fetched later (no polling, no lazy assets)
  await assertQuiet(rec, 'idle page');
  await shot(rec.page, '01-landing', { fullPage: false });
  // Second load (warm HTTP cache): time to ready again.
  await rec.page.reload();
  await rec.page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  metrics.time_to_ready_warm_ms = Number(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-ready-ms'));
  await rec.page.close();
});

test('zip upload: DOM findings equal the CLI JSON; verdict, score, checklist, exports', async () => {
  const expected = cliJson(appZipPath);
  const rec = await open('/');
  const t0 = Date.now();
  await rec.page.setInputFiles('input[type=file][data-testid="zip-input"]', appZipPath);
  eq(await waitDone(rec.page), 'done', 'scan state');
  log(`      zip scan + render: ${Date.now() - t0} ms, ${expected.findings.length} findings`);
  compareFindings(await domFindings(rec.page), expected, 'zip');
  eq(await rec.page.getAttribute('[data-testid="verdict"]', 'data-verdict'), expected.summary.verdict, 'verdict');
  const scoreText = await rec.page.textContent('.ring-score');
  eq(Number(scoreText), expected.summary.score, 'score');
  const checks = await rec.page.$$eval('[data-check]', (els) => els.map((e) => [e.dataset.check, e.dataset.status, Number(e.dataset.findings)]));
  eq(checks.length, 13, 'checklist items');
  const secrets = checks.find((c) => c[0] === 'secrets');
  const nSecrets = expected.findings.filter((f) => !f.suppressed && f.category.startsWith('secret.')).length;
  eq(secrets.slice(1), [nSecrets ? 'failed' : 'passed', nSecrets], 'secrets checklist item');
  const nEndpoints = await rec.page.$$eval('[data-testid="endpoint"]', (els) => els.length);
  eq(nEndpoints, expected.project.endpoints.length, 'endpoint rows');
  // Context with the finding's line highlighted.
  await rec.page.click('text=Expand all');
  const hits = await rec.page.$$eval('.ln.hit', (els) => els.length);
  assert(hits >= expected.findings.filter((f) => f.context).length, `highlighted lines (${hits})`);
  // Filters.
  await rec.page.fill('[data-testid="filter-search"]', 'jwt');
  await rec.page.waitForTimeout(300);
  const visible = await rec.page.$$eval('[data-testid="finding"]', (els) => els.filter((e) => !e.hidden).map((e) => e.dataset.rule));
  assert(visible.length > 0 && visible.length < expected.findings.length, `search filter shows a subset (${visible.length})`);
  await rec.page.fill('[data-testid="filter-search"]', '');
  await rec.page.click('.chip-toggle[data-sev="critical"]');
  await rec.page.waitForTimeout(100);
  const nonCrit = await rec.page.$$eval('[data-testid="finding"]', (els) => els.filter((e) => !e.hidden && e.dataset.severity === 'critical').length);
  eq(nonCrit, 0, 'severity filter hides critical');
  await rec.page.click('.chip-toggle[data-sev="critical"]');
  // Exports through render(): JSON equals the CLI's findings; SARIF 2.1.0; Markdown.
  const dl = async (testid) => {
    const [d] = await Promise.all([rec.page.waitForEvent('download'), rec.page.click(`[data-testid="${testid}"]`)]);
    return readFileSync(await d.path(), 'utf8');
  };
  const json = JSON.parse(await dl('export-json'));
  eq(json.schema, 'prodgap.report/1', 'JSON export schema');
  eq(json.findings.map(key).sort(), expected.findings.map(key).sort(), 'JSON export findings');
  const sarif = JSON.parse(await dl('export-sarif'));
  eq(sarif.version, '2.1.0', 'SARIF version');
  const md = await dl('export-markdown');
  assert(md.length > 100 && md.includes('#'), 'Markdown export');
  await rec.page.click('text=Collapse all');
  await shot(rec.page, '02-zip-report');
  await rec.page.emulateMedia({ media: 'print' });
  await shot(rec.page, '03-print-view', { fullPage: false });
  await rec.page.emulateMedia({ media: 'screen' });
  await assertQuiet(rec, 'zip scan');
  assertNoErrors(rec, 'zip scan');
  await rec.page.close();
});

test('folder input (webkitdirectory) equals the CLI on the same folder (vendored dirs skipped)', async () => {
  const dir = join(WORK, 'folder-app');
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules/leftpad'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/leftpad/index.js'), 'const k = "sk-proj-Nm4vN8xR2kL7tY5wZ9cB4gH6jF1pS0dA8eU3iO7uYtRmXq2LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ7x";\n');
  const expected = cliJson(dir);
  const rec = await open('/');
  await rec.page.setInputFiles('input[data-testid="folder-input"]', dir);
  eq(await waitDone(rec.page), 'done', 'scan state');
  compareFindings(await domFindings(rec.page), expected, 'folder');
  assert(!(await domFindings(rec.page)).some((f) => (f.file || '').startsWith('node_modules/')), 'node_modules not scanned');
  await assertQuiet(rec, 'folder scan');
  await rec.page.close();
});

test('drag and drop a zip onto the drop zone', async () => {
  const expected = cliJson(appZipPath);
  const rec = await open('/');
  const b64 = readFileSync(appZipPath).toString('base64');
  const dt = await rec.page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const t = new DataTransfer();
    t.items.add(new File([bytes], 'dropped.zip', { type: 'application/zip' }));
    return t;
  }, b64);
  await rec.page.dispatchEvent('#dropzone', 'dragenter', { dataTransfer: dt });
  await rec.page.dispatchEvent('#dropzone', 'drop', { dataTransfer: dt });
  eq(await waitDone(rec.page), 'done', 'scan state');
  compareFindings(await domFindings(rec.page), expected, 'dropped zip');
  await assertQuiet(rec, 'drop');
  await rec.page.close();
});

test('paste: findings for pasted code equal the CLI on the same file', async () => {
  const name = 'server/auth.js';
  const code = `const jwt = require("jsonwebtoken");\nconst openaiKey = "sk-proj-Pq4vN8xR2kL7tY5wZ9cB4gH6jF1pS0dA8eU3iO7uYtRmXq2LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ7x";\n\nexport function issue(user) {\n  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET);\n}\n`;
  const dir = join(WORK, 'paste');
  mkdirSync(join(dir, 'server'), { recursive: true });
  writeFileSync(join(dir, name), code);
  const expected = cliJson(join(dir, name));
  const rec = await open('/?tab=paste');
  await rec.page.fill('#paste-name', name);
  await rec.page.fill('[data-testid="paste-input"]', code);
  await rec.page.click('[data-testid="paste-scan"]');
  eq(await waitDone(rec.page), 'done', 'scan state');
  const dom = await domFindings(rec.page);
  const rules = dom.map((f) => f.rule);
  assert(rules.includes('jwt-sign-without-expiry') && rules.includes('openai-api-key'), `paste findings: ${rules}`);
  const strip = (fs) => fs.map((f) => `${f.rule}|${f.severity}|${f.line}`).sort();
  eq(strip(dom), strip(expected.findings), 'paste findings equal the CLI (rule, severity, line)');
  // The masked key never appears in full in the DOM.
  const text = await rec.page.textContent('#report');
  assert(!text.includes('LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ7x'), 'secret is masked in the DOM');
  await shot(rec.page, '04-paste-report');
  await assertQuiet(rec, 'paste scan');
  assertNoErrors(rec, 'paste scan');
  await rec.page.close();
});

test('sample demo: "Try the sample prototype" equals the CLI on www/sample', async () => {
  const expected = cliJson(SAMPLE_DIR);
  const rec = await open('/');
  await rec.page.click('[data-testid="sample-scan"]');
  eq(await waitDone(rec.page), 'done', 'scan state');
  compareFindings(await domFindings(rec.page), expected, 'sample');
  const rules = expected.findings.map((f) => f.rule);
  for (const r of ['openai-api-key', 'env-file-committed', 'gitignore-missing-env', 'jwt-sign-without-expiry']) assert(rules.includes(r), `sample triggers ${r}`);
  eq(await rec.page.getAttribute('[data-testid="verdict"]', 'data-verdict'), expected.summary.verdict, 'verdict');
  // The committed sample module is in sync with www/sample/.
  const r = spawnSync('node', [join(ROOT, 'www/gen-sample.mjs'), '--check'], { encoding: 'utf8' });
  eq(r.status, 0, `www/sample-project.js is up to date ${r.stderr}`);
  await shot(rec.page, '05-sample-report');
  await assertQuiet(rec, 'sample scan');
  await rec.page.close();
});

test('hostile zip: file names and contents render as text, nothing executes', async () => {
  const path = join(WORK, 'hostile.zip');
  writeFileSync(path, hostileZip());
  const expected = cliJson(path);
  const rec = await open('/');
  const scriptsBefore = await rec.page.$$eval('script', (s) => s.length);
  await rec.page.setInputFiles('input[data-testid="zip-input"]', path);
  eq(await waitDone(rec.page), 'done', 'scan state');
  compareFindings(await domFindings(rec.page), expected, 'hostile');
  await rec.page.click('text=Expand all');
  if (await rec.page.$('.skipped-details > summary')) await rec.page.click('.skipped-details > summary');
  await rec.page.hover('.finding', { timeout: 2000 }).catch(() => {});
  await rec.page.waitForTimeout(500);
  eq(rec.dialogs, [], 'no dialogs');
  eq(await rec.page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  eq(await rec.page.$$eval('script', (s) => s.length), scriptsBefore, 'no script elements added');
  eq(await rec.page.$$eval('#report img, #report iframe, #report svg[onload], #report b, #report [onerror], #report [onload], #report [onmouseover]', (e) => e.length), 0, 'no injected elements');
  const files = await rec.page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.file));
  const locText = await rec.page.$$eval('.finding-loc', (els) => els.map((e) => e.textContent).join('\n'));
  const shown = HOSTILE_NAMES.filter((n) => files.includes(n));
  assert(shown.length >= 1, `a hostile file name is a finding's file (${files})`);
  for (const n of shown) assert(locText.includes(n), `hostile name shown literally: ${n}`);
  const code = await rec.page.$$eval('.code-context', (els) => els.map((e) => e.textContent).join('\n'));
  assert(code.includes('<script>window.__pwned=4</script>') || code.includes('</code></pre><img'), 'hostile content shown literally');
  await shot(rec.page, '06-hostile-zip');
  await assertQuiet(rec, 'hostile zip');
  await rec.page.close();
});

test('corrupt and truncated zips: error state, then the page still works', async () => {
  const rec = await open('/');
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) & 0xff;
  await rec.page.setInputFiles('input[data-testid="zip-input"]', { name: 'corrupt.zip', mimeType: 'application/zip', buffer: junk });
  eq(await waitDone(rec.page), 'error', 'corrupt zip -> error state');
  assert(await rec.page.isVisible('[data-testid="scan-error"]'), 'error message visible');
  const msg = await rec.page.textContent('[data-testid="scan-error"]');
  assert(msg.length > 10, `error message: ${msg}`);
  await shot(rec.page, '07-corrupt-zip', { fullPage: false });
  const whole = readFileSync(appZipPath);
  await rec.page.setInputFiles('input[data-testid="zip-input"]', { name: 'truncated.zip', mimeType: 'application/zip', buffer: whole.subarray(0, Math.floor(whole.length / 2)) });
  const st = await waitDone(rec.page);
  assert(st === 'error' || st === 'done', `truncated zip -> ${st}`);
  await rec.page.click('[data-testid="sample-scan"]');
  eq(await waitDone(rec.page), 'done', 'sample scan after errors');
  assert((await domFindings(rec.page)).length > 0, 'findings after recovery');
  await assertQuiet(rec, 'corrupt zip');
  await rec.page.close();
});

test('worker crash (simulated wasm panic): error shown, fresh worker, no network on restart', async () => {
  const rec = await open('/?test=1');
  await rec.page.evaluate(() => window.__prodgapTest.crashScan());
  eq(await waitDone(rec.page), 'error', 'crash -> error state');
  const msg = await rec.page.textContent('[data-testid="scan-error"]');
  assert(/crashed/i.test(msg), `crash message: ${msg}`);
  eq(await rec.page.evaluate(() => window.__prodgapTest.restarts()), 1, 'worker restarted once');
  await rec.page.click('#tab-paste');
  await rec.page.fill('[data-testid="paste-input"]', 'const jwt = require("jsonwebtoken");\njwt.sign({ a: 1 }, "s");\n');
  await rec.page.fill('#paste-name', 'a.js');
  await rec.page.click('[data-testid="paste-scan"]');
  eq(await waitDone(rec.page), 'done', 'scan after crash');
  await assertQuiet(rec, 'crash restart');
  await rec.page.close();
});

test('widget: custom element on a host page (same origin, and cross-origin) plus iframe embed', async () => {
  const expected = cliJson(appZipPath);
  const rec = await open('/www/embed-example.html', { readySelector: '[data-testid="widget-status"][data-state="ready"]' });
  const frame = rec.page.frames().find((f) => f.url().includes('embed=1'));
  assert(frame, 'iframe embed present');
  await frame.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30000 });
  rec.readyAt = Date.now();
  rec.serverMark = server.log.length;
  // Host styles do not reach the widget.
  const btn = await rec.page.evaluate(() => {
    const root = document.querySelector('prodgap-scan').shadowRoot;
    const cs = getComputedStyle(root.querySelector('label.btn'));
    return { bg: cs.backgroundColor, font: cs.fontFamily, size: cs.fontSize };
  });
  assert(btn.bg === 'rgb(29, 78, 216)' && !/Georgia/.test(btn.font), `widget button keeps its style: ${JSON.stringify(btn)}`);
  const event = rec.page.evaluate(() => new Promise((r) => document.addEventListener('prodgap-result', (e) => r(e.detail), { once: true })));
  await rec.page.setInputFiles('[data-testid="widget-zip-input"]', appZipPath);
  eq(await waitDone(rec.page, '[data-testid="widget-status"]'), 'done', 'widget scan state');
  eq(await rec.page.getAttribute('prodgap-scan >> [data-testid="verdict"]', 'data-verdict'), expected.summary.verdict, 'widget verdict');
  const detail = await event;
  eq(detail.score, expected.summary.score, 'prodgap-result event score');
  const shown = await rec.page.$$eval('prodgap-scan >> [data-testid="widget-finding"]', (e) => e.length);
  eq(shown, Math.min(6, expected.findings.filter((f) => !f.suppressed).length), 'widget top findings');
  const cta = await rec.page.evaluate(() => document.querySelector('prodgap-scan').shadowRoot.querySelector('.cta').getAttribute('href'));
  eq(cta, 'https://example.com/book-a-scoping-call', 'CTA link');
  await shot(rec.page, '08-widget-host');
  await assertQuiet(rec, 'widget');
  // The iframe's compact scanner works too.
  await frame.click('[data-testid="sample-scan"]');
  eq(await waitDone(frame), 'done', 'iframe scan');
  await rec.page.close();

  // Cross-origin: the host page is on another origin and loads widget.js by absolute URL.
  writeFileSync(join(HOST_DIR, 'host.html'), `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${ORIGIN} 'wasm-unsafe-eval'; style-src 'self' ${ORIGIN}; connect-src 'self' ${ORIGIN}; worker-src blob:; img-src data:; object-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,"><title>host</title><script src="${ORIGIN}/www/widget.js" defer></script></head>
<body><h1>Cross-origin host</h1><prodgap-scan cta-href="https://example.com/call"></prodgap-scan></body></html>`);
  const x = await open('/host.html', { origin: ALT_ORIGIN, readySelector: '[data-testid="widget-status"][data-state="ready"]' });
  await x.page.setInputFiles('[data-testid="widget-zip-input"]', appZipPath);
  eq(await waitDone(x.page, '[data-testid="widget-status"]'), 'done', 'cross-origin widget scan');
  eq(await x.page.getAttribute('prodgap-scan >> [data-testid="verdict"]', 'data-verdict'), expected.summary.verdict, 'cross-origin widget verdict');
  await assertQuiet(x, 'cross-origin widget');
  assertNoErrors(x, 'cross-origin widget');
  await x.page.close();
});

test('request guard negative control: off-origin requests and bodies are caught (loopback only)', async () => {
  const page = await context.newPage();
  const mark = offOrigin.length;
  const bmark = withBody.length;
  await page.goto('about:blank');
  await page.evaluate(async () => {
    await fetch('http://127.0.0.2:9/leak', { method: 'POST', body: 'secret' }).catch(() => {});
    await new Promise((r) => { const i = new Image(); i.onerror = r; i.onload = r; i.src = 'http://127.0.0.3:9/pixel.gif'; });
  });
  const caught = offOrigin.slice(mark).map((r) => r.url);
  assert(caught.some((u) => u.includes('127.0.0.2')) && caught.some((u) => u.includes('127.0.0.3')), `guard caught ${caught}`);
  assert(withBody.slice(bmark).length >= 1, 'guard saw the body');
  offOrigin.length = mark;
  withBody.length = bmark;
  await page.close();
});

test('accessibility basics: labelled controls, keyboard operation, visible focus, contrast', async () => {
  const rec = await open('/');
  const unlabelled = await rec.page.evaluate(() => {
    const name = (el) => {
      if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
      const lb = el.getAttribute('aria-labelledby');
      if (lb) return lb.split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ');
      if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
      if (el.tagName === 'BUTTON') return el.textContent;
      return el.getAttribute('title') || '';
    };
    return [...document.querySelectorAll('input, select, textarea, button, progress')].filter((el) => !name(el).trim()).map((el) => el.outerHTML.slice(0, 80));
  });
  eq(unlabelled, [], 'every control has an accessible name');
  // Tab order reaches the inputs and the sample button; focus is visible.
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await rec.page.keyboard.press('Tab');
    const info = await rec.page.evaluate(() => {
      const el = document.activeElement;
      const target = el.classList.contains('visually-hidden') && el.labels && el.labels[0] ? el.labels[0] : el;
      const cs = getComputedStyle(target);
      return { id: el.id || el.dataset.testid || el.tagName, outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
    });
    seen.push(info);
  }
  for (const id of ['zip-input', 'folder-input', 'sample-btn']) {
    const s = seen.find((x) => x.id === id);
    assert(s, `Tab reaches #${id} (${seen.map((x) => x.id)})`);
    assert(s.outline, `#${id} shows a visible focus ring`);
  }
  await shot(rec.page, '09-keyboard-focus', { fullPage: false });
  // Arrow keys switch tabs.
  await rec.page.focus('#tab-zip');
  await rec.page.keyboard.press('ArrowRight');
  eq(await rec.page.getAttribute('#tab-paste', 'aria-selected'), 'true', 'ArrowRight selects the paste tab');
  assert(await rec.page.isVisible('[data-testid="paste-input"]'), 'paste panel visible');
  await rec.page.keyboard.press('ArrowLeft');
  // Enter on the sample button runs a scan.
  await rec.page.focus('#sample-btn');
  await rec.page.keyboard.press('Enter');
  eq(await waitDone(rec.page), 'done', 'keyboard-started scan');
  // Finding details open with the keyboard.
  await rec.page.focus('.finding-details > summary');
  await rec.page.keyboard.press('Enter');
  // Contrast of text against its background (WCAG AA 4.5:1 for body text).
  const low = await rec.page.evaluate(() => {
    const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const bg = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c; } return [255, 255, 255]; };
    const out = [];
    for (const sel of ['body', '.muted', '.finding-msg', '.finding-loc', '.badge', '.check-detail', '.btn-primary', '.status-text', '.verdict', '.eyebrow', '.chip', '.bar-label', 'th', '.finding-effort', '.privacy-badge']) {
      for (const el of [...document.querySelectorAll(sel)].slice(0, 5)) {
        const fg = parse(getComputedStyle(el).color);
        const L1 = lum(fg); const L2 = lum(bg(el));
        const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
        if (ratio < 4.5) out.push(`${sel}: ${ratio.toFixed(2)}`);
      }
    }
    return out;
  });
  eq(low, [], 'text contrast >= 4.5:1');
  await rec.page.close();
});

test('narrow viewport (390px): no horizontal overflow', async () => {
  const rec = await open('/', { viewport: { width: 390, height: 844 } });
  await shot(rec.page, '10-narrow-landing', { fullPage: false });
  await rec.page.click('[data-testid="sample-scan"]');
  eq(await waitDone(rec.page), 'done', 'scan state');
  await rec.page.click('text=Expand all');
  const overflow = await rec.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 1, `page overflows horizontally by ${overflow}px`);
  await shot(rec.page, '11-narrow-report');
  await rec.page.close();
});

test('embed mode (index.html?embed=1) is compact', async () => {
  const rec = await open('/?embed=1', { viewport: { width: 720, height: 900 } });
  assert(!(await rec.page.isVisible('.site-header')) && !(await rec.page.isVisible('.hero')), 'header and hero hidden');
  assert(await rec.page.isVisible('[data-testid="dropzone"]'), 'drop zone visible');
  await shot(rec.page, '12-embed-mode', { fullPage: false });
  await rec.page.close();
});

test('large zip (~50 MB of mixed source): progress, cancel, full scan time, DOM equals CLI', async () => {
  if (SKIP_LARGE) { log('      (skipped: --skip-large)'); return; }
  const { zip, files, bytes } = largeZip(50);
  const path = join(WORK, 'large.zip');
  writeFileSync(path, zip);
  metrics.large_zip = { bytes_zip: zip.length, bytes_source: bytes, files };
  const rec = await open('/');
  // Cancel while it runs.
  await rec.page.setInputFiles('input[data-testid="zip-input"]', path);
  await rec.page.waitForSelector('[data-testid="scan-status"][data-state="scanning"]', { state: 'attached' });
  await rec.page.waitForTimeout(150);
  await rec.page.click('[data-testid="cancel-scan"]');
  const st = await waitDone(rec.page);
  assert(st === 'cancelled' || st === 'done', `cancel -> ${st}`);
  metrics.cancel_state = st;
  // Full scan, with progress.
  const progress = [];
  const poll = setInterval(async () => {
    try { const t = await rec.page.textContent('#status-text'); if (t && !progress.includes(t)) progress.push(t); } catch { /* page closed */ }
  }, 100);
  const t0 = Date.now();
  await rec.page.setInputFiles('input[data-testid="zip-input"]', path);
  eq(await waitDone(rec.page, undefined, 300000), 'done', 'large scan state');
  const wall = Date.now() - t0;
  clearInterval(poll);
  metrics.large_zip.scan_ms_worker = Number(await rec.page.getAttribute('[data-testid="scan-status"]', 'data-scan-ms'));
  metrics.large_zip.wall_ms_to_done = wall;
  assert(progress.some((p) => /[\d,]+ \/ [\d,]+ files/.test(p)), `progress was shown (${progress.slice(0, 4)})`);
  const tc = Date.now();
  const expected = cliJson(path);
  metrics.large_zip.cli_ms = Date.now() - tc;
  metrics.large_zip.findings = expected.findings.length;
  compareFindings(await domFindings(rec.page), expected, 'large zip');
  await shot(rec.page, '13-large-zip', { fullPage: false });
  await assertQuiet(rec, 'large zip');
  await rec.page.close();
});

// -----------------------------------------------------------------------------------------------
// Run.

if (!existsSync(join(ROOT, 'www/pkg/prodgap_bg.wasm'))) {
  console.error('www/pkg/ is missing: run `bash www/build.sh` first');
  process.exit(2);
}
log(`prodgap e2e: ${ORIGIN}  cli: ${CLI.join(' ')}  artifacts: ${relative(ROOT, ART)}/`);
// Stale-build guard: the page and the CLI must carry the same rules.
{
  const cliRules = JSON.parse(cli(['rules', '--format', 'json']));
  const ids = (Array.isArray(cliRules) ? cliRules : cliRules.rules || []).map((r) => r.id).sort();
  const page = await context.newPage();
  await page.goto(ORIGIN + '/?test=1');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30000 });
  const pageIds = await page.evaluate(async () => (await window.__prodgapTest.rules()).map((r) => r.id).sort());
  await page.close();
  if (JSON.stringify(ids) !== JSON.stringify(pageIds)) {
    console.error(`The wasm in www/pkg and the CLI carry different rules (${pageIds.length} vs ${ids.length}): rebuild both (bash www/build.sh; cargo build --release).`);
    console.error(`  only in CLI:  ${ids.filter((x) => !pageIds.includes(x)).join(' ')}`);
    console.error(`  only in page: ${pageIds.filter((x) => !ids.includes(x)).join(' ')}`);
    process.exit(2);
  }
  metrics.rules = ids.length;
}

let failed = 0;
for (const t of tests) {
  if (ONLY && !ONLY.some((o) => t.name.toLowerCase().includes(o.toLowerCase()))) continue;
  const t0 = Date.now();
  try {
    await t.fn();
    results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
    log(`  ok   ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    results.push({ name: t.name, ok: false, ms: Date.now() - t0, error: e.message });
    log(`  FAIL ${t.name} (${Date.now() - t0} ms)\n      ${e instanceof AssertionError ? e.message : e.stack}`);
    for (const p of context.pages()) await p.screenshot({ path: join(ART, `fail-${results.length}.png`) }).catch(() => {});
    for (const p of context.pages()) await p.close().catch(() => {});
  }
}

await context.close();
await server.close();
await hostServer.close();
rmSync(profile, { recursive: true, force: true });
rmSync(WORK, { recursive: true, force: true });
if (firstReadyMs != null) metrics.time_to_ready_cold_ms = firstReadyMs;
writeFileSync(join(ART, 'metrics.json'), JSON.stringify({ results, metrics }, null, 2));
log('\nmetrics:');
log(`  rules: ${metrics.rules}`);
if (metrics.time_to_ready_cold_ms != null) {
  const b = metrics.ready_breakdown_ms;
  log(`  time to ready (cold profile): ${metrics.time_to_ready_cold_ms} ms (fetch + compile wasm ${b.fetch_and_compile} ms, instantiate + new Scanner ${b.instantiate_and_new_scanner} ms); warm reload: ${metrics.time_to_ready_warm_ms} ms`);
}
if (metrics.large_zip?.scan_ms_worker) {
  const L = metrics.large_zip;
  log(`  large zip: ${(L.bytes_zip / 1048576).toFixed(1)} MB zip, ${(L.bytes_source / 1048576).toFixed(1)} MB source, ${L.files} files, ${L.findings} findings`);
  log(`    worker scan ${L.scan_ms_worker} ms; to done (incl. read + render) ${L.wall_ms_to_done} ms; native CLI ${L.cli_ms} ms; cancel -> ${metrics.cancel_state}`);
}
const passed = results.filter((r) => r.ok).length;
log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
