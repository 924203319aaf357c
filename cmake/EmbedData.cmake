# dossier_embed_data(TARGET NAME ROOT DIR...)
#
# Compiles every file under the given data folders into TARGET as a raw string,
# so the binary carries its rules and lexicons and runs from any directory.
# Files are looked up at run time by their path relative to the source root
# ("extract/data/currencies.tsv") through dossier::EmbeddedData() (ingest/embedded_data.h).
# Data files must be UTF-8 text and must not contain the sequence )DOSSIER_DATA".
function(dossier_embed_data target)
  set(files)
  foreach(dir IN LISTS ARGN)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/${dir}/*)
    list(APPEND files ${found})
  endforeach()
  list(SORT files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded_data.cpp)
  # A CMake list cannot cross the command line intact; '|' stands for ';'.
  string(REPLACE ";" "|" files_arg "${files}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${CMAKE_SOURCE_DIR} "-DFILES=${files_arg}"
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding data files into ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
