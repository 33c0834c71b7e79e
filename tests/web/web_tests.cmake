# The parts of web/ that are plain C++ (no ImGui, no emscripten) are tested natively here.
add_scorecard_test(web_tests
  web/history_test.cpp
  ${PROJECT_SOURCE_DIR}/web/app/history.cpp
)
target_include_directories(web_tests PRIVATE "${PROJECT_SOURCE_DIR}/web")
