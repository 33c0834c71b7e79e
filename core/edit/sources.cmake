# Generic edits of the document (set a field, add, duplicate, move, remove with references),
# driven by the field descriptions in model/describe.h.
list(APPEND SCORECARD_CORE_SOURCES
  edit/address.cpp
  edit/edit_support.cpp
  edit/field_edits.cpp
  edit/list_edits.cpp
  edit/new_document.cpp
  edit/remove_edits.cpp
)
