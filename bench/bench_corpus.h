// Benchmark inputs: real articles read from ../shared/corpora at run time, or a small built-in text.
#pragma once

#include <string>
#include <vector>

#include "io/input.h"

namespace mizan::bench {

// The default corpus for stage benchmarks: the first articles of ANT multi-source.
std::string DefaultCorpus();

// Reads at most `limit` documents (0 = all) from the inputs (files or directories, as `mizan code`
// takes them). Bad lines are counted in *bad (may be null) and skipped.
std::vector<RawDoc> ReadDocs(const std::vector<std::string>& inputs, size_t limit, size_t* bad);

// A few paragraphs of Arabic news written for these benchmarks (for the smoke test and for runs
// without ../shared): the same text repeated `copies` times as separate documents.
std::vector<RawDoc> BuiltInDocs(size_t copies);

}  // namespace mizan::bench
