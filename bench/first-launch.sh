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
# fresh system (policy-rc.d), and it shares nothing with the host but the screen.
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

cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
    pkill -f -- "$root/" 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    for m in tmp/.X11-unix dev/pts dev sys proc; do
        mountpoint -q "$root/$m" && umount -l "$root/$m"
    done
}
trap cleanup EXIT

if mountpoint -q "$root/proc" 2>/dev/null; then cleanup; fi
rm -rf "$work"
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
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts"
mkdir -p /tmp/.X11-unix "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!

echo "first-launch: ./scripts/run.sh (log in $work/run.log, each line with the seconds since the start)"
start=$(date +%s.%N)
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DISPLAY="$display" LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 \
    bash -c 'cd /root/claimdesk && exec ./scripts/run.sh' 2>&1 |
    { SECONDS=0; while IFS= read -r line; do printf '%5d %s\n' "$SECONDS" "$line"; done; } >"$work/run.log" &
app_pid=$!
until DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"ClaimDesk'; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "first-launch: run.sh ended before a window showed; the end of its log:" >&2
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
