add_scorecard_test(format_tests
  core/format_canonical_test.cpp
  core/format_migration_test.cpp
  core/format_mutation_test.cpp
  core/format_refusal_test.cpp
  core/format_roundtrip_test.cpp
  core/format_unknown_keys_test.cpp
)
