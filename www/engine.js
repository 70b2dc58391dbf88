// The scanner engine on the page side: loads everything once, runs scans in a Web Worker, and
// restarts the worker after a crash or a cancel with no network request.
//
// At load: fetch the wasm-bindgen glue and worker.js as text, join them into one Blob-URL module,
// compile the WebAssembly.Module (streaming). A worker (new or replacement) is created from the
// Blob URL and gets the compiled Module by postMessage. Used by app.js and widget.js.

export class ScanError extends Error {
  /** kind: 'input' (bad input, the scanner is fine), 'crash' (the worker died; restarted),
   *  'cancelled' (the user stopped it; restarted), 'startup' (the engine could not start). */
  constructor(kind, message) {
    super(message);
    this.name = 'ScanError';
    this.kind = kind;
  }
}

async function fetchText(url) {
  const r = await fetch(url, { credentials: 'same-origin' });
  if (!r.ok) throw new ScanError('startup', `could not load ${url.pathname || url} (HTTP ${r.status})`);
  return r.text();
}

async function compileWasm(url) {
  const r = fetch(url, { credentials: 'same-origin' });
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(r);
    } catch (e) {
      // A server that does not send application/wasm: fall back to compiling the bytes.
      if (!(e instanceof TypeError)) throw e;
    }
  }
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new ScanError('startup', `could not load the scanner (HTTP ${res.status})`);
  return WebAssembly.compile(await res.arrayBuffer());
}

/**
 * Starts the engine. `base` is the URL of the www/ directory (where worker.js and pkg/ live).
 * Resolves once the first worker has built its scanner.
 */
export async function createEngine({ base, config } = {}) {
  const t0 = performance.now();
  const baseUrl = new URL(base || './', import.meta.url);
  const [glue, workerSrc, module] = await Promise.all([
    fetchText(new URL('pkg/prodgap.js', baseUrl)),
    fetchText(new URL('worker.js', baseUrl)),
    compileWasm(new URL('pkg/prodgap_bg.wasm', baseUrl)),
  ]);
  const loadMs = performance.now() - t0;
  const blobUrl = URL.createObjectURL(
    new Blob([glue, '\n;\n', workerSrc, '\nprodgapWorker({ initSync, Scanner, version });\n'], { type: 'text/javascript' }),
  );
  const engine = new Engine(blobUrl, module, config);
  const info = await engine.start();
  engine.timings = { loadMs, initMs: info.initMs, totalMs: performance.now() - t0 };
  return engine;
}

class Engine {
  constructor(blobUrl, module, config) {
    this.blobUrl = blobUrl;
    this.module = module;
    this.config = config || null;
    this.worker = null;
    this.ready = null; // Promise of the 'ready' message of the current worker
    this.jobs = new Map(); // id -> { resolve, reject, onProgress }
    this.nextId = 1;
    this.info = null;
    this.restarts = 0;
    this.listeners = new Set();
  }

  /** Listen for engine state changes: 'restarting', 'ready'. */
  on(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(state, detail) {
    for (const fn of this.listeners) {
      try { fn(state, detail); } catch { /* a listener's bug must not stop the engine */ }
    }
  }

  start() {
    let worker;
    try {
      worker = new Worker(this.blobUrl, { type: 'module', name: 'prodgap-scanner' });
    } catch (e) {
      return Promise.reject(new ScanError('startup', 'this page cannot start a Web Worker (blocked by a Content-Security-Policy?): ' + e.message));
    }
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = (ev) => {
        const m = ev.data;
        if (m.type === 'ready') {
          this.info = { version: m.version, ruleCount: m.ruleCount, rules: m.rules, initMs: m.initMs };
          resolve(this.info);
          this.emit('ready', this.info);
          return;
        }
        if (m.type === 'error' && m.id === undefined) {
          reject(new ScanError('startup', 'the scanner failed to start: ' + m.message));
          return;
        }
        this.onMessage(worker, m);
      };
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        const msg = ev.message || 'the scan worker stopped unexpectedly';
        reject(new ScanError('startup', msg));
        this.onCrash(worker, msg);
      };
      worker.onmessageerror = () => this.onCrash(worker, 'a message from the scan worker could not be read');
    });
    worker.postMessage({ type: 'init', module: this.module, config: this.config });
    return this.ready;
  }

  onMessage(worker, m) {
    if (worker !== this.worker) return;
    const job = this.jobs.get(m.id);
    if (!job) return;
    if (m.type === 'progress') {
      job.onProgress?.(m);
    } else if (m.type === 'result' || m.type === 'rendered') {
      this.jobs.delete(m.id);
      job.resolve(m);
    } else if (m.type === 'error') {
      this.jobs.delete(m.id);
      if (m.fatal) {
        job.reject(new ScanError('crash', m.message));
        this.restart();
      } else {
        job.reject(new ScanError('input', m.message));
      }
    }
  }

  onCrash(worker, message) {
    if (worker !== this.worker) return;
    for (const [, job] of this.jobs) job.reject(new ScanError('crash', message));
    this.jobs.clear();
    this.restart();
  }

  /** Replaces the worker (from the Blob URL and the compiled module: no network). */
  restart() {
    this.restarts++;
    try { this.worker?.terminate(); } catch { /* already gone */ }
    this.worker = null;
    this.emit('restarting');
    this.start().catch(() => { /* reported through the next call */ });
  }

  async call(msg, onProgress, transfer) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...msg, id }, transfer || []);
    });
  }

  /** Scans an input (see worker.js); resolves { report, ms, scanId }. */
  async scan(input, onProgress) {
    const m = await this.call({ type: 'scan', input }, onProgress);
    return { report: m.report, ms: m.ms, scanId: m.id };
  }

  /** Renders the report of scan `scanId` (kept by the worker) as json | sarif | markdown | html | text. */
  async render(scanId, format) {
    const m = await this.call({ type: 'render', scanId, format });
    return m.text;
  }

  /** Stops the running scan (if any) and starts a fresh worker. */
  cancel() {
    if (this.jobs.size === 0) return false;
    for (const [, job] of this.jobs) job.reject(new ScanError('cancelled', 'Scan cancelled.'));
    this.jobs.clear();
    this.restart();
    return true;
  }
}
