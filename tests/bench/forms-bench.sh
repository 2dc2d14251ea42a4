#!/usr/bin/env bash
# Form engine benchmark: load, build the models for and validate a 500-field schema.
# Usage: tests/bench/forms-bench.sh BUILD_DIR   (./run.sh bench passes build/release)
set -euo pipefail
BUILD_DIR=${1:?usage: forms-bench.sh BUILD_DIR}
BENCH="$BUILD_DIR/tests/bench/forms/forms_bench"
[ -x "$BENCH" ] || { echo "forms-bench: $BENCH not built" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen "$BENCH" 500 30
