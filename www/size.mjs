// Prints the shipped bundle size (wasm + JS, and CSS/HTML for information) raw / gzip -9 / brotli -q 11,
// and exits 1 when wasm + JS exceed the budget (400 KB brotli). Usage: node www/size.mjs [--json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 400 * 1024;

function measure(path) {
  const buf = readFileSync(path);
  return {
    file: relative(ROOT, path),
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const pkg = join(ROOT, 'www/pkg');
if (!existsSync(join(pkg, 'prodgap_bg.wasm'))) {
  console.error('size: www/pkg/prodgap_bg.wasm missing; run www/build.sh first');
  process.exit(2);
}
const www = join(ROOT, 'www');
const code = [join(pkg, 'prodgap_bg.wasm'), join(pkg, 'prodgap.js')]
  .concat(readdirSync(www).filter((f) => f.endsWith('.js')).sort().map((f) => join(www, f)))
  .map(measure);
const other = [join(ROOT, 'index.html')]
  .concat(readdirSync(www).filter((f) => f.endsWith('.css')).sort().map((f) => join(www, f)))
  .filter(existsSync)
  .map(measure);

const sum = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const total = sum(code);
const totalOther = sum(other);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: code.concat(other), wasm_js: total, html_css: totalOther, budget_brotli: BUDGET }, null, 2));
} else {
  const pad = (s, n) => String(s).padStart(n);
  const line = (r) => `${r.file.padEnd(28)}${pad(r.raw, 11)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`;
  console.log(`${'bytes'.padEnd(28)}${pad('raw', 11)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const r of code) console.log(line(r));
  console.log(line({ file: 'wasm + JS total', ...total }));
  for (const r of other) console.log(line(r));
  console.log(`budget: wasm + JS ${(total.brotli / 1024).toFixed(1)} KB brotli of ${BUDGET / 1024} KB`);
}
if (total.brotli > BUDGET) {
  console.error(`size: over budget: ${total.brotli} > ${BUDGET} bytes brotli`);
  process.exit(1);
}
