add_scorecard_test(import_tests
  core/import_csv_parser_test.cpp
  core/import_cell_values_test.cpp
  core/import_mapping_test.cpp
  core/import_table_test.cpp
  core/import_rules_test.cpp
  core/import_examples_test.cpp
)
