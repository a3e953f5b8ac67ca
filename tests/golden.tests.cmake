# Golden tests over the canonical dump (tests/golden/run_golden.sh; --update to accept changes).
add_test(NAME golden.dump COMMAND ${CMAKE_SOURCE_DIR}/tests/golden/run_golden.sh $<TARGET_FILE:mizan_cli>)
