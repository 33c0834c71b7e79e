# Document model helpers that have behaviour (the structs themselves are header-only).
list(APPEND SCORECARD_CORE_SOURCES
  model/builtin_dimensions.cpp
  model/walk.cpp
)
