add_scorecard_test(share_tests
  core/share_deflate_test.cpp
  core/share_interop_test.cpp
  core/share_link_test.cpp
  core/share_refusal_test.cpp
)
# zlib (Debian's zlib1g-dev) only proves interoperability here; the core has none.
find_package(ZLIB REQUIRED)
target_link_libraries(share_tests PRIVATE ZLIB::ZLIB)
