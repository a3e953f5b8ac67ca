// Progress: a live line (terminal) or periodic plain lines (logs) with docs/s, events/s, bytes and ETA.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace mizan {

// What a long run has done so far; bytes are input bytes (compressed for .gz), as the reader counts them.
struct ProgressCounts {
  size_t docs = 0, events = 0, bad = 0;
  uint64_t bytes = 0;
  uint64_t total_bytes = 0;  // 0 = unknown (stdin): no percentage, no ETA
};

// One progress line. tty: the compact form redrawn in place, with a bar; otherwise a plain log line.
// Rates are averages since the start; the ETA assumes the bytes still to read go at the same rate.
std::string FormatProgress(const ProgressCounts& c, double seconds, bool tty);
// 75 -> "1:15", 3725 -> "1:02:05".
std::string FormatDuration(double seconds);
// 1536 -> "1.5 KB", 3.2e9 -> "3.2 GB" (powers of 1000, as file managers print).
std::string FormatBytes(uint64_t bytes);

class Progress {
 public:
  // On a terminal the line is redrawn in place every half second; otherwise (logs, CI) a plain line is
  // printed every interval_s seconds (interval_s <= 0: only the summary).
  Progress(std::FILE* out, bool enabled = true, double interval_s = 10.0);

  // Call after each document; prints when the interval has passed.
  void Update(const ProgressCounts& counts);
  void Update(size_t docs, size_t events, size_t bad) { Update(ProgressCounts{docs, events, bad, 0, 0}); }
  // Ends the redrawn line (on a terminal) so that the summary starts on a fresh one.
  void Finish();
  double Seconds() const;
  bool tty() const { return tty_; }

 private:
  std::FILE* out_;
  bool enabled_, tty_;
  double interval_s_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace mizan
