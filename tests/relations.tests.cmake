# Relations over time: seed relations, exports loaded back, the relation commands (tests/relations/relations.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(MIZAN_REL ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/relations/relations.py --mizan $<TARGET_FILE:mizan_cli>)
  set(MIZAN_REL_ARTICLES ${CMAKE_CURRENT_SOURCE_DIR}/relations/articles.jsonl)
  add_test(NAME relations.export_roundtrip COMMAND ${MIZAN_REL} export ${MIZAN_REL_ARTICLES}
           ${CMAKE_CURRENT_SOURCE_DIR}/e2e/articles)
  add_test(NAME relations.commands COMMAND ${MIZAN_REL} commands ${MIZAN_REL_ARTICLES} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/articles)
  # The seed article's relations, as it tells them (needs ../shared).
  if(EXISTS ${CMAKE_SOURCE_DIR}/../shared/eval/seed/article.txt)
    add_test(NAME relations.seed COMMAND ${MIZAN_REL} seed ${CMAKE_SOURCE_DIR}/../shared)
  endif()
endif()
