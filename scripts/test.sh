#!/usr/bin/env bash
# Every test of prodgap, from a fresh machine: installs what is missing (wasm target, clippy/rustfmt,
# wasm-bindgen CLI, Chromium, npm packages), then lint, Rust tests, wasm build + size budget, and
# the headless-Chromium end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n== %s\n' "$*"; }

say "toolchain"
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown
# Chromium for the end-to-end tests: Debian's package (about 1 min), never `npx playwright install`.
if ! command -v chromium >/dev/null 2>&1; then
  say "installing Chromium (apt)"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
export CHROMIUM

say "format and lint"
cargo fmt --check
cargo clippy --all-targets -q -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib -q -- -D warnings

say "Rust tests (unit, rule fixtures, CLI, hostile input, project analysis)"
cargo test -q

say "release CLI (used by the end-to-end comparison)"
cargo build --release -q --bin prodgap

say "wasm build, size budget"
bash www/build.sh

say "browser end-to-end tests"
node tests/e2e/run.mjs
