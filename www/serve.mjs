// A tiny static file server for the repository root, on loopback only. It sets the same
// Content-Security-Policy as the page's <meta> (plus the header-only directives), the right MIME
// types (application/wasm for streaming compilation) and CORS for the widget's assets, so the
// widget can be embedded on a page of another origin.
//   node www/serve.mjs [--port 8080] [--host 127.0.0.1]
// Also imported by tests/e2e/run.mjs: startServer({ port: 0 }) -> { url, port, close, log }.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { join, normalize, extname, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

// Only what the site needs is served (no .git, no target/, no node_modules).
const ALLOWED = [/^\/index\.html$/, /^\/www\//, /^\/README\.md$/, /^\/LICENSE$/];

export function startServer({ port = 8080, host = '127.0.0.1', root = ROOT, quiet = true, allowAll = false, csp = true } = {}) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') path = '/index.html';
    log.push({ time: Date.now(), method: req.method, path, referer: req.headers.referer || '' });
    if (!quiet) console.log(`${req.method} ${path}`);
    const file = normalize(join(root, path));
    const ok = file.startsWith(root + sep) && (allowAll || ALLOWED.some((re) => re.test(path)));
    let st;
    try { st = ok && statSync(file); } catch { st = null; }
    if (!st || !st.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(st ? 405 : 404, { 'content-type': 'text/plain' });
      res.end(st ? 'method not allowed' : 'not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The widget's script, worker, glue and wasm may be loaded by a page of another origin.
      // prodgap:allow js-cors-allow-origin-wildcard-header -- static public assets, no credentials
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    };
    if (csp && extname(file) === '.html') headers['content-security-policy'] = CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({
        url: `http://${host}:${p}`,
        port: p,
        log,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const host = arg('--host', '127.0.0.1');
  const s = await startServer({ port: Number(arg('--port', 8080)), host, quiet: false });
  console.log(`prodgap: serving ${ROOT} at ${s.url}/  (Ctrl-C to stop)`);
}
