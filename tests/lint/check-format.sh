#!/usr/bin/env bash
# Fails when a C++ source of ours is not clang-formatted (.clang-format at the root).
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | grep -v '^build/' || true)
else
    mapfile -t files < <(find eid app ui sandbox tests -name '*.cpp' -o -name '*.h' 2>/dev/null)
fi
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
[ ${#existing[@]} -gt 0 ] || { echo "no sources found"; exit 1; }
clang-format --dry-run --Werror "${existing[@]}"
echo "format_check: ${#existing[@]} files clean"
