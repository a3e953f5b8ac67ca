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
  # The judged samples 3-24 and the precision each records (every sample's header says how and when it was
  # drawn and judged). sample_3 counted a state named only as a location right; samples 4-24 count it
  # wrong. 6: drawn at 4ffa1a9 (88 on sample 3's rule); 7: 06adef7 (89); 8: dc2e332 (87); 9: 35b1784 (84);
  # 10: f49b523 (91); 11: 86b3079 (93); 12: 1b9e4cf, the same code as 11 (88);
  # 13: bea1668 (95); 14: eb9372c (91); 15: 9cdcb7e (95); 16: 9cdcb7e, the same code (94);
  # 17: 4115e69 (95); 18: 4115e69, the same code (93); 19: 9e0a735 (88); 20: 9e0a735, the same code (92);
  # 21: 079e3d3 (84); 22: 8e56491 (95); 23: 8e56491, the same code (91);
  # 24: 8e56491, the same code (93).
  foreach(sample_gate IN ITEMS 3:0.85 4:0.80 5:0.73 6:0.74 7:0.80 8:0.78 9:0.80 10:0.88 11:0.90 12:0.85 13:0.86 14:0.88 15:0.92 16:0.87 17:0.92 18:0.87 19:0.86 20:0.86 21:0.76 22:0.93 23:0.90 24:0.89)
    string(REPLACE ":" ";" sample_gate ${sample_gate})
    list(GET sample_gate 0 sample_n)
    list(GET sample_gate 1 sample_min)
    add_test(NAME actors.sample_${sample_n} COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/actors/check_sample.py
             ${CMAKE_CURRENT_SOURCE_DIR}/actors/sample_${sample_n}.tsv --min-precision ${sample_min})
  endforeach()
endif()
