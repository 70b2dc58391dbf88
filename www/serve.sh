#!/usr/bin/env bash
# Serves the repository root on loopback (default http://127.0.0.1:8080/) with the page's CSP.
# Usage: bash www/serve.sh [PORT]      (run www/build.sh first)
set -euo pipefail
exec node "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/serve.mjs" --port "${1:-8080}"
