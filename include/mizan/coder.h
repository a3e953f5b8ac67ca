// Coder: the whole Arabic pipeline behind one call: bytes or text in, a Doc with coded events out.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "mizan/doc.h"
#include "mizan/lexicon.h"
#include "mizan/stage.h"
#include "mizan/status.h"

namespace mizan {

struct CoderOptions {
  std::string data_dir;          // "" = find data/ (MIZAN_DATA, next to the binary, source tree)
  size_t max_doc_bytes = 16u << 20;  // larger documents are rejected with kResourceExhausted
  // Also code protests and attacks whose other side the text does not name (the missing actor is
  // null). Off by default: the gold sets code only events with both actors (annotation.md).
  bool one_sided_events = false;
};

// Immutable after Create(); Code() may be called from many threads at once.
class Coder {
 public:
  static StatusOr<std::unique_ptr<Coder>> Create(const CoderOptions& options);

  // Runs every stage on doc (doc.text() must be valid UTF-8; see text/decode.h for raw bytes).
  Status Code(Doc& doc) const;
  // Runs the stages up to and including `last` (e.g. "segment"), for dumps and tests.
  Status CodeUpTo(Doc& doc, const std::string& last) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  // "ar.normalize.v1,ar.segment.v1,..." — stored with results so old outputs keep their meaning.
  std::string PipelineVersion() const;

 private:
  Coder() = default;
  std::unique_ptr<Lexicon> lexicon_;
  std::vector<std::unique_ptr<Stage>> stages_;
  size_t max_doc_bytes_ = 16u << 20;
};

// Where the data directory is: $MIZAN_DATA, <exe>/../share/mizan/data, <exe>/../data, source tree.
std::string FindDataDir();

}  // namespace mizan
