add_scorecard_test(report_tests
  core/report_escape_test.cpp
  core/report_html_test.cpp
)
