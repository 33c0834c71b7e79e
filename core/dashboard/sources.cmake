# The dashboard (issue 8): the figures the Dashboard view draws, review snapshots, the
# workshop's action list and their text/JSON sections for `scorecard score`.
list(APPEND SCORECARD_CORE_SOURCES
  dashboard/figures.cpp
  dashboard/dashboard.cpp
)
