# The HTML report (issue 10): one self-contained page of the results for `scorecard report`
# and the app's File > Export report.
list(APPEND SCORECARD_CORE_SOURCES
  report/html_escape.cpp
  report/svg_bars.cpp
  report/html_table.cpp
  report/report_style.cpp
  report/report_dashboard.cpp
  report/report_mismatches.cpp
  report/report_tables.cpp
  report/html_report.cpp
)
