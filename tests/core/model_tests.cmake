add_scorecard_test(model_tests
  core/builtin_dimensions_test.cpp
  core/sample_content_test.cpp
  core/shared_table_test.cpp
)
