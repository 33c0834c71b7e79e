add_scorecard_test(engine_tests
  core/engine_detection_test.cpp
  core/engine_recompute_test.cpp
  core/engine_metrics_test.cpp
  core/engine_priority_index_test.cpp
  core/engine_report_test.cpp
  core/engine_seed_examples_test.cpp
)
