# The shipped dictionaries must load and validate: `mizan dict check` exits 1 on any error.
add_test(NAME data.check COMMAND $<TARGET_FILE:mizan_cli> dict check --data ${CMAKE_SOURCE_DIR}/data)
