// The same measurements in wasm (node): rule-set build time, first and warm scan throughput of
// bench/out/corpus.zip (written by `cargo bench --bench scan`). Needs www/pkg (bash www/build.sh).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const pkg = await import(new URL("../www/pkg/prodgap.js", import.meta.url));
pkg.initSync({ module: readFileSync(new URL("../www/pkg/prodgap_bg.wasm", import.meta.url)) });
const zip = readFileSync(new URL("./out/corpus.zip", import.meta.url));

const time = (f) => { const t = performance.now(); const v = f(); return [performance.now() - t, v]; };
const builds = [];
let scanner;
for (let i = 0; i < 10; i++) { const [t, s] = time(() => new pkg.Scanner()); builds.push(t); if (scanner) scanner.free(); scanner = s; }
const [tFirst, first] = time(() => JSON.parse(scanner.scanZip(zip)));
const bytes = first.project.bytes_scanned;
let warm = Infinity;
for (let i = 0; i < 5; i++) warm = Math.min(warm, time(() => JSON.parse(scanner.scanZip(zip)))[0]);
const mb = bytes / 1048576;
console.log(`prodgap wasm bench (node ${process.version}): ${first.project.files_scanned} files, ${mb.toFixed(1)} MB of source`);
console.log(`  rules: ${scanner.ruleCount()}; findings: ${first.findings.length}`);
console.log(`  rule set build (new Scanner): best ${Math.min(...builds).toFixed(1)} ms, first ${builds[0].toFixed(1)} ms`);
console.log(`  first scan (includes lazy regex compilation): ${tFirst.toFixed(0)} ms = ${(mb / tFirst * 1000).toFixed(1)} MB/s`);
console.log(`  warm scan of the zip: ${warm.toFixed(0)} ms = ${(mb / warm * 1000).toFixed(1)} MB/s`);
