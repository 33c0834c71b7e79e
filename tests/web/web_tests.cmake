# The parts of web/ that are plain C++ (no ImGui, no emscripten) are tested natively here.
add_scorecard_test(web_tests
  web/history_test.cpp
  web/mismatch_text_test.cpp
  web/report_cache_test.cpp
  web/clock_test.cpp
  web/file_names_test.cpp
  web/autosave_test.cpp
  web/pane_layout_test.cpp
  web/key_latch_test.cpp
  web/decision_text_test.cpp
  web/wheel_test.cpp
  ${PROJECT_SOURCE_DIR}/web/app/history.cpp
  ${PROJECT_SOURCE_DIR}/web/app/mismatch_text.cpp
  ${PROJECT_SOURCE_DIR}/web/app/report_cache.cpp
  ${PROJECT_SOURCE_DIR}/web/app/clock.cpp
  ${PROJECT_SOURCE_DIR}/web/app/file_names.cpp
  ${PROJECT_SOURCE_DIR}/web/app/autosave.cpp
  ${PROJECT_SOURCE_DIR}/web/app/pane_layout.cpp
  ${PROJECT_SOURCE_DIR}/web/app/key_latch.cpp
  ${PROJECT_SOURCE_DIR}/web/app/decision_text.cpp
  ${PROJECT_SOURCE_DIR}/web/app/wheel.cpp
)
target_include_directories(web_tests PRIVATE "${PROJECT_SOURCE_DIR}/web")
