#!/usr/bin/env bash
# Builds issue 11's baseline page: a bare Dear ImGui "hello" (main.cpp) from the web build's own
# ImGui sources (build/web/_deps/imgui-1.86) with the flags of a Release web build
# (build/web/build.ninja): ImGui "-O3 -DNDEBUG -Os -std=c++17"; main.cpp and the link
# "-O3 -DNDEBUG -Os -fwasm-exceptions" (the default SCORECARD_WEB_EXCEPTIONS) and the same -s
# link options (only the exported function list is shorter). Packed into one HTML file by the
# app's own scripts/single-file.mjs.
# usage: bench/issue11/hello/build.sh IMGUI_DIR OUT_DIR   -> OUT_DIR/hello.html
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
imgui="$1" out="$2"
mkdir -p "$out/obj"
export NODE_PATH=/usr/share/nodejs
defs=(-DImDrawIdx="unsigned int" -I"$imgui" -I"$imgui/backends")
for f in imgui imgui_draw imgui_tables imgui_widgets backends/imgui_impl_glfw backends/imgui_impl_opengl3; do
  o="$out/obj/$(basename "$f").o"
  [ -s "$o" ] || em++ -O3 -DNDEBUG -Os -std=c++17 "${defs[@]}" -c "$imgui/$f.cpp" -o "$o"
done
em++ -O3 -DNDEBUG -Os -fwasm-exceptions -std=c++20 "${defs[@]}" -c "$here/main.cpp" -o "$out/obj/main.o"
em++ -O3 -DNDEBUG -Os -fwasm-exceptions -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 \
  -sALLOW_MEMORY_GROWTH=1 -sMODULARIZE=1 -sEXPORT_NAME=createScorecardModule -sENVIRONMENT=web \
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free \
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8 \
  "$out"/obj/*.o -o "$out/scorecard.js"
node "$root/scripts/single-file.mjs" "$here/shell.html" "$out/scorecard.js" "$out/scorecard.wasm" "$out/hello.html"
