# core/generate: the synthetic scorecards of `scorecard generate`.
add_scorecard_test(generate_tests core/generate_test.cpp)
