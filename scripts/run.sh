#!/usr/bin/env bash
# Builds Infralab (release) and opens it; arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target infralab
exec build/app/infralab "$@"
