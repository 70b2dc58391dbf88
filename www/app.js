// The scan page: inputs (zip, folder, drag and drop, paste, sample), status and progress, the
// report and its exports. The scanner runs in a Web Worker (engine.js); nothing leaves the page.

import { createEngine, ScanError } from './engine.js';
import { renderReport, h, clear } from './report.js';
import { SAMPLE_FILES, SAMPLE_NAME } from './sample-project.js';

const params = new URLSearchParams(location.search);
if (params.has('embed')) document.documentElement.classList.add('embed');

const $ = (id) => document.getElementById(id);
const statusEl = $('status');
const statusText = $('status-text');
const statusPath = $('status-path');
const progressEl = $('progress');
const cancelBtn = $('cancel-btn');
const errorBox = $('error-box');
const reportEl = $('report');

let engine = null;
let enginePromise = null;
let current = null; // { token } of the scan in flight
let lastReport = null;
let lastScanId = null; // the worker keeps this scan's report for the exports
let lastName = 'project';
let printer = null;

// ---------------------------------------------------------------------------------------------
// Status.

const announce = $('announce');
function setState(state, text, path = '') {
  // Screen readers hear state changes, not every progress tick.
  if (statusEl.dataset.state !== state || state !== 'scanning') announce.textContent = text;
  statusEl.dataset.state = state;
  statusText.textContent = text;
  statusPath.textContent = path;
  const busy = state === 'scanning' || state === 'rendering';
  cancelBtn.hidden = !busy;
  progressEl.hidden = !busy;
  statusEl.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function showError(title, detail) {
  clear(errorBox);
  errorBox.append(h('strong', null, title), detail ? h('p', null, detail) : null);
  errorBox.hidden = false;
}

function hideError() {
  errorBox.hidden = true;
  clear(errorBox);
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------------------------------------
// Engine start (once, at page load).

function startEngine() {
  enginePromise = createEngine({ base: new URL('./', import.meta.url) })
    .then((e) => {
      engine = e;
      const readyMs = performance.now();
      statusEl.dataset.readyMs = String(Math.round(readyMs));
      statusEl.dataset.loadMs = String(Math.round(e.timings.loadMs)); // fetch + compile the wasm
      statusEl.dataset.initMs = String(Math.round(e.timings.initMs)); // instantiate + build the scanner
      document.documentElement.dataset.ready = 'true';
      if (!current) setState('ready', `Ready in ${fmtMs(readyMs)} · ${e.info.ruleCount} rules · drop a project to scan`);
      $('engine-info').textContent = `prodgap ${e.info.version} · ${e.info.ruleCount} rules · scanner ready in ${fmtMs(readyMs)}`;
      e.on((state) => {
        if (state === 'restarting' && !current) setState('ready', 'Restarting the scanner…');
        if (state === 'ready' && !current && statusEl.dataset.state === 'ready') setState('ready', `Ready · ${e.info.ruleCount} rules`);
      });
      return e;
    })
    .catch((err) => {
      setState('error', 'The scanner could not start.');
      showError('The scanner could not start', `${err.message}. Reload the page to try again.`);
      throw err;
    });
  return enginePromise;
}

// ---------------------------------------------------------------------------------------------
// Scanning.

async function runScan(input, name, source) {
  if (current) engine?.cancel();
  const token = {};
  current = token;
  lastName = name;
  hideError();
  setState('scanning', `Scanning ${name}…`);
  progressEl.removeAttribute('value');
  try {
    const eng = await enginePromise;
    if (current !== token) return;
    const { report, ms, scanId } = await eng.scan(input, (p) => {
      if (current !== token) return;
      const phase = p.phase === 'reading' ? 'Reading' : 'Scanning';
      if (p.total > 0) {
        progressEl.max = p.total;
        progressEl.value = p.done;
        setState('scanning', `${phase} ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} files`, p.path);
      } else {
        setState('scanning', `${phase} ${name}…`, p.path);
      }
    });
    if (current !== token) return;
    setState('rendering', `Rendering ${report.findings.length.toLocaleString('en-US')} findings…`);
    lastReport = report;
    lastScanId = scanId;
    const toolbar = exportToolbar();
    printer = renderReport(reportEl, report, {
      name, ms, rules: eng.info.rules, source, toolbar,
      onProgress: (n, total) => { if (current === token) { progressEl.max = Math.max(1, total); progressEl.value = n; } },
    });
    await printer.done;
    if (current !== token) return;
    current = null;
    const n = report.findings.filter((f) => !f.suppressed).length;
    statusEl.dataset.findings = String(report.findings.length);
    statusEl.dataset.scanMs = String(Math.round(ms));
    setState('done', `Done: ${n} finding${n === 1 ? '' : 's'} in ${report.project.files_scanned.toLocaleString('en-US')} files, scanned in ${fmtMs(ms)}.`);
    const heading = document.getElementById('verdict-heading');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      reportEl.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  } catch (err) {
    if (current !== token) return;
    current = null;
    if (err instanceof ScanError && err.kind === 'cancelled') {
      setState('cancelled', 'Scan cancelled. The scanner is ready for the next input.');
      return;
    }
    statusEl.dataset.findings = '';
    const msg = err && err.message ? err.message : String(err);
    if (err instanceof ScanError && err.kind === 'crash') {
      setState('error', 'The scanner crashed on this input and was restarted.');
      showError('The scanner crashed on this input', `Internal error: ${msg}. A fresh scanner has been started, so you can scan something else. If you can, report which file caused it.`);
    } else if (err instanceof ScanError && err.kind === 'input') {
      setState('error', 'This input could not be scanned.');
      showError('This input could not be scanned', msg);
    } else {
      setState('error', 'Something went wrong.');
      showError('Something went wrong', msg);
    }
  }
}

cancelBtn.addEventListener('click', () => {
  if (!current || !engine) return;
  engine.cancel();
});

function scanZipFile(file) {
  if (!file) return;
  const looksZip = /\.zip$/i.test(file.name) || /zip/.test(file.type);
  if (looksZip) return runScan({ kind: 'zip', file, name: file.name }, file.name.replace(/\.zip$/i, ''), { kind: 'zip' });
  // A single non-zip file: scan it as a one-file project.
  return runScan({ kind: 'files', files: [{ path: file.name, file }] }, file.name, { kind: 'files', pasteName: file.name });
}

function scanFileList(files, name) {
  if (!files.length) {
    setState('error', 'The folder is empty.');
    showError('Nothing to scan', 'The chosen folder has no files.');
    return;
  }
  return runScan({ kind: 'files', files }, name, { kind: 'folder' });
}

// Zip input.
const zipInput = $('zip-input');
zipInput.addEventListener('change', () => {
  const f = zipInput.files && zipInput.files[0];
  zipInput.value = '';
  scanZipFile(f);
});

// Folder input (webkitdirectory): paths are relative to the chosen folder.
const folderInput = $('folder-input');
folderInput.addEventListener('change', () => {
  const list = Array.from(folderInput.files || []);
  folderInput.value = '';
  const top = list.length ? (list[0].webkitRelativePath || list[0].name).split('/')[0] : 'folder';
  const files = list.map((file) => {
    const rel = file.webkitRelativePath || file.name;
    const parts = rel.split('/');
    return { path: parts.length > 1 ? parts.slice(1).join('/') : rel, file };
  });
  scanFileList(files, top);
});

// Sample prototype (shipped with the page: no fetch).
$('sample-btn').addEventListener('click', () => {
  runScan({ kind: 'files', files: SAMPLE_FILES.map((f) => ({ path: f.path, text: f.text })) }, `${SAMPLE_NAME} (sample)`, { kind: 'sample' });
});

// Paste.
$('paste-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const name = $('paste-name').value.trim() || 'pasted.js';
  const text = $('paste-input').value;
  if (!text.trim()) {
    setState('error', 'Paste some code first.');
    showError('Nothing to scan', 'Paste some code into the box first.');
    $('paste-input').focus();
    return;
  }
  runScan({ kind: 'paste', name, text }, name, { kind: 'paste', pasteName: name });
});

// ---------------------------------------------------------------------------------------------
// Drag and drop: a zip, several files, or a folder.

const dropzone = $('dropzone');
let dragDepth = 0;
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());
dropzone.addEventListener('dragenter', (e) => { e.preventDefault(); dragDepth++; dropzone.classList.add('dragging'); });
dropzone.addEventListener('dragleave', () => { if (--dragDepth <= 0) { dragDepth = 0; dropzone.classList.remove('dragging'); } });
dropzone.addEventListener('drop', async (e) => {
  e.preventDefault();
  dragDepth = 0;
  dropzone.classList.remove('dragging');
  const dt = e.dataTransfer;
  if (!dt) return;
  const entries = Array.from(dt.items || []).map((it) => (it.webkitGetAsEntry ? it.webkitGetAsEntry() : null)).filter(Boolean);
  try {
    if (entries.length === 1 && entries[0].isDirectory) {
      setState('scanning', `Reading ${entries[0].name}…`);
      return scanFileList(await readDir(entries[0], ''), entries[0].name);
    }
    const files = Array.from(dt.files || []);
    if (files.length === 1 && !entries.some((en) => en.isDirectory)) return scanZipFile(files[0]);
    if (entries.length) {
      const all = [];
      for (const en of entries) {
        if (en.isDirectory) all.push(...(await readDir(en, en.name + '/')));
        else all.push({ path: en.name, file: await entryFile(en) });
      }
      return scanFileList(all, 'dropped files');
    }
    return scanFileList(files.map((file) => ({ path: file.name, file })), 'dropped files');
  } catch (err) {
    setState('error', 'The dropped items could not be read.');
    showError('The dropped items could not be read', err && err.message ? err.message : String(err));
  }
});

// Directories the scanner skips by name: not walked (a placeholder makes the report list them once).
const SKIP_DIRS = new Set(['node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn', 'site-packages',
  'vendor', 'third_party', 'third-party', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit', '.turbo',
  '.vercel', '.netlify', 'storybook-static', '.expo', '.docusaurus', 'target', 'coverage', '.nyc_output', 'htmlcov',
  'venv', '.venv', 'virtualenv', '.virtualenv', '__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.cache',
  '.parcel-cache', '.tox', '.nox', '.eslintcache', '.git', '.hg', '.svn', '__MACOSX']);

const entryFile = (entry) => new Promise((res, rej) => entry.file(res, rej));

async function readDir(dir, prefix) {
  const reader = dir.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    for (const child of batch) {
      if (child.isFile) out.push({ path: prefix + child.name, file: await entryFile(child) });
      else if (SKIP_DIRS.has(child.name)) out.push({ path: `${prefix}${child.name}/.prodgap-skipped`, text: '' });
      else out.push(...(await readDir(child, `${prefix}${child.name}/`)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tabs (arrow keys move between them, as WAI-ARIA tabs do).

const tabs = [$('tab-zip'), $('tab-paste')];
function selectTab(tab, focus) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const t of tabs) {
  t.addEventListener('click', () => selectTab(t, false));
  t.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      selectTab(tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length], true);
    }
  });
}
if (params.get('tab') === 'paste') selectTab(tabs[1], false);

// ---------------------------------------------------------------------------------------------
// Exports.

function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, class: 'visually-hidden' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function safeName(s) {
  return String(s).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'project';
}

function exportToolbar() {
  const mk = (label, format, ext, type, testid) => {
    const b = h('button', { type: 'button', class: 'btn btn-small', dataset: { testid } }, label);
    b.addEventListener('click', async () => {
      if (!lastReport || !engine) return;
      try {
        const text = await engine.render(lastScanId, format);
        download(text, `prodgap-${safeName(lastName)}.${ext}`, type);
      } catch (err) {
        showError('Export failed', err.message);
      }
    });
    return b;
  };
  const print = h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'export-print' } }, 'Print / PDF');
  print.addEventListener('click', () => { printer?.expandForPrint(); window.print(); });
  const again = h('button', { type: 'button', class: 'btn btn-small btn-ghost' }, 'Scan another');
  again.addEventListener('click', () => {
    window.scrollTo({ top: 0, behavior: 'smooth' });
    document.querySelector('label[for="zip-input"]')?.focus?.();
    $('zip-input').focus();
  });
  return h('div', { class: 'toolbar no-print', role: 'toolbar', 'aria-label': 'Export the report' },
    h('span', { class: 'toolbar-label' }, 'Export'),
    mk('JSON', 'json', 'json', 'application/json', 'export-json'),
    mk('SARIF', 'sarif', 'sarif', 'application/sarif+json', 'export-sarif'),
    mk('Markdown', 'markdown', 'md', 'text/markdown', 'export-markdown'),
    print,
    h('span', { class: 'toolbar-spacer' }),
    again);
}

window.addEventListener('beforeprint', () => printer?.expandForPrint());

// ---------------------------------------------------------------------------------------------
// Test hooks (only with ?test=1): simulate a wasm panic in the worker.
if (params.has('test')) {
  window.__prodgapTest = {
    crashScan: () => runScan({ kind: 'crash-test' }, 'crash-test', { kind: 'test' }),
    restarts: () => engine?.restarts ?? 0,
    rules: async () => (await enginePromise).info.rules,
  };
}

startEngine().catch(() => {});
