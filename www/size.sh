#!/usr/bin/env bash
# Bundle size of the browser app (wasm + JS raw/gzip/brotli); fails above 400 KB brotli.
set -euo pipefail
exec node "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/size.mjs" "$@"
