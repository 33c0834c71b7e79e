add_scorecard_test(cli_tests
  cli/cli_export_test.cpp
  cli/cli_format_test.cpp
  cli/cli_generate_test.cpp
  cli/cli_help_test.cpp
  cli/cli_import_test.cpp
  cli/cli_link_test.cpp
  cli/cli_audit_test.cpp
  cli/cli_audit_copy_encoding_test.cpp
  cli/cli_csv_preview_test.cpp
  cli/cli_diff_test.cpp
  cli/cli_merge_git_test.cpp
  cli/cli_merge_test.cpp
  cli/cli_output_file_test.cpp
  cli/cli_partners_test.cpp
  cli/cli_report_test.cpp
  cli/cli_terminal_text_test.cpp
  cli/cli_validate_test.cpp
)
# The tests run the real binary: build it first.
add_dependencies(cli_tests scorecard)

# The CLI under hard memory limits: an executable of its own, because its address-space case
# needs a build without AddressSanitizer (./test.sh runs it in the g++ build; under ASan, which
# reserves terabytes of address space, that one case is skipped).
add_scorecard_test(cli_limits_tests cli/cli_limits_test.cpp)
add_dependencies(cli_limits_tests scorecard)
