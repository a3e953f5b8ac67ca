# Bad input for `mizan ingest` (issue 8): one ctest entry per case of tests/badinput/badinput_test.py,
# each generating its input at test time (a 100 MB line, a full disk, a locked database, ...).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(MIZAN_BADINPUT_CASES
      invalid_utf8 windows_1256 mixed_scripts huge_line_100mb huge_txt_100mb only_tashkeel only_punctuation
      deeply_nested_json truncated_json truncated_gzip nul_bytes_raw nul_escaped_in_text max_doc_bytes
      max_doc_seconds missing_file not_a_database locked_database read_only_database disk_full)
  foreach(c ${MIZAN_BADINPUT_CASES})
    add_test(NAME badinput.${c}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/badinput/badinput_test.py
                     --mizan $<TARGET_FILE:mizan_cli> --case ${c})
    set_tests_properties(badinput.${c} PROPERTIES TIMEOUT 120)
  endforeach()
  # The list above and the script's table must not drift apart.
  add_test(NAME badinput.cases_listed
           COMMAND ${CMAKE_COMMAND} -DPY=${Python3_EXECUTABLE}
                   -DSCRIPT=${CMAKE_CURRENT_SOURCE_DIR}/badinput/badinput_test.py "-DCASES=${MIZAN_BADINPUT_CASES}"
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/badinput/check_cases.cmake)
endif()
