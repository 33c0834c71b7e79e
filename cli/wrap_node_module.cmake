# cmake -DPRELUDE=... -DSCRIPT=... -DOUT=... -P wrap_node_module.cmake
# OUT = PRELUDE followed by SCRIPT (see cli/wasm_cli.cmake), written whole, then made executable.
file(READ "${PRELUDE}" prelude)
file(READ "${SCRIPT}" script)
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUT}.tmp" "${prelude}${script}")
file(RENAME "${OUT}.tmp" "${OUT}")
file(CHMOD "${OUT}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)
