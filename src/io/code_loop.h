// CodeAll: reads documents from a source, codes them on several threads, and hands them to a sink in input order.
#pragma once

#include <functional>
#include <string>

#include "io/input.h"
#include "mizan/coder.h"
#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

// One document after coding, as the sink sees it.
struct CodedDoc {
  Doc doc;
  std::string origin;  // where it came from ("file.jsonl:12")
  Status status;       // why coding failed; OK when coded or skipped
  bool skipped = false;  // the `want` callback said not to code it
};

struct CodeLoopOptions {
  int threads = 0;                  // 0 = one per hardware thread
  size_t chunk_bytes = 64u << 20;   // read at most this much text ahead of the sink
  // Called on the calling thread before coding; false = pass the document to the sink uncoded.
  std::function<bool(const Doc&)> want;
};

// Runs until the source ends or the sink returns an error (which is returned). The sink runs on the
// calling thread, in input order, so it may write to stdout or a database without locking.
Status CodeAll(DocReader& reader, const Coder& coder, const CodeLoopOptions& options,
               const std::function<Status(CodedDoc&)>& sink);

}  // namespace mizan
