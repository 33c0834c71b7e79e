list(APPEND SCORECARD_CORE_SOURCES
  validation/validate.cpp
)
