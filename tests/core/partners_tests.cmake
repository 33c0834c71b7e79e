add_scorecard_test(partners_tests
  core/partners_copy_text_test.cpp
  core/partners_message_audit_test.cpp
  core/partners_pricing_test.cpp
  core/partners_reporting_test.cpp
  core/partners_conflicts_test.cpp
  core/partners_kpis_test.cpp
)
