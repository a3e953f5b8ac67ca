#include "stream/worker.h"

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "io/code_loop.h"
#include "io/event_json.h"
#include "stream/doc_message.h"

namespace mizan::stream {

struct Worker::Item {
  Delivery* delivery = nullptr;
  Doc doc;
  std::string hash;
  Item(Delivery* d, Doc&& parsed) : delivery(d), doc(std::move(parsed)) {}
  bool code = true;   // false: stored already with this content, nothing to do but ack
  Status status;      // coding result
  std::vector<nlohmann::json> records;
};

Worker::Worker(NatsClient& nats, Store& store, const Coder& coder, WorkerOptions options, LogFn log)
    : nats_(nats), store_(store), coder_(coder), options_(std::move(options)), log_(std::move(log)),
      pipeline_(coder.PipelineVersion()) {
  if (options_.batch == 0) options_.batch = 1;
  if (options_.threads < 1) options_.threads = 1;
}

void Worker::DeadLetter(const Delivery& d, const std::string& error) {
  // The dead letter keeps the body and says why; its own Msg-Id makes a repeat (crash between publish
  // and term) a duplicate that JetStream drops.
  std::string id = (d.msg_id.empty() ? fmt::format("seq{}", d.stream_seq) : d.msg_id) + "@dead";
  Status st = nats_.Publish(options_.stream.dead_subject, d.data, id,
                            {{"Mizan-Error", error.substr(0, 1000)},
                             {"Mizan-Stream-Seq", std::to_string(d.stream_seq)},
                             {"Mizan-Delivered", std::to_string(d.delivered)}},
                            nullptr);
  if (!st.ok()) {
    // Not terminated: it comes back after ack wait and is dead-lettered then.
    if (log_) log_(fmt::format("could not dead-letter message {}: {}", d.stream_seq, st.ToString()));
    return;
  }
  ++counts_.dead;
  if (log_) log_(fmt::format("dead letter: message {} ({}): {}", d.stream_seq, d.msg_id, error));
  (void)nats_.Term(d);
}

Status Worker::RunOnce(size_t* got) {
  *got = 0;
  ASSIGN_OR_RETURN(std::vector<Delivery> batch,
                   nats_.Fetch(static_cast<int>(options_.batch), static_cast<int64_t>(options_.fetch_wait_s * 1000)));
  *got = batch.size();
  if (batch.empty()) return Status::Ok();
  std::vector<Item> items;
  items.reserve(batch.size());
  for (Delivery& d : batch) {
    // The last allowed delivery is not tried again: earlier ones failed, so it is a poison document.
    if (options_.consumer.max_deliver > 0 && d.delivered >= static_cast<uint64_t>(options_.consumer.max_deliver)) {
      DeadLetter(d, fmt::format("not stored after {} deliveries", d.delivered - 1));
      continue;
    }
    auto raw = DocFromMessage(d.data);
    if (!raw.ok()) {
      DeadLetter(d, fmt::format("not a document: {}", raw.status().message()));
      continue;
    }
    Item& it = items.emplace_back(&d, ToDoc(std::move(*raw)));
    it.hash = ContentHash(it.doc);
  }
  // Already stored with this content (a redelivery after a crash, or the same document fed twice past
  // the duplicate window): no coding.
  for (Item& it : items) {
    auto has = store_.HasDocument(it.doc.id, it.hash);
    if (!has.ok()) return has.status();
    it.code = !*has;
  }
  // Coding on threads; each thread takes every n-th document.
  auto code_range = [&](size_t first) {
    for (size_t i = first; i < items.size(); i += options_.threads) {
      Item& it = items[i];
      if (!it.code) continue;
      it.status = CodeWithBudget(coder_, it.doc, options_.max_doc_seconds);
      if (it.status.ok())
        for (const Event& e : it.doc.events) it.records.push_back(EventToJson(it.doc, e, coder_.lexicon()));
    }
  };
  using Clock = std::chrono::steady_clock;
  const auto coding_start = Clock::now();
  if (options_.threads == 1 || items.size() < 2) {
    code_range(0);
  } else {
    std::vector<std::thread> pool;
    for (int t = 0; t < options_.threads; ++t) pool.emplace_back(code_range, static_cast<size_t>(t));
    for (std::thread& t : pool) t.join();
  }
  std::vector<Item*> good;
  for (Item& it : items) {
    if (it.status.ok()) good.push_back(&it);
    else DeadLetter(*it.delivery, fmt::format("coding failed: {}", it.status.ToString()));
  }
  // One transaction for the batch: all its documents are stored, or none and all come back.
  const auto writing_start = Clock::now();
  counts_.coding_s += std::chrono::duration<double>(writing_start - coding_start).count();
  WorkerCounts add;
  Status st = store_.BeginBatch();
  for (size_t i = 0; st.ok() && i < good.size(); ++i) {
    Item& it = *good[i];
    if (!it.code) {
      ++add.unchanged;
      continue;
    }
    auto put = store_.PutDocument(it.doc, it.records, pipeline_);
    if (!put.ok()) {
      st = Status(put.status().code(), fmt::format("storing {}: {}", it.doc.id, put.status().message()));
      break;
    }
    if (*put == PutResult::kUnchanged) {
      ++add.unchanged;
    } else {
      ++(*put == PutResult::kInserted ? add.inserted : add.replaced);
      add.events += it.records.size();
    }
  }
  if (st.ok()) {
    st = store_.Commit();
  } else {
    store_.Rollback();
  }
  counts_.writing_s += std::chrono::duration<double>(Clock::now() - writing_start).count();
  if (!st.ok()) {
    // Nothing of the batch was stored: every document comes back (to this or another worker) after a
    // delay; one that keeps failing reaches max_deliver and becomes a dead letter.
    for (Item* it : good) (void)nats_.Nak(*it->delivery, options_.retry_delay_ms);
    counts_.retried += good.size();
    if (log_) log_(fmt::format("batch of {} rolled back, handed back for redelivery: {}", good.size(), st.ToString()));
    return Status::Ok();
  }
  // Acknowledged only now: a crash before this line redelivers documents that are stored already, and
  // the redelivery finds them unchanged.
  for (Item* it : good) RETURN_IF_ERROR(nats_.Ack(*it->delivery));
  ++counts_.batches;
  counts_.inserted += add.inserted;
  counts_.replaced += add.replaced;
  counts_.unchanged += add.unchanged;
  counts_.events += add.events;
  return Status::Ok();
}

Status Worker::Run(const std::atomic<bool>& stop) {
  using Clock = std::chrono::steady_clock;
  auto idle_since = Clock::now();
  bool unknown = false;             // the consumer's state could not be read at the last idle check ...
  Clock::time_point unknown_since;  // ... nor at any since this one
  int failures = 0;
  while (!stop.load()) {
    size_t got = 0;
    Status st = RunOnce(&got);
    if (!st.ok()) {
      // NATS reconnecting to another node, a stream leader election, a database restart: retry a while.
      if (++failures > 60) return st;
      if (log_) log_(fmt::format("retrying after: {}", st.ToString()));
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      continue;
    }
    failures = 0;
    auto now = std::chrono::steady_clock::now();
    if (got > 0) {
      idle_since = now;
    } else if (options_.idle_exit_s > 0 &&
               std::chrono::duration<double>(now - idle_since).count() >= options_.idle_exit_s) {
      // Empty fetches are not proof of an empty stream: documents fetched by a worker that died stay
      // unacknowledged until the ack wait passes, and a consumer whose leader died answers no fetch until
      // the cluster elects another (seconds; more on a loaded machine). Stop only when the consumer says
      // nothing is pending or in flight.
      auto pending = nats_.Pending();
      if (pending.ok() && *pending == 0) break;
      if (pending.ok()) {
        unknown = false;
        if (log_) log_(fmt::format("{} documents pending or in flight elsewhere: waiting for them", *pending));
      } else {
        if (!unknown) unknown_since = now;
        unknown = true;
        // A consumer unreadable for this long is not an election: give up as a failed fetch would.
        if (std::chrono::duration<double>(now - unknown_since).count() > std::max(60.0, options_.idle_exit_s))
          return pending.status();
        if (log_) log_(fmt::format("waiting: {}", pending.status().ToString()));
      }
      idle_since = Clock::now();
    }
  }
  return Status::Ok();
}

}  // namespace mizan::stream
