#!/usr/bin/env bash
# Measures the kiosk as a visitor meets it, beside the floor, in one run on
# one machine (issues 9 and 24, docs/PERFORMANCE.md): the release build
# under Xvfb at 1920x1080 with the software renderer (ICED_BACKEND=tiny-skia)
# and, started the same way in the same X server, the floor: a bare iced 0.14
# window with eight buttons (examples/bare_window.rs). Absolute times on a
# shared machine move from run to run; the kiosk beside the floor holds.
#
#   launch -> first change    first capture of the screen that differs from
#                             the one before launch (pixels, scripts/perf/
#                             kiosk-launch.c polls the root window)
#   launch -> settled         first capture that equals the settled screen
#                             (>= 99 % of the pixels); the same as the first
#                             change when the first frame is the final one
#   PSS 10 s                  PSS of the process tree 10 s after launch
#   idle CPU                  CPU of the process tree over 30 s on Start
#                             with one clock repaint (launch+10..+40 s)
#   press -> screen           scripts/perf/tap-latency.c: clicks (XTest) and
#                             polls the screen until a share of the pixels
#                             changed, from the button's release; p50/p90/p99
#                             over ROUNDS rounds of a cycle of presses
#   PSS walk                  PSS after the kiosk has shown every screen in
#                             every language (MEDBORGARKIOSK_WALK=1, one run)
#
# The press cycles, each from Start back to Start ("start over"), in Swedish
# and in Arabic (mirrored): Start -> Home -> start over (the floor: two
# buttons); the guide flow (Home -> e-services -> a category -> a guide);
# the ticket flow (Home -> queue ticket; and on to a service, "take a
# ticket" and the ticket: the built-in demo API's "Information och
# vägledning", open at every hour with `demo_open_all_hours = true`, so
# the cycle runs in the evening and at weekends too); the synpunkt flow (Home -> intro
# -> kind -> area -> topics; and on to the receipt: a topic, next, three
# keys of the on-screen keyboard, next, "send anonymously", send). A key
# changes few pixels (its letter in the text display, the key's own
# colour), so that cycle counts a change of 0.1 % of the screen. The
# points are today's 1920x1080 layout at normal text size; a point that
# misses shows as -1 (timeout).
#
# Usage: scripts/measure.sh            (builds what it needs)
# Environment:
#   RUNS=3            fresh starts per app for launch, PSS and idle CPU
#   ROUNDS=20         rounds of each press cycle
#   ALIGN=38          launch each measured run at this second of the minute
#                     (then the idle window holds exactly one clock repaint;
#                     -1: do not wait)
#   BIN=path          a kiosk binary to measure instead of building
#   FLOOR=path        a floor binary instead of building the example
#   WALK=0            skip the walk
#   DISPLAY_NUM=97    the Xvfb display to use
# Needs: Xvfb, gcc, libx11-dev, libxext-dev, libxtst-dev, python3,
# imagemagick (convert); a quiet machine (the load is printed).

set -euo pipefail

RUNS=${RUNS:-3}
ROUNDS=${ROUNDS:-20}
ALIGN=${ALIGN:-38}
WALK=${WALK:-1}
DISPLAY_NUM=${DISPLAY_NUM:-97}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

if [[ -z "${BIN:-}" ]]; then
    (cd "$ROOT" && cargo build --release --locked --quiet)
    BIN="$TARGET/release/medborgarkiosk"
fi
if [[ -z "${FLOOR:-}" ]]; then
    (cd "$ROOT" && cargo build --release --locked --quiet --example bare_window)
    FLOOR="$TARGET/release/examples/bare_window"
fi
[[ -x "$BIN" ]] || { echo "no kiosk binary at $BIN" >&2; exit 2; }
[[ -x "$FLOOR" ]] || { echo "no floor binary at $FLOOR" >&2; exit 2; }

WORK=$(mktemp -d /tmp/kiosk-measure.XXXXXX)
XVFB_PID=""
APP_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The tools: measure.py finds kiosk-launch beside itself.
TOOLS="$WORK/tools"
mkdir -p "$TOOLS"
cp "$ROOT/scripts/perf/measure.py" "$TOOLS/"
gcc -O2 -o "$TOOLS/kiosk-launch" "$ROOT/scripts/perf/kiosk-launch.c" -lX11 -lXext
gcc -O2 -o "$TOOLS/tap-latency" "$ROOT/scripts/perf/tap-latency.c" -lX11 -lXext -lXtst

Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM" ICED_BACKEND=tiny-skia
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]] && break
    sleep 0.1
done

echo "medborgarkiosk beside the floor, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(uname -r)"
echo "kiosk: $BIN"
echo "floor: $FLOOR"
echo "Xvfb 1920x1080x24, ICED_BACKEND=tiny-skia, $RUNS runs each, $ROUNDS rounds of each press cycle"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- launch, PSS, idle CPU (pixels) ---------------------------------------
# The floor and the kiosk take turns, one launch each (after each one's
# warm-up), so that a load that falls or rises during the runs weighs on
# both alike; the summary is over all RUNS launches of each.
for i in $(seq "$RUNS"); do
    python3 "$TOOLS/measure.py" --name floor --runs 1 --align-second "$ALIGN" \
        --outdir "$WORK/floor-$i" -- "$FLOOR" >/dev/null 2>>"$WORK/floor.log"
    # The kiosk with its own empty data directory (the built-in demo API);
    # measure.py puts a fresh directory in place of @TMPDIR@.
    # shellcheck disable=SC2016
    python3 "$TOOLS/measure.py" --name kiosk --runs 1 --align-second "$ALIGN" \
        --outdir "$WORK/kiosk-$i" -- sh -c 'printf "kiosk_id = \"measure\"\ndemo_open_all_hours = true\ndata_dir = \"%s\"\n" "$1" >"$1/kiosk.toml" && exec "$2" --config "$1/kiosk.toml"' \
        kiosk @TMPDIR@ "$BIN" >/dev/null 2>>"$WORK/kiosk.log"
done
python3 - "$TOOLS" "$WORK" "$RUNS" <<'PY'
import json, statistics, sys
sys.path.insert(0, sys.argv[1])
import measure
work, runs = sys.argv[2], int(sys.argv[3])
def load(name, i):
    with open(f"{work}/{name}-{i}/results/{name}.jsonl") as f:
        return [json.loads(line) for line in f]
both = {name: [r for i in range(1, runs + 1) for r in load(name, i)] for name in ("floor", "kiosk")}
for name, rs in both.items():
    measure.summarize(name, rs)
    print()
ratios = [k["first_match_ms"] / f["first_match_ms"] for f, k in zip(both["floor"], both["kiosk"])
          if f.get("first_match_ms", -1) > 0 and k.get("first_match_ms", -1) > 0]
if ratios:
    print("launch -> settled, kiosk / floor, launch by launch: "
          + " ".join(f"{r:.2f}" for r in ratios) + f"  (median {statistics.median(ratios):.2f})")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- press -> screen -------------------------------------------------------
# One cycle: start the app, wait for it to settle, tap the points ROUNDS
# times, stop it. Prints the summary line of tap-latency.
taps() {
    local name=$1 change=$2
    shift 2
    printf '  %-34s ' "$name"
    "$TOOLS/tap-latency" --rounds "$ROUNDS" --change "$change" "$@" >"$WORK/taps-$name" 2>&1 || true
    # capture_ms: one screen capture, the poll's step. It grows when the
    # machine is slow as a whole (2.5 ms on a quiet one, 10 on a slow
    # one): then the floor's presses are slow too.
    tail -1 "$WORK/taps-$name"
    # Each press of the cycle: its median and its slowest.
    awk '/^tap / { n[$3]++; v[$3, n[$3]] = $4; if (!($3 in seen)) { seen[$3] = 1; order[++k] = $3 } }
        END {
            printf "    by press (p50/max):"
            for (i = 1; i <= k; i++) {
                p = order[i]; m = n[p]
                for (a = 1; a <= m; a++) x[a] = v[p, a]
                for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
                printf " %s %.1f/%.1f", p, x[int((m + 1) / 2)], x[m]
            }
            printf "\n"
        }' "$WORK/taps-$name"
    if grep -q ' -1$' "$WORK/taps-$name"; then
        echo "    (some presses timed out: a point missed its button, see the layout)"
    fi
}
# A kiosk config in DIR with DIR as its (empty) data directory; the
# built-in demo API's queue open at every hour.
kiosk_config() {
    printf 'kiosk_id = "measure"\ndemo_open_all_hours = true\ndata_dir = "%s"\n' "$1" >"$1/kiosk.toml"
}
start_kiosk() {
    local dir="$WORK/taps-kiosk"
    rm -rf "$dir" && mkdir -p "$dir"
    kiosk_config "$dir"
    "$BIN" --config "$dir/kiosk.toml" >/dev/null 2>&1 &
    APP_PID=$!
    sleep 5
}
stop_app() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

echo "press -> screen (ms from the release; p50 p90 p99 max)"
"$FLOOR" >/dev/null 2>&1 &
APP_PID=$!
sleep 3
taps floor 0.15 300,430 1180,430
stop_app

start_kiosk
# Swedish: Svenska on Start, the tiles of Home, "Börja om" at the top right.
taps "kiosk sv start-home" 0.15 357,659 1642,50
taps "kiosk sv guide" 0.05 357,659 1400,340 357,500 508,382 1741,63
taps "kiosk sv ticket" 0.05 357,659 508,339 1741,63
# ... and taking one: Information och vägledning, Ta kölapp, the ticket
# (the demo central's services are open at every hour: kiosk_config).
taps "kiosk sv ticket-taken" 0.05 357,659 508,339 500,430 960,682 1741,63
taps "kiosk sv synpunkt" 0.05 357,659 508,490 1666,422 960,320 500,288 1741,63
# ... and sending one: Bemötande, Nästa, h e j, Nästa, Skicka anonymt,
# Skicka, then "Börja om" on the receipt.
taps "kiosk sv synpunkt-sent" 0.001 357,659 508,490 1666,422 960,320 500,288 500,338 \
    1808,612 959,750 599,662 1079,750 1808,927 1419,1013 1805,1013 1741,67
# Arabic: the same screens mirrored, "start over" at the top left.
taps "kiosk ar start-home" 0.15 960,745 215,50
taps "kiosk ar guide" 0.05 960,745 520,340 1563,500 1412,382 179,63
taps "kiosk ar ticket" 0.05 960,745 1412,339 179,63
taps "kiosk ar ticket-taken" 0.05 960,745 1412,339 1420,430 960,682 179,63
taps "kiosk ar synpunkt" 0.05 960,745 1412,490 200,360 960,320 1420,288 179,63
taps "kiosk ar synpunkt-sent" 0.001 960,745 1412,490 200,360 960,320 1420,288 1420,338 \
    112,612 840,688 960,688 299,600 103,866 501,1013 115,1013 179,63
stop_app
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the walk ------------------------------------------------------------
if [[ "$WALK" == 1 ]]; then
    dir="$WORK/walk"
    mkdir -p "$dir"
    kiosk_config "$dir"
    MEDBORGARKIOSK_WALK=1 "$BIN" --config "$dir/kiosk.toml" --trace-startup 2>"$dir/stderr" >/dev/null &
    APP_PID=$!
    for _ in $(seq 1200); do
        grep -q "walk done" "$dir/stderr" 2>/dev/null && break
        sleep 0.1
    done
    sleep 2
    if grep -q "walk done" "$dir/stderr"; then
        echo
        awk '/^Pss:/ {printf "PSS after every screen in every language: %.1f MiB\n", $2 / 1024}' "/proc/$APP_PID/smaps_rollup"
    else
        echo "the walk did not finish within 120 s" >&2
    fi
    stop_app
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
