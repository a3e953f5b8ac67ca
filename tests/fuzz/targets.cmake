# The fuzz targets, by what they link: the text layer alone, or the layers above it. Each target is
# tests/fuzz/<name>_fuzz.cc with its corpus in tests/fuzz/corpus/<name>/ (docs/fuzzing.md).
set(MIZAN_FUZZ_TEXT_TARGETS decode normalize tokenize)
set(MIZAN_FUZZ_LAYER_TARGETS tsv petrarch cues gazetteer lexicon json_input time)
# The HTTP API handler needs the whole library (store, coder, api): built from every source under src/.
set(MIZAN_FUZZ_SERVER_TARGETS api)
