list(APPEND SCORECARD_CORE_SOURCES
  share/base64url.cpp
  share/deflate.cpp
  share/inflate.cpp
  share/share_link.cpp
)
