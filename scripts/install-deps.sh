#!/usr/bin/env bash
# Installs what the build and tests need, from Debian and npm only. Idempotent and quiet
# when everything is already present, so run.sh and test.sh call it every time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

need_apt=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in cmake ninja-build g++ emscripten nlohmann-json3-dev libgtest-dev libgmock-dev \
           libbenchmark-dev chromium chromium-driver fonts-inter fonttools xz-utils dpkg-dev; do
  have_pkg "$pkg" || need_apt+=("$pkg")
done
# node/npm may come from another repository than Debian's: check the commands, not the packages.
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

apt_updated=0
apt_update() {
  if [ "$apt_updated" -eq 0 ]; then
    $sudo_cmd apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "install-deps: installing ${need_apt[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Dear ImGui's full sources come only from Debian's *source* package; keep the tarball in
# third_party_cache/ (git-ignored) so the build can unpack it into the build tree.
cache="$root/build/_deps"
mkdir -p "$cache"
if ! ls "$cache"/imgui_*.orig.tar.* >/dev/null 2>&1; then
  src_list=/etc/apt/sources.list.d/debian-src.sources
  if [ ! -f "$src_list" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo_cmd tee "$src_list" >/dev/null
    apt_updated=0
  fi
  apt_update
  echo "install-deps: fetching the imgui source package"
  (cd "$cache" && apt-get source --download-only -qq imgui >/dev/null)
fi

# Browser-test and schema-check tools from npm, pinned in tests/browser/package.json.
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] || [ ! -d "$root/tests/browser/node_modules/ajv" ]; then
  echo "install-deps: npm install in tests/browser"
  (cd "$root/tests/browser" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
