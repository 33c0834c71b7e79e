# The CLI compiled to WebAssembly for node: ${SCORECARD_DIST_DIR}/bin/scorecard.mjs, run as
# `node scorecard.mjs COMMAND ARGS...` with the same output bytes and exit codes as the native
# dist/bin/scorecard (tests/browser/wasm_cli.test.mjs). Included by cli/CMakeLists.txt in the web
# (emscripten) build, which compiles scorecard_core once for the app and this CLI alike.
#
# Node quirks (../shared/TOOLCHAIN.md): a separate .wasm fails to load under node 20, so the wasm
# is inlined (SINGLE_FILE); NODERAWFS gives the real file system; EXIT_RUNTIME passes main's
# return value on as the exit code. Exceptions as in the web build: the core's reader throws.
target_compile_options(scorecard_cli PRIVATE ${SCORECARD_WEB_COMPILE_FLAGS})
if(SCORECARD_PCH)
  # Same flags as the core: its precompiled JSON/standard header serves these files too.
  target_precompile_headers(scorecard_cli REUSE_FROM scorecard_core)
endif()

add_executable(scorecard_node main.cpp)
set_target_properties(scorecard_node PROPERTIES OUTPUT_NAME scorecard-node SUFFIX ".js")
target_link_libraries(scorecard_node PRIVATE scorecard_cli)
target_compile_options(scorecard_node PRIVATE ${SCORECARD_WEB_COMPILE_FLAGS})
target_link_options(scorecard_node PRIVATE
  ${SCORECARD_WEB_COMPILE_FLAGS}
  -sENVIRONMENT=node -sNODERAWFS=1 -sSINGLE_FILE=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1
  # Large inputs (--max-size 1G and an enterprise file) need more than the default 2 GB cap's
  # growth steps allow by default; 4 GB is wasm32's limit.
  -sMAXIMUM_MEMORY=4GB)

# emscripten writes a CommonJS-style script; node runs a .mjs as an ES module, so a small
# prelude gives it `require`, `__filename` and `__dirname` (cli/node_prelude.mjs).
set(scorecard_mjs "${SCORECARD_DIST_DIR}/bin/scorecard.mjs")
add_custom_command(
  OUTPUT "${scorecard_mjs}"
  COMMAND "${CMAKE_COMMAND}" "-DPRELUDE=${CMAKE_CURRENT_SOURCE_DIR}/node_prelude.mjs"
          "-DSCRIPT=$<TARGET_FILE:scorecard_node>" "-DOUT=${scorecard_mjs}"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/wrap_node_module.cmake"
  DEPENDS scorecard_node "${CMAKE_CURRENT_SOURCE_DIR}/node_prelude.mjs"
          "${CMAKE_CURRENT_SOURCE_DIR}/wrap_node_module.cmake"
  COMMENT "Writing the WebAssembly CLI ${scorecard_mjs}"
  VERBATIM)
add_custom_target(scorecard_wasm_cli ALL DEPENDS "${scorecard_mjs}")
