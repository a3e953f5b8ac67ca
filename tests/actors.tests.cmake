# Actor quality (docs/actors.md): GSR source/target country rates with one-sided events, gated at the
# figures reached (the issue asks 0.70; see docs/actors.md for how far we are), and the hand-checked
# samples of actor mentions on the dev articles: their format, and their precision recomputed.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(MIZAN_ACTORS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/actors)
  set(MIZAN_GSR_DIR ${CMAKE_SOURCE_DIR}/../shared/eval/gsr)
  # gsr_gate.sh MIZAN SPANS MIN_SOURCE MIN_TARGET (exit 77 = ../shared absent)
  add_test(NAME actors.gsr_protest
    COMMAND ${MIZAN_ACTORS_DIR}/gsr_gate.sh $<TARGET_FILE:mizan_cli> ${MIZAN_GSR_DIR}/protest_spans.jsonl 0.85 0.71)
  # Assault source lowered 0.72 -> 0.70 on purpose at f3fa21e: a verb in a clause opened by أن/إن no
  # longer takes the reporter as its implicit subject ("قالت الشرطة إن انتحاريا فجر نفسه"). It raised
  # dev F1 0.459 -> 0.467 and cost two held-out assault sentences (source 0.725 -> 0.703, the issue's
  # bar is 0.70); the target rose 0.594 -> 0.642 that session, so its gate goes up to 0.63. Session 11:
  # target 0.655 -> 0.709 (places struck, roles placed in a village or owned by a pronoun): the issue's
  # bar, 0.70, is the gate for both now.
  add_test(NAME actors.gsr_assault
    COMMAND ${MIZAN_ACTORS_DIR}/gsr_gate.sh $<TARGET_FILE:mizan_cli> ${MIZAN_GSR_DIR}/assault_spans.jsonl 0.70 0.70)
  set_tests_properties(actors.gsr_protest actors.gsr_assault PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
  # The judged samples: well-formed, and the precision they record (sample_1 before the fixes it led to).
  add_test(NAME actors.sample_1 COMMAND ${Python3_EXECUTABLE} ${MIZAN_ACTORS_DIR}/check_sample.py
           ${MIZAN_ACTORS_DIR}/sample_1.tsv --min-precision 0.72)
  add_test(NAME actors.sample_2 COMMAND ${Python3_EXECUTABLE} ${MIZAN_ACTORS_DIR}/check_sample.py
           ${MIZAN_ACTORS_DIR}/sample_2.tsv --min-precision 0.83)
endif()
if(Python3_Interpreter_FOUND)
  add_test(NAME actors.sample_3 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_3.tsv --min-precision 0.85)
  # sample_4 judges a state named only as a location wrong (sample_3 did not): see its header.
  add_test(NAME actors.sample_4 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_4.tsv --min-precision 0.80)
  # sample_5 (same rule as sample_4), drawn after the fixes of 2026-11-26: a lower figure, see its header.
  add_test(NAME actors.sample_5 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_5.tsv --min-precision 0.73)
  # sample_6 (same rule as samples 4 and 5), drawn at 4ffa1a9 in the tenth session: 74/100 (88 on sample 3's rule).
  add_test(NAME actors.sample_6 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_6.tsv --min-precision 0.74)
  # sample_7 (same rule), drawn at 06adef7 in the eleventh session: 80/100 (89 on sample 3's rule).
  add_test(NAME actors.sample_7 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_7.tsv --min-precision 0.80)
  # sample_8 (same rule), drawn at dc2e332 after the fixes made from sample 7: 78/100 (87 on sample 3's rule).
  add_test(NAME actors.sample_8 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_8.tsv --min-precision 0.78)
  # sample_9 (same rule), drawn at 35b1784 after the fixes made from sample 8: 80/100 (84 on sample 3's rule).
  add_test(NAME actors.sample_9 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_9.tsv --min-precision 0.80)
  # sample_10 (same rule), drawn at f49b523 after the fixes made from samples 8 and 9: 88/100 (91 on sample 3's rule).
  add_test(NAME actors.sample_10 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_10.tsv --min-precision 0.88)
  # sample_11 (same rule), drawn at 86b3079 after the fixes made from sample 10: 91/100 (93 on sample 3's rule).
  add_test(NAME actors.sample_11 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_11.tsv --min-precision 0.90)
  # sample_12 (same rule), drawn at 1b9e4cf, the same code as sample 11: 85/100 (88 on sample 3's rule).
  add_test(NAME actors.sample_12 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
           ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_12.tsv --min-precision 0.85)
endif()
