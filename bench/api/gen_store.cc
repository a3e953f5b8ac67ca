// mizan_gen_store: fills a database with N synthetic events through the Store interface (batched),
// for the API latency benchmark and the page's first-view timing on a large store.
//   mizan_gen_store --db big.db --events 1000000 [--per-doc 5] [--batch 2000] [--seed 7]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/core.h>

#include "store/store.h"
#include "synth_events.h"

int main(int argc, char** argv) {
  std::string db;
  long long events = 1000000, batch = 2000;
  mizan::bench::SynthOptions synth;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--db") db = v;
    else if (a == "--events") events = std::atoll(v.c_str());
    else if (a == "--per-doc") synth.events_per_doc = std::atoi(v.c_str());
    else if (a == "--batch") batch = std::atoll(v.c_str());
    else if (a == "--seed") synth.seed = std::strtoull(v.c_str(), nullptr, 10);
    else {
      fmt::print(stderr, "mizan_gen_store: unknown option {}\n", a);
      return 2;
    }
  }
  if (db.empty() || events <= 0 || batch <= 0 || synth.events_per_doc <= 0) {
    fmt::print(stderr, "usage: mizan_gen_store --db FILE --events N [--per-doc 5] [--batch 2000] [--seed 7]\n");
    return 2;
  }
  auto store = mizan::Store::Open(db);
  if (!store.ok()) {
    fmt::print(stderr, "mizan_gen_store: {}\n", store.status().ToString());
    return 3;
  }
  mizan::bench::SynthCorpus corpus(synth);
  std::vector<nlohmann::json> records;
  const auto t0 = std::chrono::steady_clock::now();
  long long done = 0, docs = 0;
  while (done < events) {
    if (mizan::Status st = (*store)->BeginBatch(); !st.ok()) {
      fmt::print(stderr, "mizan_gen_store: {}\n", st.ToString());
      return 3;
    }
    for (long long d = 0; d < batch && done < events; ++d, ++docs) {
      mizan::Doc doc = corpus.Next(&records);
      auto put = (*store)->PutDocument(doc, records, "synthetic");
      if (!put.ok()) {
        fmt::print(stderr, "mizan_gen_store: {}\n", put.status().ToString());
        return 3;
      }
      done += static_cast<long long>(records.size());
    }
    if (mizan::Status st = (*store)->Commit(); !st.ok()) {
      fmt::print(stderr, "mizan_gen_store: {}\n", st.ToString());
      return 3;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fmt::print(stderr, "\r{} events, {} documents, {:.0f} events/s   ", done, docs, done / s);
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print(stderr, "\nmizan_gen_store: {} events in {} documents, {} actors, {:.1f} s\n", done, docs,
             corpus.actors(), s);
  return 0;
}
