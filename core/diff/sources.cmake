list(APPEND SCORECARD_CORE_SOURCES
  diff/diff.cpp
  diff/diff_report.cpp
  diff/field_words.cpp
)
