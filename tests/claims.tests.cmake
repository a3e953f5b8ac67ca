# Claims gates: date, attribution and certainty accuracy of `mizan eval` over the matched events of the
# seed article and the dev articles (../shared/eval) must not fall below the figures reached
# (docs/claims.md "Measured": 0.595 / 0.832 / 0.868 on 25 Nov 2026, 23:05 UTC; the gates keep a
# margin of about a point because the event stage, which decides which events match, changes under them).
# 26 Nov: 0.644 / 0.818 / 0.868 after the ب/ل tail fix of the lexicon. Date gate raised to 0.63; the
# attribution gate lowered to 0.81, on purpose: the fix finds three more gold events (بقصف، بحضور…)
# whose attribution lies in another sentence ("قال الدبلوماسي …" before "القوات استبقت الزيارة بقصف"),
# so the rate over matched events fell 0.827 -> 0.818 while no event lost its attribution.
# 26 Nov, 9b7ad25: 0.642 / 0.830 / 0.870; attribution gate raised to 0.82.
# 26 Nov, a7a16f9: 0.655 / 0.833 / 0.878 (dates counted from other dates, "آنذاك"; 0.664 before more events matched); date gate 0.64, certainty 0.87.
# 27 Nov, 8246224: 0.697 / 0.855 / 0.921 (tenth session: reporting frames, feminine roles, more events
# matched); gates raised to 0.68 / 0.84 / 0.91.
# 27 Nov, c500880: 0.740 / 0.871 / 0.915 (twelfth session: "قبل أسبوع" as the day); date gate 0.72,
# attribution 0.86.
# 27 Nov, 8e56491: 0.771 / 0.871 / 0.918 (fifteenth session: events found in their own sentences, with
# their own dates: scare quotes, a date's slash, the Turkish raids' agent); date gate 0.76.
# 28 Nov, f8af8ed: 0.794 / 0.876 / 0.920 (sixteenth session: role codes, a date in a light verb's gap,
# charges answered); date gate 0.79.
# 28 Nov, 1517100: 0.809 / 0.873 / 0.922 (seventeenth session: "الجماعة" referring back, liberation
# operations, exposed to foreign strikes); date gate 0.80.
# 28 Nov, c7dcc6f: 0.822 / 0.869 / 0.913 (eighteenth session: pronouns in text order, a list's "them",
# coalition leaders, agreements between sides); date gate 0.81. Raise a gate when a change raises
# the figure; never lower one silently.
# 29 Nov, 9a93d59: 0.813 / 0.879 / 0.922 (twenty-first session); attribution gate 0.87.
# 29 Nov, ba08eb8: 0.817 / 0.882 / 0.924 (twenty-second session: "بحسب ما أعلنته" with no subject, a
# person working for a body); attribution gate 0.88, certainty gate 0.92. Attribution gate back to 0.87
# with the next commit, on purpose: "قال X في بيان إن" now opens its reported clause (right in those
# sentences: "قال الكرملين في بيان إن ... هنأ" is the Kremlin's report), and two gold events of other
# sentences that had matched those triples in the author's voice lost that luck: 0.882 -> 0.879.
# 29 Nov, 5e6f47c: 0.855 / 0.883 / 0.929 (twenty-sixth session: acts found in their own sentences with
# their own dates: boycott campaigns, what an act reached, the accused's acts, the Kurds by state, wars
# between sides); date gate 0.84.
set(MIZAN_CLAIMS_EVAL ${CMAKE_SOURCE_DIR}/../shared/eval)
if(EXISTS ${MIZAN_CLAIMS_EVAL}/seed/gold.jsonl AND EXISTS ${MIZAN_CLAIMS_EVAL}/articles/dev)
  add_test(NAME claims.seed_and_dev
    COMMAND $<TARGET_FILE:mizan_cli> eval --gold ${MIZAN_CLAIMS_EVAL}/seed/gold.jsonl
            --gold ${MIZAN_CLAIMS_EVAL}/articles/dev ${MIZAN_CLAIMS_EVAL}/seed/article.txt
            ${MIZAN_CLAIMS_EVAL}/articles/dev
            --min-date-acc 0.84 --min-attribution-acc 0.87 --min-certainty-acc 0.92)
  set_tests_properties(claims.seed_and_dev PROPERTIES LABELS "claims;eval")
endif()
# The silver TimeML set: the value match on dates that name their year must stay at or above 0.9
# (0.938 reached; docs/timeml.md).
set(MIZAN_CLAIMS_TIMEML ${CMAKE_SOURCE_DIR}/../shared/data/arabic-timeml/Corpus_test)
if(EXISTS ${MIZAN_CLAIMS_TIMEML})
  add_test(NAME claims.timeml
    COMMAND $<TARGET_FILE:mizan_cli> eval --timeml ${MIZAN_CLAIMS_TIMEML})
  set_tests_properties(claims.timeml PROPERTIES LABELS "claims;eval"
    PASS_REGULAR_EXPRESSION "value match [0-9]+ \\((0\\.9[0-9][0-9]|1\\.000) of all")
endif()
