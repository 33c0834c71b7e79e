list(APPEND SCORECARD_CORE_SOURCES
  merge/date_lists.cpp
  merge/entity_kinds.cpp
  merge/merge.cpp
  merge/conflict_values.cpp
  merge/merge_report.cpp
  merge/resolve.cpp
  merge/table_form.cpp
  merge/tree_merge.cpp
  merge/value_words.cpp
)
