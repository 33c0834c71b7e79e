list(APPEND SCORECARD_CORE_SOURCES
  import/csv_parser.cpp
  import/csv_preview.cpp
  import/csv_writer.cpp
  import/cell_values.cpp
  import/cell_dates.cpp
  import/column_mapping.cpp
  import/import_hints.cpp
  import/import_tables.cpp
  import/cell_reader.cpp
  import/row_ids.cpp
  import/table_import.cpp
)
