# GSR detection filter: 5-fold cross-validated F1 of the PROTEST/ASSAULT filter trained on
# arabic_event_gsr (tools/train/event_filter.py; docs/models.md). The figure is never in-sample:
# each fold is scored by a model trained on the other four. The split is drawn ten times and the
# gate reads the mean over the 50 folds: one split's PROTEST mean varies with sd 0.05 between draws
# (0.31-0.46 at one build), so a one-split gate fired on noise. PROTEST gate lowered 0.36 -> 0.33 on
# purpose with the lexicon's ب/ل tail fix (docs/models.md): it makes "قامت القوات بقصف" code at all,
# and moved the PROTEST mean 0.384 -> 0.353 (20 draws; ASSAULT 0.641 -> 0.636) through the features'
# stems. Raised to PROTEST 0.36, ASSAULT 0.63 when 9e0a735 moved the means to 0.380 and 0.647 (the one-sided
# acts' implicit agents no longer places). ASSAULT raised to 0.64 when 67ae14b moved the ten-draw means to
# 0.386 / 0.659 (thirty draws 0.378 / 0.651). Raised to PROTEST 0.37, ASSAULT 0.65 when d03a241 (one act,
# one candidate) moved the ten-draw means to 0.379 / 0.660 (thirty draws 0.375 / 0.654). Skipped where
# ../shared is absent, and in the sanitized build: there the hundred training runs of the same coder
# took more than ten minutes of CI (the coder's code is sanitized by the rest of the suite; the
# gate is a figure, read in the normal build).
find_package(Python3 COMPONENTS Interpreter)
set(MIZAN_GSR_DIR ${CMAKE_SOURCE_DIR}/../shared/eval/gsr)
if(Python3_Interpreter_FOUND AND EXISTS ${MIZAN_GSR_DIR}/protest_detection.jsonl AND NOT MIZAN_SANITIZE)
  add_test(NAME quality.gsr_filter_cv
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tools/train/event_filter.py
            --mizan $<TARGET_FILE:mizan_cli> --gsr ${MIZAN_GSR_DIR} --cv --repeats 10
            --min-f1 PROTEST=0.37 --min-f1 ASSAULT=0.65)
  set_tests_properties(quality.gsr_filter_cv PROPERTIES TIMEOUT 900 LABELS quality)
endif()
