# Fuzz corpora and past findings, replayed on every build (docs/fuzzing.md). Each libFuzzer target is also
# compiled with the normal compiler and tests/fuzz/replay_main.cc, so this needs no clang: it runs the
# target's checks once on every file of tests/fuzz/corpus/<name>/ and tests/fuzz/regressions/<name>/
# (under ASan+UBSan in the sanitizer build). The libFuzzer runs themselves are scripts/fuzz.sh.
include(${CMAKE_SOURCE_DIR}/tests/fuzz/targets.cmake)
foreach(t ${MIZAN_FUZZ_TEXT_TARGETS} ${MIZAN_FUZZ_LAYER_TARGETS} ${MIZAN_FUZZ_SERVER_TARGETS})
  add_executable(${t}_replay ${CMAKE_SOURCE_DIR}/tests/fuzz/${t}_fuzz.cc ${CMAKE_SOURCE_DIR}/tests/fuzz/replay_main.cc)
  target_include_directories(${t}_replay PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/tests/fuzz)
  target_link_libraries(${t}_replay PRIVATE mizan)
  set_target_properties(${t}_replay PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/fuzz)
  add_test(NAME fuzz.replay.${t}
           COMMAND ${t}_replay ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions/${t})
  # UBSan only prints by default; a finding must fail the test in the sanitizer build.
  set_tests_properties(fuzz.replay.${t} PROPERTIES TIMEOUT 120 LABELS fuzz
                       ENVIRONMENT "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
endforeach()
