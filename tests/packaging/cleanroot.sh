#!/bin/bash
# SPDX-License-Identifier: MIT
# Installs a Latent Studio .deb into a fresh Debian 12 root made by debootstrap
# and uses it there as a new user would: the CLI's --version, a short training
# run, then the installed studio under Xvfb in English and in Chinese, with a
# screenshot of each. Needs root and Debian's package mirror (the same one apt
# uses); not part of `./studio.sh test`. Run by `./studio.sh package --clean-root`.
#
#   tests/packaging/cleanroot.sh DEB [OUT_DIR]
set -euo pipefail

deb=$(realpath "$1")
out=$(realpath -m "${2:-$(dirname "$deb")/cleanroot-check}")
root=$out/root
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "cleanroot.sh: needs root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "cleanroot.sh: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }

unmount() {
  for m in sys dev proc; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap unmount EXIT

rm -rf "$out"
mkdir -p "$out"
echo "== debootstrap bookworm (minbase) from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 ||
  { tail -20 "$out/debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t sysfs sys "$root/sys"
cp /etc/resolv.conf "$root/etc/" 2>/dev/null || true
# The same sources as the host (with its security and updates suites).
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt-get install ./$(basename "$deb") (its Depends and Recommends)"
in_root apt-get update -q >"$out/apt.log" 2>&1
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >>"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
echo "   $(grep -c '^Setting up' "$out/apt.log") packages set up"

echo "== latent-cli --version"
in_root latent-cli --version | tee "$out/version.txt"

echo "== latent-cli train: 120 steps on the built-in digits"
in_root latent-cli train --project /root/digits --preset digits-dcgan --steps 120 >"$out/train.log" 2>&1 ||
  { tail -20 "$out/train.log"; exit 1; }
tail -2 "$out/train.log" | sed 's/^/   /'

# Only now the test's own tools (and a CJK font, which the package suggests):
# the package above had to work without them.
echo "== the installed studio under Xvfb"
in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-utils imagemagick fonts-wqy-microhei \
  >>"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
cat >"$root/tmp/shoot.sh" <<'EOF'
#!/bin/bash
# Starts the studio on the trained project in the given language, waits for its
# window, takes a screenshot. $1 LANG, $2 screenshot path.
set -u
Xvfb :91 -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
LANG=$1 DISPLAY=:91 latent-studio --project /root/digits >/tmp/studio-$1.log 2>&1 &
studio=$!
status=1
for _ in $(seq 60); do
  sleep 0.5
  if DISPLAY=:91 xwininfo -root -tree | grep -q "Latent Studio"; then status=0; break; fi
done
sleep 3
DISPLAY=:91 import -window root "$2"
kill $studio 2>/dev/null; wait $studio 2>/dev/null
kill $xvfb; wait $xvfb 2>/dev/null
[ $status -eq 0 ] || { echo "no studio window appeared ($1)"; cat /tmp/studio-$1.log; }
exit $status
EOF
chmod +x "$root/tmp/shoot.sh"
in_root /tmp/shoot.sh C.UTF-8 /tmp/studio-en.png
in_root /tmp/shoot.sh zh_CN.UTF-8 /tmp/studio-zh_CN.png
cp "$root/tmp/studio-en.png" "$root/tmp/studio-zh_CN.png" "$out/"
echo "Installed and started in a clean root. Screenshots: $out/studio-en.png $out/studio-zh_CN.png"
