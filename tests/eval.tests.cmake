# `mizan eval` cross-checks: its --json figures must equal ../shared/eval/score.py's on the same system
# output (events, detect and actors modes). Skipped (exit 77) when ../shared is absent.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(MIZAN_EVAL_SHARED ${CMAKE_SOURCE_DIR}/../shared)
  set(MIZAN_EVAL_COMPARE ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/eval/compare_scores.py
      --mizan $<TARGET_FILE:mizan_cli> --shared ${MIZAN_EVAL_SHARED})
  set(MIZAN_EVAL_DIR ${MIZAN_EVAL_SHARED}/eval)

  # Hand-made system/gold pair: symmetric, reversed, negated, none docs, optional events, date rules.
  add_test(NAME eval.score_py.edge_cases COMMAND ${MIZAN_EVAL_COMPARE} --mode events
           --system ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_system.jsonl
           --gold ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_gold.jsonl)
  # Mizan's own output on the seed article (meta.json gives id and date) and on the challenge suite.
  add_test(NAME eval.score_py.seed COMMAND ${MIZAN_EVAL_COMPARE} --mode events
           --gold ${MIZAN_EVAL_DIR}/seed/gold.jsonl ${MIZAN_EVAL_DIR}/seed/article.txt)
  add_test(NAME eval.score_py.challenge COMMAND ${MIZAN_EVAL_COMPARE} --mode events
           --gold ${MIZAN_EVAL_DIR}/challenge/gold.jsonl ${MIZAN_EVAL_DIR}/challenge/input.jsonl)
  add_test(NAME eval.score_py.detect COMMAND ${MIZAN_EVAL_COMPARE} --mode detect
           --gold ${MIZAN_EVAL_DIR}/gsr/protest_detection.jsonl)
  add_test(NAME eval.score_py.actors COMMAND ${MIZAN_EVAL_COMPARE} --mode actors
           --gold ${MIZAN_EVAL_DIR}/gsr/assault_spans.jsonl)
  set_tests_properties(eval.score_py.edge_cases eval.score_py.seed eval.score_py.challenge eval.score_py.detect
                       eval.score_py.actors PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS eval)
endif()

# The gates: a score below --min-* exits 4 (kExitBelowGate); the edge set has recall 0.6.
add_test(NAME eval.gate_exit_code COMMAND sh -c "\"$0\" eval --system \"$1\" --gold \"$2\" --min-recall 0.9 >/dev/null; test $? -eq 4"
         $<TARGET_FILE:mizan_cli> ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_system.jsonl ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_gold.jsonl)
set_tests_properties(eval.gate_exit_code PROPERTIES LABELS eval)
add_test(NAME eval.gate_passes COMMAND mizan_cli eval --system ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_system.jsonl
         --gold ${CMAKE_CURRENT_SOURCE_DIR}/eval/edge_gold.jsonl --min-recall 0.5 --min-precision 0.5)
set_tests_properties(eval.gate_passes PROPERTIES LABELS eval)
