#include "io/progress.h"

#include <unistd.h>

#include <fmt/core.h>

namespace mizan {

Progress::Progress(std::FILE* out, bool enabled)
    : out_(out), enabled_(enabled), tty_(isatty(fileno(out)) != 0),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(size_t docs, size_t events, size_t bad) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::seconds(1)) return;
  last_ = now;
  double s = Seconds();
  std::string line = fmt::format("{} docs, {} events, {} bad, {:.0f} s: {:.1f} docs/s, {:.1f} events/s", docs, events,
                                 bad, s, docs / s, events / s);
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
