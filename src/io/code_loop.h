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
  double seconds = 0;    // time spent coding it
};

struct CodeLoopOptions {
  int threads = 0;                  // 0 = one per hardware thread
  size_t chunk_bytes = 32u << 20;   // read at most this much text ahead of the sink
  size_t docs_per_thread = 16;      // and at most this many documents per coding thread
  // Time budget per document, checked between pipeline stages (cooperative: a stage that is running is
  // not interrupted). A document over it gets kResourceExhausted and no events. 0 = no limit.
  double max_doc_seconds = 0;
  // Called on the calling thread before coding; false = pass the document to the sink uncoded.
  std::function<bool(const Doc&)> want;
};

// Runs until the source ends or the sink returns an error (which is returned). Reading, `want` and the
// sink all run on the calling thread, in input order, so they may use stdout or a database without
// locking; only the coding runs on the worker threads. Memory is bounded by the read-ahead window
// (chunk_bytes of text, threads * docs_per_thread documents), whatever the size of the input.
Status CodeAll(DocReader& reader, const Coder& coder, const CodeLoopOptions& options,
               const std::function<Status(CodedDoc&)>& sink);

// Codes one document, checking the time budget between stages (max_seconds <= 0: no budget).
Status CodeWithBudget(const Coder& coder, Doc& doc, double max_seconds);

}  // namespace mizan
