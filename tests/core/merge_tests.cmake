add_scorecard_test(merge_tests
  core/merge_partner_values_test.cpp
  core/merge_report_test.cpp
  core/merge_resolve_test.cpp
  core/merge_rules_test.cpp
  core/merge_samples_test.cpp
  core/merge_tables_test.cpp
  core/merge_two_way_test.cpp
)
# The 100k-deal merge builds its document with the benchmark generator.
target_link_libraries(merge_tests PRIVATE scorecard_bench_gen)
