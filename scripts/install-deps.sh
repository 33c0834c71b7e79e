#!/usr/bin/env bash
# Installs what the build and tests need, from Debian and npm only. Idempotent and quiet
# when everything is already present, so run.sh and test.sh call it every time.
# Works as root without sudo (CI), as a user with sudo, with stale or missing apt lists
# (apt-get update runs at most once, and only when something is missing), and with no stdin.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

need_apt=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in cmake ninja-build g++ emscripten nlohmann-json3-dev libgtest-dev libgmock-dev \
           libbenchmark-dev chromium chromium-driver fonts-inter fonttools xz-utils dpkg-dev \
           clang-format zlib1g-dev; do
  have_pkg "$pkg" || need_apt+=("$pkg")
done
# The sanitizer + fuzz stage (scripts/sanitize.sh): clang with libFuzzer and the ASan/UBSan
# runtimes, and llvm-symbolizer (llvm-14) so a report names files and lines.
for pkg in clang-14 libclang-rt-14-dev llvm-14; do
  have_pkg "$pkg" || need_apt+=("$pkg")
done
# node/npm may come from another repository than Debian's: check the commands, not the packages.
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo -n)
  else
    missing_root_msg="install-deps: not root and no sudo"
  fi
fi
as_root() {
  if [ -n "${missing_root_msg:-}" ]; then
    echo "$missing_root_msg: cannot run '$*'. Run scripts/install-deps.sh as root once." >&2
    return 1
  fi
  "${sudo_cmd[@]}" "$@"
}

# Runs a command quietly; prints its output only if it fails.
quiet() {
  local log
  log="$(mktemp)"
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then rm -f "$log"; return 0; fi
  cat "$log" >&2
  rm -f "$log"
  return "$rc"
}

apt_updated=0
apt_update() {
  if [ "$apt_updated" -eq 0 ]; then
    echo "install-deps: apt-get update"
    quiet as_root apt-get update
    apt_updated=1
  fi
}

if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "install-deps: installing ${need_apt[*]}"
  # Lists on a fresh image are missing or stale: always refresh once before installing.
  apt_update
  quiet as_root apt-get install -y --no-install-recommends "${need_apt[@]}"
fi

# Dear ImGui's full sources come only from Debian's *source* package; keep the tarball in
# build/_deps/ (git-ignored) so the build can unpack it into the build tree.
cache="$root/build/_deps"
mkdir -p "$cache"
if ! ls "$cache"/imgui_*.orig.tar.* >/dev/null 2>&1; then
  src_list=/etc/apt/sources.list.d/debian-src.sources
  if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "install-deps: enabling Debian source packages (deb-src)"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | as_root tee "$src_list" >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    else
      echo "install-deps: no Debian apt sources found to derive deb-src from" >&2
      exit 1
    fi
    apt_updated=0
  fi
  echo "install-deps: fetching the imgui source package"
  # If the source lists were never fetched, the first attempt fails: update once and retry.
  if ! (cd "$cache" && quiet apt-get source --download-only imgui); then
    apt_updated=0
    apt_update
    (cd "$cache" && quiet apt-get source --download-only imgui)
  fi
fi

# Browser-test and schema-check tools from npm, pinned by tests/browser/package-lock.json.
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] || [ ! -d "$root/tests/browser/node_modules/ajv" ]; then
  echo "install-deps: npm install in tests/browser"
  if [ -f "$root/tests/browser/package-lock.json" ]; then
    (cd "$root/tests/browser" && quiet npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$root/tests/browser" && quiet npm install --no-audit --no-fund --loglevel=error)
  fi
fi
