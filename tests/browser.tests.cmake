# Browser tests: headless Chromium (Debian) driven by playwright-core through every view of the page
# served by `mizan serve` over a demo database; screenshots land in <build>/browser-artifacts.
# Registered once the built page is there (web/dist is committed; `npm run build` in web/ remakes it).
if(EXISTS ${CMAKE_SOURCE_DIR}/web/dist/index.html)
add_test(NAME browser.page
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.sh $<TARGET_FILE:mizan_cli> ${CMAKE_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR}/browser-artifacts ${CMAKE_SOURCE_DIR}/../shared)
set_tests_properties(browser.page PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE)
endif()
