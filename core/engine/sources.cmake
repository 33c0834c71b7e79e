# Mismatch engine: detection, recompute, journey, symptoms, diagnosis, priority, index, report.
list(APPEND SCORECARD_CORE_SOURCES
  engine/text_util.cpp
  engine/detection.cpp
  engine/recompute.cpp
  engine/journey.cpp
  engine/symptoms.cpp
  engine/diagnosis.cpp
  engine/priority.cpp
  engine/priority_formula.cpp
  engine/mismatch_state.cpp
  engine/tradeoff_cost.cpp
  engine/fix_options.cpp
  engine/alignment_index.cpp
  engine/mismatch_groups.cpp
  engine/score_report.cpp
  engine/score_text.cpp
  engine/triage.cpp
)
