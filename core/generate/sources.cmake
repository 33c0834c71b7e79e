list(APPEND SCORECARD_CORE_SOURCES
  generate/generate.cpp
  generate/generate_deals.cpp
  generate/generate_maps.cpp
  generate/generate_partners.cpp
  generate/generate_programme.cpp
  generate/generate_rows.cpp
)
