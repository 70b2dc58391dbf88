// The same measurements in wasm (node): rule-set build time, first and warm scan throughput of
// bench/out/corpus.zip (dense with findings) and bench/out/clean.zip (none), both written by
// `cargo bench --bench scan`. Needs www/pkg (bash www/build.sh).
import { readFileSync, existsSync } from "node:fs";
import { performance } from "node:perf_hooks";

const pkg = await import(new URL("../www/pkg/prodgap.js", import.meta.url));
pkg.initSync({ module: readFileSync(new URL("../www/pkg/prodgap_bg.wasm", import.meta.url)) });

const time = (f) => { const t = performance.now(); const v = f(); return [performance.now() - t, v]; };
const builds = [];
let scanner;
for (let i = 0; i < 10; i++) { const [t, s] = time(() => new pkg.Scanner()); builds.push(t); if (scanner) scanner.free(); scanner = s; }
console.log(`prodgap wasm bench (node ${process.version}), ${scanner.ruleCount()} rules`);
console.log(`  rule set build (new Scanner): best ${Math.min(...builds).toFixed(1)} ms, first ${builds[0].toFixed(1)} ms`);
for (const name of ["corpus", "clean"]) {
  const url = new URL(`./out/${name}.zip`, import.meta.url);
  if (!existsSync(url)) { console.log(`  ${name}.zip missing: run cargo bench --bench scan first`); continue; }
  const zip = readFileSync(url);
  const fresh = new pkg.Scanner();
  const [tFirst, first] = time(() => JSON.parse(fresh.scanZip(zip)));
  const mb = first.project.bytes_scanned / 1048576;
  let warm = Infinity;
  for (let i = 0; i < 3; i++) warm = Math.min(warm, time(() => JSON.parse(fresh.scanZip(zip)))[0]);
  console.log(`  ${name}.zip: ${first.project.files_scanned} files, ${mb.toFixed(1)} MB, ${first.findings.length} findings`);
  console.log(`    first scan (includes lazy regex compilation): ${tFirst.toFixed(0)} ms = ${(mb / tFirst * 1000).toFixed(1)} MB/s`);
  console.log(`    warm scan (+ JSON.parse of the report): ${warm.toFixed(0)} ms = ${(mb / warm * 1000).toFixed(1)} MB/s`);
  fresh.free();
}
