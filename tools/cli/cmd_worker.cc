// `mizan worker`: codes documents from a NATS JetStream stream into one store, ack after commit.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "mizan/coder.h"
#include "store/store.h"
#include "stream/nats_client.h"
#include "stream/worker.h"

namespace mizan::cli {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void OnStopSignal(int) { g_stop.store(true); }

struct WorkerCliOptions {
  std::string nats = "nats://127.0.0.1:4222", db, data_dir;
  stream::WorkerOptions worker;
  size_t max_doc_bytes = 16u << 20;  // larger documents are dead letters, as `mizan ingest` skips them
  // Batches write one at a time (docs/scale.md): a worker may wait for the batches of every other worker
  // to commit, so its lock wait is longer than ingest's 5 s; a wait past it rolls the batch back and
  // hands it back for redelivery.
  double lock_timeout_s = 60;
  bool quiet = false;
};

int RunWorker(WorkerCliOptions& o) {
  if (o.db.empty()) {
    fmt::print(stderr, "mizan worker: --db is required (a postgresql:// URL; a SQLite file works for one worker)\n");
    return kExitUsage;
  }
  if (o.max_doc_bytes == 0) {
    fmt::print(stderr, "mizan worker: --max-doc-bytes must be at least 1\n");
    return kExitUsage;
  }
  if (o.worker.consumer.max_deliver < 2) {
    fmt::print(stderr, "mizan worker: --max-deliver must be at least 2 (the last delivery goes to the dead letters)\n");
    return kExitUsage;
  }
  if (o.lock_timeout_s <= 0) {
    fmt::print(stderr, "mizan worker: --lock-timeout must be positive\n");
    return kExitUsage;
  }
  StoreOptions sopts;
  sopts.busy_timeout_ms = static_cast<int>(std::lround(std::min(o.lock_timeout_s, 86400.0) * 1000));
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan worker: cannot use the database {}: {}\n", o.db, store.status().ToString());
    return kExitFatal;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  copts.max_doc_bytes = o.max_doc_bytes;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan worker: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  auto nats = stream::NatsClient::Connect(o.nats, "mizan-worker");
  if (!nats.ok()) {
    fmt::print(stderr, "mizan worker: {}\n", nats.status().ToString());
    return kExitFatal;
  }
  // Binding can time out while the cluster elects a new stream or consumer leader (a node just died, or
  // many workers create the consumer at once): retry for about half a minute before giving up.
  Status bound;
  for (int attempt = 0; attempt < 10; ++attempt) {
    auto replicas = (*nats)->EnsureStream(o.worker.stream);
    bound = replicas.ok() ? (*nats)->Subscribe(o.worker.stream, o.worker.consumer) : replicas.status();
    if (bound.ok() || bound.code() != StatusCode::kUnavailable) break;
    if (!o.quiet) fmt::print(stderr, "mizan worker: retrying: {}\n", bound.ToString());
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  if (!bound.ok()) {
    fmt::print(stderr, "mizan worker: {}\n", bound.ToString());
    return kExitFatal;
  }
  std::signal(SIGTERM, OnStopSignal);
  std::signal(SIGINT, OnStopSignal);
  auto log = [&](const std::string& msg) {
    if (!o.quiet) fmt::print(stderr, "mizan worker: {}\n", msg);
  };
  stream::Worker worker(**nats, **store, **coder, o.worker, log);
  auto start = std::chrono::steady_clock::now();
  Status st = worker.Run(g_stop);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const stream::WorkerCounts& c = worker.counts();
  size_t docs = c.inserted + c.replaced + c.unchanged;
  fmt::print(stderr,
             "mizan worker: {} batches, {} docs stored: {} new, {} replaced, {} unchanged; {} events; {} dead "
             "letters, {} handed back; {:.2f} s ({:.1f} docs/s; coding {:.1f} s, writing {:.1f} s){}\n",
             c.batches, docs, c.inserted, c.replaced, c.unchanged, c.events, c.dead, c.retried, s,
             s > 0 ? docs / s : 0.0, c.coding_s, c.writing_s, g_stop.load() ? "; stopped by signal" : "");
  if (!st.ok()) {
    fmt::print(stderr, "mizan worker: fatal: {}\n", st.ToString());
    return kExitFatal;
  }
  return c.dead > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterWorker(CLI::App& app) {
  auto o = std::make_shared<WorkerCliOptions>();
  CLI::App* cmd = app.add_subcommand("worker", "Code documents from a NATS JetStream stream into a database");
  cmd->add_option("--nats", o->nats, "NATS server URL, or a comma-separated list of cluster members")
      ->capture_default_str();
  cmd->add_option("--db", o->db, "Database: a postgresql:// URL (shared by all workers)")->required();
  cmd->add_option("--stream", o->worker.stream.name, "JetStream stream")->capture_default_str();
  cmd->add_option("--subject", o->worker.stream.subject, "Subject of the documents")->capture_default_str();
  cmd->add_option("--dead-subject", o->worker.stream.dead_subject, "Subject for poison documents")
      ->capture_default_str();
  cmd->add_option("--durable", o->worker.consumer.durable,
                  "Durable consumer: workers with the same name share the work")
      ->capture_default_str();
  cmd->add_option("--batch", o->worker.batch, "Documents per fetch and per transaction")->capture_default_str();
  cmd->add_option("-j,--threads", o->worker.threads, "Coding threads")->capture_default_str();
  cmd->add_option("--ack-wait", o->worker.consumer.ack_wait_s,
                  "Seconds before an unacknowledged document is redelivered (new consumers only)")
      ->capture_default_str();
  cmd->add_option("--max-deliver", o->worker.consumer.max_deliver,
                  "Deliveries of a document before it becomes a dead letter (new consumers only)")
      ->capture_default_str();
  cmd->add_option("--idle-exit", o->worker.idle_exit_s,
                  "Stop after this many seconds without documents once the stream holds none pending or in flight "
                  "(0 = run until SIGTERM/SIGINT)")
      ->capture_default_str();
  cmd->add_option("--max-doc-seconds", o->worker.max_doc_seconds, "Coding budget per document (0 = none)")
      ->capture_default_str();
  cmd->add_option("--max-doc-bytes", o->max_doc_bytes,
                  "Documents with more bytes of text are dead letters, never coded")
      ->capture_default_str();
  cmd->add_option("--lock-timeout", o->lock_timeout_s,
                  "Seconds a batch may wait for its turn to write (workers' batches commit one at a time)")
      ->capture_default_str();
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_flag("-q,--quiet", o->quiet, "No per-document messages (the summary is still printed)");
  cmd->footer(
      "Start as many workers as you like, on any machines, with the same --durable: JetStream hands each\n"
      "document to one of them. A batch is coded, stored in ONE transaction and acknowledged only after\n"
      "the commit; a worker killed at any moment leaves its batch unacknowledged, JetStream redelivers it\n"
      "after --ack-wait, and documents stored already (same id and content) are skipped. A document that\n"
      "is not valid, cannot be coded, or was delivered --max-deliver times is published to the dead-letter\n"
      "subject with a Mizan-Error header and terminated: it never blocks the stream.\n"
      "SIGTERM/SIGINT: the batch in hand is finished, committed and acknowledged, then the worker exits.\n"
      "Exit 0: stopped cleanly; 1: some documents went to the dead letters; 2: usage; 3: fatal.\n"
      "Examples:\n"
      "  mizan worker --nats nats://127.0.0.1:4222 --db postgresql://mizan@db/mizan\n"
      "  mizan worker --nats nats://a:4222,nats://b:4222,nats://c:4222 --db postgresql://mizan@db/mizan -j 4 --batch 100\n"
      "  mizan worker --db postgresql://mizan@db/mizan --idle-exit 10     # drain the stream, then stop\n"
      "  nats sub mizan.dead --headers-only                                # watch the dead letters");
  return [o] { return RunWorker(*o); };
}

MIZAN_COMMAND(24, RegisterWorker);

}  // namespace mizan::cli
