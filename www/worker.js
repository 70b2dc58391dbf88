// The scan worker. It is not loaded by URL: engine.js fetches this file and the wasm-bindgen glue
// (www/pkg/prodgap.js) once at page load, joins them into one module in a Blob URL and appends
// `prodgapWorker({ initSync, Scanner, version })`. A crashed worker is replaced from that Blob URL
// and the WebAssembly.Module compiled at load, so a restart makes no network request.
//
// Protocol (main -> worker):
//   { type: 'init', module, config? }                  -> { type: 'ready', initMs, version, ruleCount, rules }
//   { type: 'scan', id, input }                        -> { type: 'progress', id, phase, done, total, path }*
//                                                         then { type: 'result', id, report, ms }
//   { type: 'render', id, scanId, format }             -> { type: 'rendered', id, text }
//     (renders the report of scan `scanId`, kept in the wasm; an error once another scan ran)
//   any failure                                        -> { type: 'error', id, message, fatal }
// `input` is one of { kind: 'zip', file | bytes }, { kind: 'files', files: [{ path, file | text }] },
// { kind: 'paste', name, text }. `fatal` means the wasm instance is dead (a panic): start a new worker.

// eslint-disable-next-line no-unused-vars
function prodgapWorker({ initSync, Scanner, version }) {
  let scanner = null;
  let dead = false;
  let lastScanId = null; // the scan whose report the Scanner holds for `render`
  const post = (msg) => self.postMessage(msg);

  // Directories the core skips by name; their files are passed without contents, so the report
  // still lists the directory as skipped (as the CLI does) without reading megabytes of vendored code.
  const SKIP_DIRS = new Set([
    'node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn', 'site-packages',
    'vendor', 'third_party', 'third-party', 'dist', 'build', 'out', '.next', '.nuxt', '.output',
    '.svelte-kit', '.turbo', '.vercel', '.netlify', 'storybook-static', '.expo', '.docusaurus', 'target',
    'coverage', '.nyc_output', 'htmlcov', 'venv', '.venv', 'virtualenv', '.virtualenv', '__pycache__',
    '.pytest_cache', '.mypy_cache', '.ruff_cache', '.cache', '.parcel-cache', '.tox', '.nox',
    '.eslintcache', '.git', '.hg', '.svn', '__MACOSX',
  ]);
  // Larger files are cut to this many bytes: the core reports them as too large either way.
  const MAX_READ = 16 * 1024 * 1024 + 1;

  function isFatal(e) {
    return (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) || e instanceof RangeError;
  }

  function describe(e) {
    if (e && typeof e.message === 'string' && e.message) return e.message;
    return String(e);
  }

  function progressReporter(id) {
    let last = 0;
    return (phase, done, total, path) => {
      const now = performance.now();
      if (done !== total && now - last < 40) return;
      last = now;
      post({ type: 'progress', id, phase, done, total, path: String(path || '') });
    };
  }

  async function readFiles(id, files, progress) {
    const paths = [];
    const contents = [];
    const total = files.length;
    for (let i = 0; i < total; i++) {
      const f = files[i];
      const path = String(f.path);
      paths.push(path);
      const skip = path.split('/').slice(0, -1).some((seg) => SKIP_DIRS.has(seg));
      if (skip) {
        contents.push(new Uint8Array(0));
      } else if (typeof f.text === 'string') {
        contents.push(new TextEncoder().encode(f.text));
      } else if (f.bytes) {
        contents.push(new Uint8Array(f.bytes));
      } else {
        const blob = f.file.size > MAX_READ ? f.file.slice(0, MAX_READ) : f.file;
        contents.push(new Uint8Array(await blob.arrayBuffer()));
      }
      progress('reading', i + 1, total, path);
    }
    return { paths, contents };
  }

  async function scan(id, input) {
    const progress = progressReporter(id);
    const t0 = performance.now();
    let report;
    if (input.kind === 'zip') {
      const bytes = input.bytes ? new Uint8Array(input.bytes) : new Uint8Array(await input.file.arrayBuffer());
      progress('reading', 0, 0, input.name || '');
      report = JSON.parse(scanner.scanZip(bytes, progress));
    } else if (input.kind === 'files') {
      const { paths, contents } = await readFiles(id, input.files, progress);
      report = JSON.parse(scanner.scanFiles(paths, contents, progress));
    } else if (input.kind === 'paste') {
      report = JSON.parse(scanner.scanPaste(String(input.name || ''), String(input.text || '')));
    } else if (input.kind === 'crash-test') {
      // Test hook (?test=1 on the page): fail exactly as a wasm panic does.
      throw new WebAssembly.RuntimeError('unreachable (simulated panic)');
    } else {
      throw new Error('unknown input kind');
    }
    return { report, ms: performance.now() - t0 };
  }

  self.onmessage = async (ev) => {
    const m = ev.data || {};
    try {
      if (dead) throw new Error('the scanner has stopped; restart it');
      if (m.type === 'init') {
        const t0 = performance.now();
        initSync({ module: m.module });
        scanner = new Scanner();
        if (m.config) scanner.configure(m.config);
        const rules = JSON.parse(scanner.rules());
        post({ type: 'ready', initMs: performance.now() - t0, version: version(), ruleCount: scanner.ruleCount(), rules });
      } else if (m.type === 'scan') {
        lastScanId = null;
        const { report, ms } = await scan(m.id, m.input);
        lastScanId = m.id;
        post({ type: 'result', id: m.id, report, ms });
      } else if (m.type === 'render') {
        if (m.scanId == null || m.scanId !== lastScanId) {
          throw new Error('the scanner no longer holds this report (it was restarted or scanned something else since): scan again to export it');
        }
        post({ type: 'rendered', id: m.id, text: scanner.render(m.format) });
      } else {
        throw new Error('unknown message ' + m.type);
      }
    } catch (e) {
      const fatal = isFatal(e);
      if (fatal) dead = true;
      post({ type: 'error', id: m.id, message: describe(e), fatal });
    }
  };
}
