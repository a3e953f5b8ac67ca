# `mizan serve` end to end: curl on every API endpoint over a small database (api.http), and headless
# Chromium (Debian) driven by playwright-core through every view of the page (browser.page), with
# screenshots and timings in <build>/browser-artifacts.
find_package(Python3 COMPONENTS Interpreter)
find_program(MIZAN_CURL curl)
if(Python3_Interpreter_FOUND AND MIZAN_CURL)
  add_test(NAME api.http
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/browser/api_http.py --mizan $<TARGET_FILE:mizan_cli>
                   --examples ${CMAKE_SOURCE_DIR}/examples --work ${CMAKE_BINARY_DIR}/api-http)
  set_tests_properties(api.http PROPERTIES TIMEOUT 60)
endif()

# Registered once the built page is there (web/dist is committed; `npm run build` in web/ remakes it).
if(EXISTS ${CMAKE_SOURCE_DIR}/web/dist/index.html)
  add_test(NAME browser.page
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.sh $<TARGET_FILE:mizan_cli> ${CMAKE_SOURCE_DIR}
                   ${CMAKE_BINARY_DIR}/browser-artifacts ${CMAKE_SOURCE_DIR}/../shared)
  set_tests_properties(browser.page PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE)
endif()
