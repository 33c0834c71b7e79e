add_scorecard_test(workflow_tests
  core/workflow_dates_test.cpp
  core/workflow_ab_test_test.cpp
  core/workflow_experiments_test.cpp
  core/workflow_readiness_test.cpp
  core/workflow_decisions_test.cpp
  core/workflow_verification_test.cpp
)
