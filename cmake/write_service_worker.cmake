# Writes dist/web/sw.js with a cache name that changes whenever the app's files change, so a
# browser that kept an older build offline installs the new one on its next online visit.
# Run as: cmake -DSW=<shell/sw.js> -DWEB=<dist/web> -P write_service_worker.cmake
cmake_minimum_required(VERSION 3.20)

set(hashes "")
foreach(name index.html scorecard.js scorecard.wasm)
  file(SHA256 "${WEB}/${name}" h)
  string(APPEND hashes "${h}")
endforeach()
string(SHA256 build_id "${hashes}")
string(SUBSTRING "${build_id}" 0 16 SCORECARD_BUILD_ID)
configure_file("${SW}" "${WEB}/sw.js" @ONLY)
