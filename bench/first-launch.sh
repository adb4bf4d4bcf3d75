#!/usr/bin/env bash
# How long the README's first command takes on a fresh Debian 12 machine, from
# `./scripts/run.sh` to ClaimDesk's window on the screen: a minimal Debian 12 is
# bootstrapped into a folder (debootstrap), a clone of this repository is put in
# it, and run.sh runs there as root (packages, OCR models, build, demo book)
# against an Xvfb screen of the host until the main window is mapped.
#
# usage: sudo bench/first-launch.sh [WORKDIR]     (WORKDIR is deleted first)
# Needs debootstrap, Xvfb and xwininfo (x11-utils) on the host (and xwd from
# x11-apps for a picture of the screen), and the network
# to reach Debian's mirror and the npm registry. Services never start in the
# fresh system (policy-rc.d); it shares the host's kernel, network, devices and
# screen, nothing it installs reaches the host.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/claimdesk-first-launch}
root="$work/root"
display=:97
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

for tool in debootstrap Xvfb xwininfo; do
    command -v "$tool" >/dev/null || {
        echo "first-launch: $tool is missing (apt-get install debootstrap xvfb x11-utils)" >&2
        exit 2
    }
done
[ "$(id -u)" -eq 0 ] || {
    echo "first-launch: run as root (debootstrap and chroot)" >&2
    exit 2
}

# run.sh and everything it starts (the app included) run in a process group of
# their own, which the cleanup ends.
cleanup() {
    [ -n "${run_group:-}" ] && kill -- "-$run_group" 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    for m in tmp/.X11-unix dev sys proc; do
        if mountpoint -q "$root/$m"; then umount -R -l "$root/$m"; fi
    done
}
trap cleanup EXIT

cleanup # mounts a run cut short left behind
rm -rf --one-file-system "$work"
mkdir -p "$work"
echo "first-launch: bootstrapping a minimal Debian 12 in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's own certificate authorities (a company proxy's, say), as the
# administrator of a new machine on the same network would add them.
if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
git clone -q "$PWD" "$root/root/claimdesk"

install -d -m 0700 "$root/run/user/0"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
# The host's /dev as a slave: nothing mounted under it here reaches the host.
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mkdir -p /tmp/.X11-unix "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!

echo "first-launch: ./scripts/run.sh (log in $work/run.log, each line with the seconds since the start)"
start=$(date +%s.%N)
export root display work
setsid bash -c '
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DISPLAY="$display" LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 \
        bash -c "cd /root/claimdesk && exec ./scripts/run.sh" 2>&1 |
        { SECONDS=0; while IFS= read -r line; do printf "%5d %s\n" "$SECONDS" "$line"; done; } >"$work/run.log"' &
run_group=$!
# The main window, mapped (a window still being set up does not count).
window_shown() {
    local info
    info=$(DISPLAY=$display xwininfo -name ClaimDesk 2>/dev/null) || return 1
    [[ $info == *IsViewable* ]]
}
deadline=$((SECONDS + 3600))
until window_shown; do
    if ! kill -0 -- "-$run_group" 2>/dev/null; then
        echo "first-launch: run.sh ended before a window showed; the end of its log:" >&2
        tail -20 "$work/run.log" >&2
        exit 1
    fi
    if ((SECONDS > deadline)); then
        echo "first-launch: no window after an hour; the end of the log:" >&2
        tail -20 "$work/run.log" >&2
        exit 1
    fi
    sleep 1
done
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "first-launch: window shown after %.0f s (%d min %02d s)\n", t, t / 60, t % 60 }'
# Where the time went: the log's first line of each phase.
grep -m1 -E '^ *[0-9]+ install-deps: installing' "$work/run.log" | cut -c1-80 || true
grep -m1 -E 'OCR model' "$work/run.log" || true
grep -m1 -E -- '-- Configuring done|Configuring done' "$work/run.log" || true
grep -m1 -E '^ *[0-9]+ \[1/' "$work/run.log" || true
grep -E '^ *[0-9]+ \[[0-9]+/[0-9]+\]' "$work/run.log" | tail -1 | cut -c1-80 || true
if command -v xwd >/dev/null && DISPLAY=$display xwd -root -silent >"$work/window.xwd"; then
    echo "first-launch: the screen as it was: $work/window.xwd"
fi
