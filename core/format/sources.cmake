list(APPEND SCORECARD_CORE_SOURCES
  format/canonical_json.cpp
  format/document_io.cpp
  format/duplicate_keys.cpp
  format/json_codec.cpp
  format/json_reader.cpp
  format/load_job.cpp
  format/migration.cpp
  format/row_chunks.cpp
  format/save_job.cpp
  format/structure_limits.cpp
  format/table_export.cpp
)
