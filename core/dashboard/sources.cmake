# The dashboard (issue 8): the figures the Dashboard view draws, review snapshots, the
# workshop's action list and their text/JSON sections for `scorecard score`.
list(APPEND SCORECARD_CORE_SOURCES
  dashboard/figures.cpp
  dashboard/kpi_tiles.cpp
  dashboard/overdue.cpp
  dashboard/reviews.cpp
  dashboard/action_list.cpp
  dashboard/score_sections.cpp
  dashboard/dashboard.cpp
  # Partner cadence and material acknowledgements (reused by issue 9). They belong with
  # partners/sources.cmake; listed here while that file has another engineer's edits in progress.
  partners/cadence.cpp
  partners/materials.cpp
)
