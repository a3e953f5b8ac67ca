# The shipped dictionaries must load and validate: `mizan dict check` exits 1 on any error.
add_test(NAME data.check COMMAND $<TARGET_FILE:mizan_cli> dict check --data ${CMAKE_SOURCE_DIR}/data)
# The same files against docs/data-formats.md from the outside (scripts/check_data.py: columns, codes,
# dates, duplicate surfaces, word classes the code knows); exit 1 on any error.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME data.formats COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/scripts/check_data.py ${CMAKE_SOURCE_DIR}/data)
endif()
