// Google Benchmark micro-benchmarks, one per pipeline stage and one for the whole Coder, on real news.
//
// Each stage is timed alone: the documents are first coded up to the stage before it (untimed), then
// every iteration copies them (untimed) and runs only that stage. Rates: bytes/s of original text and
// sentences/s (sentences as the segment stage counts them).
//
// Flags (before the --benchmark_* ones): --mizan_smoke (built-in text, for ctest), --mizan_docs=N
// (default 300), --mizan_corpus=PATH (default: ANT multi-source in ../shared). A missing corpus is a
// clean skip (exit 0).
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bench_corpus.h"
#include "io/input.h"
#include "mizan/coder.h"
#include "text/decode.h"

namespace mizan::bench {
namespace {

// The stages in pipeline order, as Coder::CodeUpTo names them.
const char* const kStages[] = {"normalize", "segment", "actors", "time", "claims", "events"};

struct Sample {
  std::vector<RawDoc> raw;
  std::vector<std::string> cp1256;  // the same texts in windows-1256, for the legacy decode path
  size_t bytes = 0, sentences = 0;
};

void SetRates(benchmark::State& state, const Sample& s) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * s.sentences), benchmark::Counter::kIsRate);
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * s.raw.size()), benchmark::Counter::kIsRate);
}

std::string ToCp1256(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() + 16, '\0');
  int32_t n = ucnv_convert("windows-1256", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return {};
  out.resize(n);
  return out;
}

std::vector<Doc> FreshDocs(const Sample& s) {
  std::vector<Doc> docs;
  docs.reserve(s.raw.size());
  for (RawDoc raw : s.raw) docs.push_back(ToDoc(std::move(raw)));
  return docs;
}

void BM_Decode(benchmark::State& state, const Sample* s, bool legacy) {
  for (auto _ : state) {
    for (size_t i = 0; i < s->raw.size(); ++i) {
      auto out = DecodeToUtf8(legacy ? s->cp1256[i] : s->raw[i].text, nullptr);
      if (!out.ok()) {
        state.SkipWithError(out.status().ToString().c_str());
        return;
      }
      benchmark::DoNotOptimize(out.value().data());
    }
  }
  SetRates(state, *s);
}

// Times `stage` alone on documents already coded up to the stage before it ("" = the whole Coder).
void BM_Stage(benchmark::State& state, const Coder* coder, const Sample* s, std::string prev,
              std::string stage) {
  std::vector<Doc> prefix = FreshDocs(*s);
  if (!prev.empty())
    for (Doc& d : prefix)
      if (Status st = coder->CodeUpTo(d, prev); !st.ok()) {
        state.SkipWithError(st.ToString().c_str());
        return;
      }
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Doc> docs = prefix;
    state.ResumeTiming();
    for (Doc& d : docs) {
      Status st = stage.empty() ? coder->Code(d) : coder->CodeUpTo(d, stage);
      if (!st.ok()) {
        state.SkipWithError(st.ToString().c_str());
        return;
      }
    }
    state.PauseTiming();
    docs.clear();
    state.ResumeTiming();
  }
  SetRates(state, *s);
}

// Removes our --mizan_* flags from argv; the rest goes to benchmark::Initialize.
struct Flags {
  bool smoke = false;
  size_t docs = 300;
  std::string corpus;
};
Flags ParseFlags(int* argc, char** argv) {
  Flags f;
  int out = 1;
  for (int i = 1; i < *argc; ++i) {
    std::string a = argv[i];
    if (a == "--mizan_smoke") f.smoke = true;
    else if (a.rfind("--mizan_docs=", 0) == 0) f.docs = std::strtoul(a.c_str() + 13, nullptr, 10);
    else if (a.rfind("--mizan_corpus=", 0) == 0) f.corpus = a.substr(15);
    else argv[out++] = argv[i];
  }
  *argc = out;
  return f;
}

int Main(int argc, char** argv) {
  Flags flags = ParseFlags(&argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  static Sample sample;
  if (flags.smoke) {
    sample.raw = BuiltInDocs(4);
  } else {
    std::string corpus = flags.corpus.empty() ? DefaultCorpus() : flags.corpus;
    sample.raw = ReadDocs({corpus}, flags.docs, nullptr);
    if (sample.raw.empty()) {
      std::fprintf(stderr, "stages_bench: no documents in %s; skipping\n", corpus.c_str());
      return 0;
    }
  }
  auto coder_or = Coder::Create(CoderOptions{});
  if (!coder_or.ok()) {
    std::fprintf(stderr, "stages_bench: %s\n", coder_or.status().ToString().c_str());
    return 3;
  }
  static std::unique_ptr<Coder> coder = std::move(coder_or).value();
  for (const auto& r : sample.raw) {
    sample.bytes += r.text.size();
    sample.cp1256.push_back(ToCp1256(r.text));
  }
  for (Doc& d : FreshDocs(sample)) {
    if (coder->CodeUpTo(d, "segment").ok()) sample.sentences += d.sentences.size();
  }
  std::fprintf(stderr, "stages_bench: %zu documents, %zu bytes, %zu sentences\n", sample.raw.size(),
               sample.bytes, sample.sentences);

  benchmark::RegisterBenchmark("decode/utf8", BM_Decode, &sample, false)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("decode/cp1256", BM_Decode, &sample, true)->Unit(benchmark::kMillisecond);
  std::string prev;
  for (const char* stage : kStages) {
    benchmark::RegisterBenchmark(fmt::format("stage/{}", stage).c_str(), BM_Stage, coder.get(), &sample,
                                 prev, std::string(stage))
        ->Unit(benchmark::kMillisecond);
    prev = stage;
  }
  benchmark::RegisterBenchmark("coder/all", BM_Stage, coder.get(), &sample, std::string(), std::string())
      ->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace
}  // namespace mizan::bench

int main(int argc, char** argv) { return mizan::bench::Main(argc, argv); }
