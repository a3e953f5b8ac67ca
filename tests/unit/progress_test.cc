// Tests for io/progress: the progress line's rates, bytes, percentage and ETA, and its formatting helpers.
#include "io/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mizan {
namespace {
namespace progress_test {

TEST(ProgressTest, Durations) {
  const std::vector<std::pair<double, std::string>> cases = {
      {0, "0:00"}, {59.4, "0:59"}, {75, "1:15"}, {3599.6, "1:00:00"}, {3725, "1:02:05"}, {-1, "?"}, {1e12, "?"}};
  for (const auto& [s, want] : cases) EXPECT_EQ(FormatDuration(s), want) << s;
}

TEST(ProgressTest, Bytes) {
  const std::vector<std::pair<uint64_t, std::string>> cases = {
      {0, "0 B"}, {999, "999 B"}, {1536, "1.5 KB"}, {24042914, "24.0 MB"}, {3200000000ull, "3.2 GB"}};
  for (const auto& [b, want] : cases) EXPECT_EQ(FormatBytes(b), want) << b;
}

// counts, seconds, tty -> the line (or the parts it must hold).
struct LineCase {
  ProgressCounts counts;
  double seconds;
  bool tty;
  std::string want;
};

TEST(ProgressTest, Lines) {
  const std::vector<LineCase> cases = {
      // A quarter of 40 MB in 10 s: 30 s to go.
      {{1000, 2500, 3, 10000000, 40000000}, 10, false,
       "progress: 1000 docs, 2500 events, 3 bad; 100.0 docs/s, 250.0 events/s; 10.0 MB of 40.0 MB (25.0%); "
       "elapsed 0:10, ETA 0:30"},
      // stdin: no total, so no percentage and no ETA.
      {{50, 5, 0, 123456, 0}, 5, false,
       "progress: 50 docs, 5 events, 0 bad; 10.0 docs/s, 1.0 events/s; 123.5 KB; elapsed 0:05"},
      {{1000, 2500, 3, 10000000, 40000000}, 10, true,
       "[#####...............]  25.0% 1000 docs 100/s, 2500 events 250/s, 3 bad, 10.0 MB/40.0 MB, ETA 0:30"},
      {{7, 0, 0, 100, 0}, 1, true, "7 docs 7/s, 0 events 0/s, 0 bad, 100 B"},
      // Nothing read yet: the ETA is unknown, not infinite.
      {{0, 0, 0, 0, 1000}, 0, false,
       "progress: 0 docs, 0 events, 0 bad; 0.0 docs/s, 0.0 events/s; 0 B of 1.0 KB (0.0%); elapsed 0:00, ETA ?"},
      // Read ahead past the end of the total (a file grew): capped at 100%.
      {{10, 1, 0, 2000, 1000}, 2, false,
       "progress: 10 docs, 1 events, 0 bad; 5.0 docs/s, 0.5 events/s; 2.0 KB of 1.0 KB (100.0%); elapsed 0:02, ETA 0:00"},
  };
  for (const LineCase& c : cases) EXPECT_EQ(FormatProgress(c.counts, c.seconds, c.tty), c.want);
}

TEST(ProgressTest, PlainLinesComeEveryInterval) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* out = open_memstream(&buf, &len);
  ASSERT_NE(out, nullptr);
  {
    Progress p(out, true, 0.05);
    EXPECT_FALSE(p.tty());
    p.Update(ProgressCounts{1, 0, 0, 10, 100});  // too early: nothing
    std::fflush(out);
    EXPECT_EQ(len, 0u);
    usleep(60000);
    p.Update(ProgressCounts{2, 0, 0, 20, 100});
    p.Update(ProgressCounts{3, 0, 0, 30, 100});  // again too early
    p.Finish();
    Progress off(out, true, 0);  // interval 0: summary only
    usleep(10000);
    off.Update(ProgressCounts{4, 0, 0, 40, 100});
  }
  std::fclose(out);
  std::string text(buf, len);
  free(buf);
  EXPECT_EQ(text.rfind("progress: 2 docs", 0), 0u) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << text;
}

}  // namespace progress_test
}  // namespace
}  // namespace mizan
