list(APPEND SCORECARD_CORE_SOURCES
  workflow/dates.cpp
  workflow/number_text.cpp
  workflow/money_text.cpp
  workflow/ab_test.cpp
  workflow/experiments.cpp
  workflow/decisions.cpp
  workflow/verification.cpp
  workflow/readiness.cpp
)
