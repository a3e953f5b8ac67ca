# build.one_unit: the library, the CLI and the unit tests each compile as one translation unit (syntax
# only). The unity build (MIZAN_UNITY, CMakeLists.txt) groups sources eight at a time, and which files meet
# changes whenever one is added; a name given two meanings in two files' anonymous namespaces would then
# break the build of somebody else's change. This finds such a clash now, whatever the batches.
# Not in the sanitized build: the sources are the same.
if(NOT MIZAN_SANITIZE)
  foreach(part src cli tests)
    if(part STREQUAL "src")
      get_target_property(srcs mizan SOURCES)
      set(like mizan)
    elseif(part STREQUAL "cli")
      get_target_property(srcs mizan_cli SOURCES)
      set(like mizan_cli)
    else()
      get_target_property(srcs mizan_unit_tests SOURCES)
      set(like mizan_unit_tests)
    endif()
    add_library(mizan_one_unit_${part} OBJECT EXCLUDE_FROM_ALL ${srcs})
    set_target_properties(mizan_one_unit_${part} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0)
    # The same includes, definitions and libraries as the real target; no object code.
    target_include_directories(mizan_one_unit_${part} PRIVATE $<TARGET_PROPERTY:${like},INCLUDE_DIRECTORIES>)
    target_compile_definitions(mizan_one_unit_${part} PRIVATE $<TARGET_PROPERTY:${like},COMPILE_DEFINITIONS>)
    target_link_libraries(mizan_one_unit_${part} PRIVATE $<TARGET_PROPERTY:${like},LINK_LIBRARIES>)
    target_compile_options(mizan_one_unit_${part} PRIVATE -fsyntax-only)
    add_dependencies(mizan_one_unit_${part} mizan_migrations)
  endforeach()
  add_test(NAME build.one_unit
           COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target mizan_one_unit_src mizan_one_unit_cli
                   mizan_one_unit_tests)
  set_tests_properties(build.one_unit PROPERTIES LABELS build)
endif()
