#include "io/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

namespace mizan {

std::string FormatDuration(double seconds) {
  if (!(seconds >= 0) || seconds > 1e8) return "?";
  auto s = static_cast<long long>(std::llround(seconds));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string FormatBytes(uint64_t bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1000 && u < 4) {
    v /= 1000;
    ++u;
  }
  return u == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.1f} {}", v, units[u]);
}

std::string FormatProgress(const ProgressCounts& c, double seconds, bool tty) {
  double s = std::max(seconds, 1e-9);
  double docs_s = c.docs / s, events_s = c.events / s;
  bool known = c.total_bytes > 0;
  double frac = known ? std::min(1.0, static_cast<double>(c.bytes) / static_cast<double>(c.total_bytes)) : 0;
  std::string eta = "?";
  if (known && c.bytes > 0) eta = FormatDuration(seconds * (1 - frac) / std::max(frac, 1e-9));
  if (tty) {
    std::string line;
    if (known) {
      const int kWidth = 20;
      int full = static_cast<int>(frac * kWidth);
      line = fmt::format("[{}{}] {:5.1f}% ", std::string(full, '#'), std::string(kWidth - full, '.'), frac * 100);
    }
    line += fmt::format("{} docs {:.0f}/s, {} events {:.0f}/s, {} bad, {}", c.docs, docs_s, c.events, events_s,
                        c.bad, FormatBytes(c.bytes));
    if (known) line += fmt::format("/{}, ETA {}", FormatBytes(c.total_bytes), eta);
    return line;
  }
  std::string line = fmt::format("progress: {} docs, {} events, {} bad; {:.1f} docs/s, {:.1f} events/s; {}",
                                 c.docs, c.events, c.bad, docs_s, events_s, FormatBytes(c.bytes));
  if (known) line += fmt::format(" of {} ({:.1f}%)", FormatBytes(c.total_bytes), frac * 100);
  line += fmt::format("; elapsed {}", FormatDuration(seconds));
  if (known) line += fmt::format(", ETA {}", eta);
  return line;
}

Progress::Progress(std::FILE* out, bool enabled, double interval_s)
    : out_(out), enabled_(enabled), tty_(isatty(fileno(out)) != 0), interval_s_(interval_s),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(const ProgressCounts& counts) {
  if (!enabled_) return;
  double every = tty_ ? 0.5 : interval_s_;
  if (every <= 0) return;
  auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - last_).count() < every) return;
  last_ = now;
  std::string line = FormatProgress(counts, Seconds(), tty_);
  if (tty_) {
    fmt::print(out_, "\r\033[K{}", line);
    drawn_ = true;
  } else {
    fmt::print(out_, "{}\n", line);
  }
  std::fflush(out_);
}

void Progress::Finish() {
  if (drawn_) fmt::print(out_, "\n");
  drawn_ = false;
}

}  // namespace mizan
