# The benchmark document generator: deterministic, valid, the requested sizes.
add_scorecard_test(bench_generator_tests bench/document_generator_test.cpp)
target_link_libraries(bench_generator_tests PRIVATE scorecard_bench_gen)

# The benchmark executable itself, at its smallest sizes with a tiny time budget: it must
# build and run, not measure anything (numbers come from a Release build, BENCHMARKS.md).
if(SCORECARD_BENCHMARKS)
  add_test(NAME scorecard_bench_smoke
           COMMAND scorecard_bench "--benchmark_filter=/1000_deals$|/10_pairs$|^limits_[a-z]+/10000_" --benchmark_min_time=0.001)
  set_tests_properties(scorecard_bench_smoke PROPERTIES TIMEOUT 120 LABELS bench_smoke)
endif()
