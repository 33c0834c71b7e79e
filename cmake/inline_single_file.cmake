# Builds the one self-contained page: the shell HTML with the SINGLE_FILE emscripten script
# (wasm as base64, fonts and samples inside the wasm) written inline in place of the
# <script src="scorecard.js"> tag, so the file opens by double-click with no server.
# Run as: cmake -DSHELL=<index.html> -DSCRIPT=<single.js> -DOUT=<page.html> -P inline_single_file.cmake
cmake_minimum_required(VERSION 3.20)

set(tag "<script src=\"scorecard.js\"></script>")
file(READ "${SHELL}" page)
file(READ "${SCRIPT}" script)
string(FIND "${page}" "${tag}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${SHELL} has no ${tag} to replace")
endif()
# The hosted page may load its own scorecard.js/.wasm ('self'); the single file loads nothing.
string(REPLACE " 'self'" "" page "${page}")
# "</script" inside the code would end the inline element early; "<\/script" means the same in JS.
string(REPLACE "</script" "<\\/script" script "${script}")
string(REPLACE "${tag}" "<script>\n${script}\n</script>" page "${page}")
file(WRITE "${OUT}" "${page}")
file(SIZE "${OUT}" size)
math(EXPR kib "${size} / 1024")
message(STATUS "Single file ${OUT}: ${size} bytes (${kib} KiB)")
