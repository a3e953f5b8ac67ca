// Progress: a once-a-second "docs/s, events/s" line on stderr for long runs (ingest, code --stats).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace mizan {

class Progress {
 public:
  // On a terminal the line is redrawn in place; otherwise (logs, CI) one plain line per report.
  explicit Progress(std::FILE* out, bool enabled = true);

  // Call after each document; prints at most once a second.
  void Update(size_t docs, size_t events, size_t bad);
  // Ends the redrawn line (on a terminal) so that the summary starts on a fresh one.
  void Finish();
  double Seconds() const;

 private:
  std::FILE* out_;
  bool enabled_, tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace mizan
