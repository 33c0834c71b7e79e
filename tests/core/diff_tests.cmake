add_scorecard_test(diff_tests
  core/diff_entities_test.cpp
  core/diff_fields_test.cpp
  core/diff_report_test.cpp
)
