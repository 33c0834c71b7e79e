list(APPEND SCORECARD_CORE_SOURCES
  validation/consistency.cpp
  validation/dates.cpp
  validation/enums.cpp
  validation/ids.cpp
  validation/levels.cpp
  validation/range_checks.cpp
  validation/ranges.cpp
  validation/references.cpp
  validation/rule_context.cpp
  validation/table_rules.cpp
  validation/text.cpp
  validation/validate.cpp
)
