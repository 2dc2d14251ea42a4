#!/usr/bin/env bash
# e-Guichet Desktop: the one entry point for newcomers, developers and CI.
#   ./run.sh demo    install what is missing, build, start the sandbox and the app
#   ./run.sh test    install what is missing, build, run every test (ctest)
#   ./run.sh package build the Debian package build/package/eguichet_<version>_amd64.deb
#   ./run.sh deps | build | bench | help
# Environment: PRESET (dev|release|asan, default dev), JOBS (build jobs, default nproc).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PRESET=${PRESET:-dev}
JOBS=${JOBS:-$(nproc)}
BUILD_DIR="$ROOT/build/$PRESET"
PACKAGES_FILE="$ROOT/packaging/debian-packages.txt"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root (or sudo) to run: $*"; fi
}

cmd_deps_debian() {
    [ -r "$PACKAGES_FILE" ] || die "missing $PACKAGES_FILE"
    mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PACKAGES_FILE" | grep -v '^$')
    missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "deps: all ${#wanted[@]} Debian packages present"
        return
    fi
    command -v apt-get >/dev/null || die "apt-get not found: this project targets Debian 12; install: ${missing[*]}"
    say "deps: installing ${#missing[@]} package(s): ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# npm packages the tests use, pinned by their package-lock.json, installed with `npm ci` into
# a local node_modules (nothing global): Redocly CLI for the lint test openapi_lint.
NPM_DIRS=("$ROOT/tests/lint/openapi")
cmd_deps_npm() {
    if ! command -v npm >/dev/null; then
        # Debian's nodejs comes without npm (another machine's nodejs may bundle it).
        say "deps: installing npm"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
    fi
    local dir
    for dir in "${NPM_DIRS[@]}"; do
        # Up to date when npm's own record of the tree equals the lock file's packages.
        if [ -f "$dir/node_modules/.package-lock.json" ] && node -e '
            const a = require(process.argv[1] + "/package-lock.json").packages;
            const b = require(process.argv[1] + "/node_modules/.package-lock.json").packages;
            const v = (p) => Object.fromEntries(Object.entries(p).filter(([k]) => k).map(([k, x]) => [k, x.version]));
            process.exit(JSON.stringify(v(a)) === JSON.stringify(v(b)) ? 0 : 1)' "$dir"; then
            continue
        fi
        say "deps: npm ci in ${dir#"$ROOT"/}"
        (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund)
    done
}

cmd_deps() {
    cmd_deps_debian
    cmd_deps_npm
}

cmd_build() {
    say "build: preset $PRESET in $BUILD_DIR"
    cmake --preset "$PRESET" -S "$ROOT" >/dev/null
    cmake --build --preset "$PRESET" -j "$JOBS"
}

cmd_test() {
    cmd_deps
    cmd_build
    say "test: ctest (labels unit, qml, e2e, lint)"
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=Europe/Brussels
    # Two jobs on CI's two cores; e2e tests that need a unique resource (pcscd) are marked
    # RUN_SERIAL in their own CMakeLists.
    (cd "$BUILD_DIR" && ctest --output-on-failure -j "${CTEST_JOBS:-2}" "$@")
}

cmd_bench() {
    cmd_deps
    PRESET=release BUILD_DIR="$ROOT/build/release"
    cmake --preset release -S "$ROOT" >/dev/null
    cmake --build --preset release -j "$JOBS"
    export QT_QPA_PLATFORM=offscreen
    local ran=0
    for b in "$ROOT"/tests/bench/*.sh; do
        [ -x "$b" ] || continue
        say "bench: $(basename "$b")"
        "$b" "$BUILD_DIR"
        ran=1
    done
    [ $ran -eq 1 ] || say "bench: no benchmark yet"
    say "bench: copy the figures into docs/performance.md"
}

# A release build of what the package holds (no tests, no sandbox), then CPack DEB; the same
# script as the package_build test (tests/package/build-deb.sh).
cmd_package() {
    cmd_deps
    local dir="$ROOT/build/package"
    say "package: release build in $dir"
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DEGUICHET_BUILD_TESTS=OFF -DEGUICHET_BUILD_SANDBOX=OFF >/dev/null
    cmake --build "$dir" -j "$JOBS"
    "$ROOT/tests/package/build-deb.sh" "$dir" "$dir/deb"
    mv "$dir"/deb/eguichet_*_amd64.deb "$dir"/deb/eguichet-kiosk_*_all.deb "$dir/"
    say "package: $(ls "$dir"/eguichet_*_amd64.deb "$dir"/eguichet-kiosk_*_all.deb)"
}

cmd_demo() {
    cmd_deps
    cmd_build
    local state="$ROOT/.demo"
    mkdir -p "$state"
    local args=(--mode "${MODE:-home}")
    # The sandbox (city server, virtual card) joins the demo as it is built; see
    # sandbox/demo.sh, which prints the demo accounts and the card's PIN.
    if [ -x "$ROOT/sandbox/demo.sh" ]; then
        # shellcheck source=/dev/null
        source "$ROOT/sandbox/demo.sh"
        demo_start "$BUILD_DIR" "$state"
        # Expanded now: the EXIT trap runs after this function's locals are gone.
        # shellcheck disable=SC2064
        trap "demo_stop '$state'" EXIT
        trap 'exit 130' INT TERM
        args+=("${DEMO_APP_ARGS[@]}")
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        say "demo: no display found; starting a virtual one (Xvfb): nothing will be visible here"
        say "demo: run ./run.sh demo from a desktop session to see the app"
        xvfb-run -a "$BUILD_DIR/app/eguichet" "${args[@]}"
    else
        say "demo: starting eguichet ${args[*]}"
        "$BUILD_DIR/app/eguichet" "${args[@]}"
    fi
}

case "${1:-help}" in
    deps) cmd_deps ;;
    build) cmd_deps; cmd_build ;;
    test) shift; cmd_test "$@" ;;
    bench) cmd_bench ;;
    package) cmd_package ;;
    demo) cmd_demo ;;
    help | -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (try: ./run.sh help)" ;;
esac
