# GSR detection filter: 5-fold cross-validated F1 of the PROTEST/ASSAULT filter trained on
# arabic_event_gsr (tools/train/event_filter.py; docs/models.md). The figure is never in-sample:
# each fold is scored by a model trained on the other four. Skipped where ../shared is absent.
find_package(Python3 COMPONENTS Interpreter)
set(MIZAN_GSR_DIR ${CMAKE_SOURCE_DIR}/../shared/eval/gsr)
if(Python3_Interpreter_FOUND AND EXISTS ${MIZAN_GSR_DIR}/protest_detection.jsonl)
  add_test(NAME quality.gsr_filter_cv
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tools/train/event_filter.py
            --mizan $<TARGET_FILE:mizan_cli> --gsr ${MIZAN_GSR_DIR} --cv
            --min-f1 PROTEST=0.45 --min-f1 ASSAULT=0.62)
  set_tests_properties(quality.gsr_filter_cv PROPERTIES TIMEOUT 300 LABELS quality)
endif()
