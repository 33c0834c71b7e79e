add_scorecard_test(format_tests
  core/format_roundtrip_test.cpp
)
