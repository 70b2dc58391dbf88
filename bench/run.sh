#!/usr/bin/env bash
# Benchmarks: native (cargo bench) then wasm in node on the same corpus. Prints MB/s and the
# rule-set build time. Usage: bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench scan
if [ -f www/pkg/prodgap_bg.wasm ] || bash www/build.sh; then
  node bench/wasm.mjs
else
  echo "wasm bench skipped: www/build.sh failed" >&2
fi
