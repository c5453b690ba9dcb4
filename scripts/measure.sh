#!/usr/bin/env bash
# Measures the kiosk like a kiosk (issue 9, docs/PERFORMANCE.md): the
# release build under Xvfb at 1920x1080 with the software renderer
# (ICED_BACKEND=tiny-skia), several fresh starts, and reports
#
#   first frame   launch -> "first frame presented" (from --trace-startup;
#                 also the part after main, "in-process")
#   PSS 10 s      proportional set size 10 s after launch, on Start
#                 (/proc/PID/smaps_rollup)
#   idle CPU      CPU time used over IDLE_SECONDS on Start after that
#                 (utime+stime from /proc/PID/stat, all threads, 10 ms
#                 steps; and `perf stat -e task-clock` where perf works)
#   idle redraws  frames drawn over the same time (trace-frame lines), and
#                 those not within 2 s after a full minute (the clock on
#                 Start changes once a minute: that redraw is expected)
#   PSS walk      PSS after the kiosk has shown every screen in every
#                 language (MEDBORGARKIOSK_WALK=1, one run)
#
# as median, min and max. Where Chromium is installed (`chromium` or
# `chromium-browser` on PATH) the same is measured for a static page with
# the Start screen's eight buttons in Chromium's kiosk mode (all its
# processes), so the ratio comes from one run on one machine. Nothing here
# needs Chromium; CI does not run this script.
#
# Usage: scripts/measure.sh            (builds with cargo build --release)
# Environment:
#   RUNS=5            fresh starts per measurement
#   IDLE_SECONDS=30   idle window
#   SETTLE_SECONDS=10 time after launch before PSS and the idle window
#   BIN=path          a kiosk binary to measure instead of building
#   WALK=0            skip the walk
#   CHROMIUM=0        skip Chromium even if installed
#   DISPLAY_NUM=97    the Xvfb display to use
# Needs: Xvfb, awk; the machine should be quiet (the load is printed).

set -euo pipefail

RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-30}
SETTLE_SECONDS=${SETTLE_SECONDS:-10}
WALK=${WALK:-1}
CHROMIUM=${CHROMIUM:-1}
DISPLAY_NUM=${DISPLAY_NUM:-97}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z "${BIN:-}" ]]; then
    (cd "$ROOT" && cargo build --release --quiet)
    BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/medborgarkiosk"
fi
[[ -x "$BIN" ]] || { echo "no kiosk binary at $BIN" >&2; exit 2; }

WORK=$(mktemp -d /tmp/kiosk-measure.XXXXXX)
XVFB_PID=""
KIOSK_PID=""
cleanup() {
    [[ -n "$KIOSK_PID" ]] && kill "$KIOSK_PID" 2>/dev/null || true
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]] && break
    sleep 0.1
done

CLK_TCK=$(getconf CLK_TCK)
# perf stat counts the CPU time of every thread exactly; optional.
PERF=""
if command -v perf >/dev/null && perf stat -e task-clock -x, -- true >/dev/null 2>&1; then
    PERF=$(command -v perf)
fi
now_ms() { date +%s%3N; }

# CPU time of all threads of a process, in ns (schedstat; threads that
# ended are missing, so only for Chromium's sum over processes), and
# utime+stime in ms (clock ticks; coarse, threads that ended included).
cpu_ns() {
    local pid=$1 sum=0 ns
    for f in /proc/"$pid"/task/*/schedstat; do
        read -r ns _ <"$f" 2>/dev/null || continue
        sum=$((sum + ns))
    done
    echo "$sum"
}
ticks_ms() { awk -v t="$CLK_TCK" '{print ($14 + $15) * 1000 / t}' "/proc/$1/stat"; }
pss_kib() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup"; }

# Waits until FILE has a line matching PATTERN (at most SECONDS).
wait_for() {
    local file=$1 pattern=$2 seconds=$3
    for _ in $(seq $((seconds * 20))); do
        grep -q "$pattern" "$file" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}

# median min max of the numbers on stdin
stats() {
    sort -g | awk '{v[NR] = $1} END {
        if (NR == 0) { print "n/a"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %.1f  min %.1f  max %.1f  (n=%d)", m, v[1], v[NR], NR
    }'
}

config() {
    cat >"$1/kiosk.toml" <<EOF
data_dir = "$1/data"
EOF
}

# One run of the kiosk; appends to the result files.
kiosk_run() {
    local i=$1 walk=${2:-0}
    local dir="$WORK/run$i"
    mkdir -p "$dir"
    config "$dir"
    local launch
    launch=$(now_ms)
    MEDBORGARKIOSK_WALK=$walk ICED_BACKEND=tiny-skia \
        "$BIN" --config "$dir/kiosk.toml" --trace-startup 2>"$dir/stderr" &
    KIOSK_PID=$!
    if ! wait_for "$dir/stderr" "first frame presented" 15; then
        echo "run $i: no first frame within 15 s; stderr:" >&2
        tail -20 "$dir/stderr" >&2
        exit 1
    fi
    local frame_epoch main_ms
    frame_epoch=$(awk '/first frame presented/ {sub("epoch_ms=", "", $NF); print $NF}' "$dir/stderr")
    main_ms=$(awk '/first frame presented/ {for (f = 1; f <= NF; f++) if ($f ~ /^\+/) {sub("\\+", "", $f); print $f}}' "$dir/stderr")
    awk -v e="$frame_epoch" -v l="$launch" 'BEGIN {printf "%.1f\n", e - l}' >>"$WORK/first_frame"
    echo "$main_ms" >>"$WORK/first_frame_main"

    if [[ "$walk" == 1 ]]; then
        wait_for "$dir/stderr" "walk done" 120 || { echo "walk did not finish" >&2; exit 1; }
        sleep 2
        echo "$(( $(pss_kib "$KIOSK_PID") ))" >>"$WORK/pss_walk"
    else
        local until=$((launch + SETTLE_SECONDS * 1000))
        while (($(now_ms) < until)); do sleep 0.1; done
        pss_kib "$KIOSK_PID" >>"$WORK/pss10"
        local t0 f0 t1
        t0=$(ticks_ms "$KIOSK_PID")
        f0=$(grep -c '^trace-frame:' "$dir/stderr" || true)
        if [[ -n "$PERF" ]]; then
            "$PERF" stat -e task-clock -x, -p "$KIOSK_PID" -- sleep "$IDLE_SECONDS" 2>"$dir/perf" || true
            awk -F, '/task-clock/ {v = ($1 ~ /^[0-9.]+$/) ? $1 : 0; printf "%.2f\n", v}' "$dir/perf" >>"$WORK/idle_perf"
        else
            sleep "$IDLE_SECONDS"
        fi
        t1=$(ticks_ms "$KIOSK_PID")
        awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f\n", b - a}' >>"$WORK/idle_ticks"
        # Redraws in the window; and those not just after a full minute.
        local start_epoch
        start_epoch=$(awk '/process start/ {sub("epoch_ms=", "", $NF); print $NF}' "$dir/stderr")
        awk -v skip="$f0" -v s="$start_epoch" '
            /^trace-frame:/ { n++; if (n <= skip) next; all++
                sub("\\+", "", $3); t = (s + $3) / 1000; if ((t % 60) > 2) odd++ }
            END { printf "%d %d\n", all, odd }' "$dir/stderr" >>"$WORK/idle_frames"
    fi
    kill "$KIOSK_PID" 2>/dev/null || true
    wait "$KIOSK_PID" 2>/dev/null || true
    KIOSK_PID=""
}

echo "medborgarkiosk measurement, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(uname -r)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $BIN"
echo "Xvfb 1920x1080x24, ICED_BACKEND=tiny-skia, $RUNS runs, settle ${SETTLE_SECONDS} s, idle ${IDLE_SECONDS} s"
echo

# A first run that is not counted: the binary and fonts into the page cache.
kiosk_run warm 0 >/dev/null || true
rm -f "$WORK"/first_frame* "$WORK"/pss10 "$WORK"/idle_*

for i in $(seq "$RUNS"); do
    kiosk_run "$i" 0
done

echo "kiosk (target)"
echo "  first frame, from launch (ms)      $(stats <"$WORK/first_frame")   (< 200)"
echo "  first frame, from main (ms)        $(stats <"$WORK/first_frame_main")"
echo "  PSS after ${SETTLE_SECONDS} s on Start (MiB)     $(awk '{print $1 / 1024}' "$WORK/pss10" | stats)   (< 60)"
echo "  CPU over ${IDLE_SECONDS} s idle, utime+stime (ms) $(stats <"$WORK/idle_ticks")   (< 50; 10 ms steps)"
if [[ -s "$WORK/idle_perf" ]]; then
    echo "  CPU over ${IDLE_SECONDS} s idle, perf task-clock (ms) $(stats <"$WORK/idle_perf")"
fi
echo "  redraws over ${IDLE_SECONDS} s idle           $(cut -d' ' -f1 "$WORK/idle_frames" | stats)   (the clock: 1 per full minute)"
echo "  of them not at a full minute       $(cut -d' ' -f2 "$WORK/idle_frames" | stats)   (0)"

if [[ "$WALK" == 1 ]]; then
    kiosk_run walk 1
    echo "  PSS after every screen in every language (MiB) $(awk '{print $1 / 1024}' "$WORK/pss_walk" | stats)   (< 80)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Chromium, where installed -------------------------------------------
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [[ "$CHROMIUM" != 1 || -z "$CHROME" ]]; then
    echo
    echo "chromium: not installed (or CHROMIUM=0); skipped"
    exit 0
fi

# The Start screen's content: a title, the office, eight language buttons.
PAGE="$WORK/start.html"
cat >"$PAGE" <<'EOF'
<!doctype html><html><head><meta charset="utf-8"><title>Medborgarkiosk</title>
<style>body{margin:0;font-family:sans-serif;background:#f5f5f0}
h1{font-size:64px;margin:48px} div{display:grid;grid-template-columns:repeat(4,1fr);gap:24px;margin:48px}
button{font-size:40px;min-height:120px;border-radius:16px;border:0;background:#1d4f91;color:#fff}</style></head>
<body><h1>Välkommen till Medborgarcenter Tumba</h1><div>
<button>Svenska</button><button>English</button><button>Suomi</button><button dir="rtl">العربية</button>
<button dir="rtl">فارسی</button><button>Soomaali</button><button>Türkçe</button><button>ትግርኛ</button></div>
<script>requestAnimationFrame(() => requestAnimationFrame(() =>
  console.log("first-frame epoch_ms=" + (performance.timeOrigin + performance.now()))));</script>
</body></html>
EOF

# All processes of the browser: the launched one and its descendants.
tree_pids() {
    local pids=$1 all=$1 next
    while [[ -n "$pids" ]]; do
        next=$(for p in $pids; do cat /proc/"$p"/task/*/children 2>/dev/null; done | tr '\n' ' ')
        all="$all $next"
        pids=$(echo "$next" | xargs)
    done
    echo "$all"
}
sum_over() { local fn=$1 total=0 v; shift; for p in "$@"; do v=$($fn "$p" 2>/dev/null || echo 0); total=$((total + ${v%.*})); done; echo "$total"; }

chrome_run() {
    local i=$1
    local dir="$WORK/chrome$i"
    mkdir -p "$dir"
    local launch
    launch=$(now_ms)
    "$CHROME" --kiosk --no-first-run --no-default-browser-check --disable-gpu \
        --user-data-dir="$dir/profile" --enable-logging=stderr --v=0 \
        --window-size=1920,1080 "file://$PAGE" >"$dir/stdout" 2>"$dir/stderr" &
    KIOSK_PID=$!
    if ! wait_for "$dir/stderr" "first-frame" 30; then
        echo "chromium run $i: no first frame" >&2
        kill "$KIOSK_PID" 2>/dev/null || true
        KIOSK_PID=""
        return
    fi
    local e
    e=$(grep -o 'first-frame epoch_ms=[0-9.]*' "$dir/stderr" | head -1 | cut -d= -f2)
    awk -v e="$e" -v l="$launch" 'BEGIN {printf "%.1f\n", e - l}' >>"$WORK/c_first_frame"
    local until=$((launch + SETTLE_SECONDS * 1000))
    while (($(now_ms) < until)); do sleep 0.1; done
    # shellcheck disable=SC2046
    set -- $(tree_pids "$KIOSK_PID")
    echo $# >>"$WORK/c_procs"
    sum_over pss_kib "$@" >>"$WORK/c_pss10"
    local c0 c1
    c0=$(sum_over cpu_ns "$@")
    sleep "$IDLE_SECONDS"
    c1=$(sum_over cpu_ns "$@")
    awk -v a="$c0" -v b="$c1" 'BEGIN {printf "%.2f\n", (b - a) / 1e6}' >>"$WORK/c_idle_cpu"
    kill "$KIOSK_PID" 2>/dev/null || true
    wait "$KIOSK_PID" 2>/dev/null || true
    KIOSK_PID=""
}

echo
echo "chromium --kiosk, the same Start buttons as a static page ($("$CHROME" --version 2>/dev/null || echo "$CHROME"))"
chrome_run warm >/dev/null 2>&1 || true
rm -f "$WORK"/c_*
for i in $(seq "$RUNS"); do
    chrome_run "$i"
done
echo "  first frame, from launch (ms)      $(stats <"$WORK/c_first_frame" 2>/dev/null || echo n/a)"
echo "  PSS after ${SETTLE_SECONDS} s, all processes (MiB) $(awk '{print $1 / 1024}' "$WORK/c_pss10" | stats)"
echo "  processes                          $(stats <"$WORK/c_procs")"
echo "  CPU over ${IDLE_SECONDS} s idle (ms)           $(stats <"$WORK/c_idle_cpu")"
