#!/usr/bin/env bash
# Application start-up: time from launch to the first complete frame saved (--screenshot, which
# exits right after it) and the peak resident memory, per mode, offscreen, median of 5 runs.
# A kiosk starts after every crash or reboot, so this is what a citizen may wait. Each run
# has a fresh data folder (the store's migrations included: the first boot, the worst case).
# Usage: tests/bench/app-startup.sh BUILD_DIR   (./run.sh bench passes build/release)
set -euo pipefail
BUILD_DIR=${1:?usage: app-startup.sh BUILD_DIR}
APP="$BUILD_DIR/app/eguichet"
[ -x "$APP" ] || { echo "app-startup: $APP not built" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen python3 - "$APP" <<'PY'
import os, resource, statistics, subprocess, sys, tempfile, time
app = sys.argv[1]
runs = 5
print(f"{'mode':8} {'first frame ms (median, min-max)':34} {'peak RSS MB (max)':>18}")
for mode in ("kiosk", "counter", "home"):
    times, peaks = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            ini = os.path.join(tmp, "site.ini")
            with open(ini, "w") as f:
                f.write(f"[app]\ndata_dir={tmp}/data\n")
            env = dict(os.environ, HOME=tmp, XDG_RUNTIME_DIR=tmp)
            start = time.monotonic()
            pid = os.fork()
            if pid == 0:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                os.execve(app, [app, "--mode", mode, "--config", ini,
                                "--screenshot", os.path.join(tmp, "s.png")], env)
            _, status, usage = os.wait4(pid, 0)
            times.append((time.monotonic() - start) * 1000)
            if status != 0:
                sys.exit(f"app-startup: {mode} exited with status {status}")
            peaks.append(usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux
    print(f"{mode:8} {statistics.median(times):8.0f} ({min(times):.0f}-{max(times):.0f}){'':19} {max(peaks):10.1f}")
PY
