# End-to-end tests: run the mizan binary on small articles and check its output with tests/e2e/e2e.py.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(MIZAN_E2E ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/e2e.py --mizan $<TARGET_FILE:mizan_cli>)
  set(MIZAN_E2E_ARTICLES ${CMAKE_CURRENT_SOURCE_DIR}/e2e/articles)

  add_test(NAME e2e.version_and_help COMMAND ${MIZAN_E2E} version)
  add_test(NAME e2e.code_articles COMMAND ${MIZAN_E2E} code ${MIZAN_E2E_ARTICLES} --published 2021-12-15 --min-events 1)
  add_test(NAME e2e.code_bad_inputs COMMAND ${MIZAN_E2E} partial ${MIZAN_E2E_ARTICLES}/algiers_visit.txt)
  add_test(NAME e2e.ingest_twice_and_dyads COMMAND ${MIZAN_E2E} ingest ${MIZAN_E2E_ARTICLES} --published 2021-12-15)
  add_test(NAME e2e.dump COMMAND ${MIZAN_E2E} dump ${MIZAN_E2E_ARTICLES}/vienna_talks.txt)

  # The project's own example articles, when there are some.
  file(GLOB MIZAN_EXAMPLES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/examples/*.txt ${CMAKE_SOURCE_DIR}/examples/*.json
       ${CMAKE_SOURCE_DIR}/examples/*.jsonl)
  if(MIZAN_EXAMPLES)
    add_test(NAME e2e.code_examples COMMAND ${MIZAN_E2E} code ${MIZAN_EXAMPLES} --published 2021-12-15)
  endif()

  # Robustness on real sentences: every GSR detection sentence goes through with exit 0 (skipped
  # where ../shared is absent).
  set(MIZAN_GSR ${CMAKE_SOURCE_DIR}/../shared/eval/gsr)
  if(EXISTS ${MIZAN_GSR})
    file(GLOB MIZAN_GSR_FILES ${MIZAN_GSR}/*_detection.jsonl)
    add_test(NAME e2e.code_gsr_detection COMMAND ${MIZAN_E2E} code ${MIZAN_GSR_FILES})
    set_tests_properties(e2e.code_gsr_detection PROPERTIES TIMEOUT 600)
  endif()
  # Whole articles: every offset of every event must quote the article exactly.
  set(MIZAN_DEV ${CMAKE_SOURCE_DIR}/../shared/eval/articles/dev)
  if(EXISTS ${MIZAN_DEV})
    file(GLOB MIZAN_DEV_FILES ${MIZAN_DEV}/*[0-9].json)
    add_test(NAME e2e.code_dev_articles COMMAND ${MIZAN_E2E} code ${MIZAN_DEV_FILES}
             ${CMAKE_SOURCE_DIR}/../shared/eval/seed/article.txt --published 2021-12-15 --min-events 1)
    set_tests_properties(e2e.code_dev_articles PROPERTIES TIMEOUT 600)
  endif()
endif()
