# Ingest at scale: SIGKILL at random points and resume gives the same database as one clean run
# (tests/ingest/resume_test.py; skipped where ../shared's corpus is absent).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME ingest.kill_and_resume
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ingest/resume_test.py
                   --mizan $<TARGET_FILE:mizan_cli>
                   --corpus ${CMAKE_SOURCE_DIR}/../shared/corpora/ant-multisource/ant-multisource.jsonl.gz
                   --docs 300 --kills 3)
  set_tests_properties(ingest.kill_and_resume PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
