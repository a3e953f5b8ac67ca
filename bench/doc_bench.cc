// mizan_doc_bench: codes documents one at a time on one thread and reports, as `key value` lines,
// the time to load the dictionaries, the time of each stage on the whole input, and per-document
// latency percentiles (CPU time of the coding thread). bench/run.sh reads its output; by hand:
//   mizan_doc_bench [--limit N] INPUT...
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bench_corpus.h"
#include "io/input.h"
#include "mizan/coder.h"
#include "text/decode.h"

namespace mizan::bench {
namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}
// CPU seconds of this thread: stage times and latencies use it so that other work on a shared
// machine does not count (wall time is printed too, as wall_s).
double CpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

const char* const kStages[] = {"normalize", "segment", "actors", "time", "claims", "events"};
constexpr size_t kNumStages = std::size(kStages);

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

int Main(int argc, char** argv) {
  size_t limit = 0;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) limit = std::strtoul(argv[++i], nullptr, 10);
    else inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: mizan_doc_bench [--limit N] INPUT...\n");
    return 2;
  }
  // Read everything first so that reading and gunzip are not in the timings.
  size_t bad = 0;
  std::vector<RawDoc> raw = ReadDocs(inputs, limit, &bad);
  if (raw.empty()) {
    std::fprintf(stderr, "mizan_doc_bench: no documents\n");
    return 1;
  }

  auto t0 = Clock::now();
  auto coder_or = Coder::Create(CoderOptions{});
  auto t1 = Clock::now();
  if (!coder_or.ok()) {
    std::fprintf(stderr, "mizan_doc_bench: %s\n", coder_or.status().ToString().c_str());
    return 3;
  }
  const Coder& coder = *coder_or.value();

  double decode_s = 0, stage_s[kNumStages] = {};
  size_t bytes = 0, sentences = 0, events = 0, failed = 0;
  std::vector<double> latency;  // seconds per document, decode + all stages
  latency.reserve(raw.size());
  auto wall0 = Clock::now();
  for (RawDoc& r : raw) {
    bytes += r.text.size();
    double a = CpuNow();
    // The reader already handed out UTF-8; decoding it again is what a byte source pays.
    auto text = DecodeToUtf8(r.text, nullptr);
    double b = CpuNow();
    decode_s += b - a;
    Doc doc = ToDoc(std::move(r));
    bool ok = text.ok();
    for (size_t k = 0; ok && k < kNumStages; ++k) {
      double c = CpuNow();
      ok = coder.CodeUpTo(doc, kStages[k]).ok();
      stage_s[k] += CpuNow() - c;
    }
    failed += ok ? 0 : 1;
    latency.push_back(CpuNow() - a);
    sentences += doc.sentences.size();
    events += doc.events.size();
  }
  double wall_s = Seconds(wall0, Clock::now());

  double total = decode_s;
  for (double s : stage_s) total += s;
  fmt::print("docs {}\nbad_inputs {}\nfailed {}\nbytes {}\nsentences {}\nevents {}\n", raw.size(), bad,
             failed, bytes, sentences, events);
  fmt::print("load_s {:.4f}\nwall_s {:.4f}\n", Seconds(t0, t1), wall_s);
  fmt::print("stage decode {:.4f}\n", decode_s);
  for (size_t k = 0; k < kNumStages; ++k) fmt::print("stage {} {:.4f}\n", kStages[k], stage_s[k]);
  fmt::print("stage all {:.4f}\n", total);
  fmt::print("latency_ms p50 {:.3f} p90 {:.3f} p99 {:.3f} max {:.3f}\n", 1e3 * Percentile(latency, 0.50),
             1e3 * Percentile(latency, 0.90), 1e3 * Percentile(latency, 0.99),
             1e3 * *std::max_element(latency.begin(), latency.end()));
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace mizan::bench

int main(int argc, char** argv) { return mizan::bench::Main(argc, argv); }
