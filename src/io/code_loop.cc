#include "io/code_loop.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <fmt/core.h>

namespace mizan {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// A document in the read-ahead window. `done` is guarded by the loop's mutex.
struct Slot {
  explicit Slot(CodedDoc c) : coded(std::move(c)) {}
  CodedDoc coded;
  size_t bytes = 0;
  bool done = false;
};

}  // namespace

Status CodeWithBudget(const Coder& coder, Doc& doc, double max_seconds) {
  if (max_seconds <= 0) return coder.Code(doc);
  // The stages in pipeline order; CodeUpTo runs whatever is not done yet up to the one named, so a stage
  // added later still runs (in the last step), only the budget is checked less often.
  static const char* const kStages[] = {"normalize", "segment", "actors", "time", "claims", "events"};
  auto t0 = Clock::now();
  for (const char* stage : kStages) {
    Status st = coder.CodeUpTo(doc, stage);
    if (!st.ok()) return st;
    double s = Since(t0);
    if (s > max_seconds && std::string_view(stage) != "events") {
      doc.events.clear();
      return ResourceExhausted(fmt::format("document {} took {:.2f} s up to stage '{}', over the limit of {} s "
                                           "(--max-doc-seconds); skipped",
                                           doc.id, s, stage, max_seconds));
    }
  }
  if (double s = Since(t0); s > max_seconds) {
    doc.events.clear();
    return ResourceExhausted(fmt::format("document {} took {:.2f} s, over the limit of {} s (--max-doc-seconds); "
                                         "skipped",
                                         doc.id, s, max_seconds));
  }
  return Status::Ok();
}

Status CodeAll(DocReader& reader, const Coder& coder, const CodeLoopOptions& options,
               const std::function<Status(CodedDoc&)>& sink) {
  const size_t threads =
      options.threads > 0 ? static_cast<size_t>(options.threads) : std::max(1u, std::thread::hardware_concurrency());
  const size_t max_docs = std::max<size_t>(1, threads * std::max<size_t>(1, options.docs_per_thread));
  // A streaming window rather than whole chunks: the calling thread reads and sinks while the workers
  // code, so nobody waits for the slowest document of a chunk or for the database.
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::deque<Slot*> jobs;  // slots waiting for a worker
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      Slot* slot;
      {
        std::unique_lock lock(mu);
        work_cv.wait(lock, [&] { return stop || !jobs.empty(); });
        if (jobs.empty()) return;
        slot = jobs.front();
        jobs.pop_front();
      }
      auto t0 = Clock::now();
      slot->coded.status = CodeWithBudget(coder, slot->coded.doc, options.max_doc_seconds);
      slot->coded.seconds = Since(t0);
      {
        std::lock_guard lock(mu);
        slot->done = true;
      }
      done_cv.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  auto shut_down = [&] {
    {
      std::lock_guard lock(mu);
      stop = true;
      jobs.clear();
    }
    work_cv.notify_all();
    for (auto& t : pool) t.join();
  };

  std::deque<std::unique_ptr<Slot>> window;  // in input order
  size_t window_bytes = 0;
  bool more = true;
  RawDoc raw;
  Status result;
  while (more || !window.empty()) {
    // Read ahead while there is room (at least one document, however large).
    while (more && window.size() < max_docs && (window.empty() || window_bytes < options.chunk_bytes)) {
      if (!(more = reader.Next(&raw))) break;
      size_t bytes = raw.text.size();
      std::string origin = std::move(raw.origin);
      auto slot = std::make_unique<Slot>(CodedDoc{ToDoc(std::move(raw)), std::move(origin), Status::Ok(), false, 0});
      slot->bytes = bytes;
      raw = RawDoc{};
      if (options.want && !options.want(slot->coded.doc)) {
        slot->coded.skipped = true;
        slot->done = true;
      } else {
        std::lock_guard lock(mu);
        jobs.push_back(slot.get());
        work_cv.notify_one();
      }
      window_bytes += slot->bytes;
      window.push_back(std::move(slot));
      // Hand finished documents on as soon as they are ready.
      std::lock_guard lock(mu);
      if (window.front()->done) break;
    }
    if (window.empty()) continue;
    {
      std::unique_lock lock(mu);
      // Wait only when there is nothing else to do: the window is full or the input ended.
      bool can_read = more && window.size() < max_docs && window_bytes < options.chunk_bytes;
      if (!can_read) done_cv.wait(lock, [&] { return window.front()->done; });
      else if (!window.front()->done) continue;
    }
    while (!window.empty()) {
      {
        std::lock_guard lock(mu);
        if (!window.front()->done) break;
      }
      Status st = sink(window.front()->coded);
      window_bytes -= window.front()->bytes;
      window.pop_front();
      if (!st.ok()) {
        result = st;
        break;
      }
    }
    if (!result.ok()) break;
  }
  // Workers may still be coding slots of the window: join them before the window goes.
  shut_down();
  return result;
}

}  // namespace mizan
