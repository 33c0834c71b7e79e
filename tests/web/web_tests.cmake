# web/logic (scorecard_web_logic) is plain C++ over the core (no ImGui, no emscripten): tested
# natively here.
add_scorecard_test(web_tests
  web/history_test.cpp
  web/commands_test.cpp
  web/mismatch_commands_test.cpp
  web/edit_menu_test.cpp
  web/mismatch_text_test.cpp
  web/report_cache_test.cpp
  web/clock_test.cpp
  web/file_names_test.cpp
  web/autosave_test.cpp
  web/autosave_startup_test.cpp
  web/text_cache_test.cpp
  web/open_tabs_test.cpp
  web/pane_layout_test.cpp
  web/key_latch_test.cpp
  web/decision_text_test.cpp
  web/wheel_test.cpp
  web/field_text_test.cpp
  web/table_model_test.cpp
  web/compare_model_test.cpp
  web/compare_files_test.cpp
  web/theme_prefs_test.cpp
  web/dashboard_text_test.cpp
  web/dashboard_cache_test.cpp
  web/dashboard_commands_test.cpp
  web/partner_text_test.cpp
  web/row_query_test.cpp
  web/csv_import_test.cpp
  web/disk_conflict_test.cpp
  web/merge_files_test.cpp
  web/opening_file_test.cpp
  web/share_link_test.cpp
  web/recent_files_test.cpp
)
target_link_libraries(web_tests PRIVATE scorecard_web_logic)

# web/logic/ must not include UI or platform headers, nor anything from the layers above it.
add_test(NAME web_logic_purity_check
         COMMAND ${CMAKE_COMMAND} -DLOGIC_DIR=${PROJECT_SOURCE_DIR}/web/logic
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/web/web_logic_purity_check.cmake)
set_tests_properties(web_logic_purity_check PROPERTIES LABELS purity)
