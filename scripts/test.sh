#!/usr/bin/env bash
# Builds and runs every test: the Qt Test suite (offscreen, plus one real
# window under Xvfb), the suite again under ASan and UBSan, and a short
# libFuzzer run of the loader and of the exported pictures' reader; then it
# builds the .deb from the release build and checks it
# (packaging/check-package.sh). FUZZ_SECONDS sets the fuzz time (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=$(nproc)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== fuzz: the topology loader for ${FUZZ_SECONDS:-60} s"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
corpus=$(mktemp -d)
cp resources/presets/*.json "$corpus"/
build-fuzz/tests/fuzz/fuzz_topology_reader -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
rm -rf "$corpus"

echo "== fuzz: designs inside exported PNG and SVG for ${FUZZ_SECONDS:-60} s"
corpus=$(mktemp -d)
cp tests/fuzz/corpus/embedded_design/* "$corpus"/
build-fuzz/tests/fuzz/fuzz_embedded_design -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
rm -rf "$corpus"

echo "== tests under AddressSanitizer and UBSan"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
ctest --preset dev

echo "== tests (release build)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release

echo "== package: .deb, desktop entry, AppStream metadata"
packaging/check-package.sh build
