#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Honest tests (docs/testing.md): speed is measured by benchmarks with ratios against a baseline
# taken in the same run, never asserted on a wall clock in a test, where a loaded CI machine or a
# sanitizer build turns it into a flake. A lower bound ("waited at least the timeout") is fine.
set -euo pipefail
cd "$(dirname "$0")/.."
hits=$(grep -rnE --include='*.cpp' \
    '(QVERIFY|QCOMPARE|QTRY_VERIFY).*(elapsed\(\)|\b[a-zA-Z]*(ms|Ms|waited)\b) *<' tests \
    | grep -v '^tests/benchmarks/' || true)
if [ -n "$hits" ]; then
    echo "tests: wall-clock upper bounds in tests (move the measure to tests/benchmarks/):"
    echo "$hits" | sed 's/^/  /'
    exit 1
fi
echo "tests: no wall-clock upper bounds"
