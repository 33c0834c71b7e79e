# Fails when a file under web/logic/ includes ImGui, emscripten, GLFW or file-system headers,
# or reaches up into the layers above it (app/, views/, widgets/, test_hooks/, embedded/):
# the view logic stays plain C++ over the core, so tests/web runs it natively.
file(GLOB_RECURSE logic_files "${LOGIC_DIR}/*.h" "${LOGIC_DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS logic_files)
  file(STRINGS "${f}" hits REGEX
       "#[ \t]*include[ \t]*[<\"](imgui|emscripten|GLFW|fstream|filesystem|app/|views/|widgets/|test_hooks/|embedded/)")
  if(hits)
    list(APPEND bad "${f}: ${hits}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "web/logic/ must stay ImGui- and platform-free, but found:\n${bad}")
endif()
list(LENGTH logic_files n)
message(STATUS "web logic purity: ${n} files checked, no UI/platform includes, nothing from the layers above")
