add_scorecard_test(edit_tests
  core/edit_descriptions_test.cpp
  core/edit_lists_test.cpp
  core/edit_remove_test.cpp
  core/edit_roundtrip_test.cpp
  core/edit_set_field_test.cpp
  core/edit_sharing_test.cpp
)
