add_scorecard_test(dashboard_tests
  core/dashboard_figures_test.cpp
  core/dashboard_kpi_test.cpp
  core/dashboard_overdue_test.cpp
  core/dashboard_reviews_test.cpp
  core/dashboard_actions_test.cpp
  core/dashboard_samples_test.cpp
)
