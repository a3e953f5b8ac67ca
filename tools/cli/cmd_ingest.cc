// `mizan ingest`: codes documents and stores them with their events in a database, in batches.
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "ingest/store_sink.h"
#include "io/code_loop.h"
#include "io/input.h"
#include "io/progress.h"
#include "mizan/coder.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::string db = "mizan.db", published, format = "auto", data_dir;
  size_t batch = 200;
  bool quiet = false;
  int threads = 0;
  double busy_timeout_s = 5;
  size_t max_doc_bytes = 16u << 20;
  double max_doc_seconds = 0;
  double progress_interval_s = 10;
};

int RunIngest(const IngestOptions& o) {
  auto usage = [](const std::string& msg) {
    fmt::print(stderr, "mizan ingest: {}\n", msg);
    return kExitUsage;
  };
  auto format = ParseInputFormat(o.format);
  if (!format.ok()) return usage(format.status().message());
  if (o.batch == 0) return usage("--batch must be at least 1");
  if (o.max_doc_bytes == 0) return usage("--max-doc-bytes must be at least 1");
  if (o.busy_timeout_s < 0 || o.max_doc_seconds < 0) return usage("--busy-timeout and --max-doc-seconds cannot be negative");
  InputOptions in;
  in.format = *format;
  in.published = NormalizePublished(o.published);
  in.max_doc_bytes = o.max_doc_bytes;
  if (!o.published.empty() && in.published.empty())
    return usage(fmt::format("--published wants YYYY-MM-DD, got '{}'", o.published));

  StoreOptions sopts;
  sopts.busy_timeout_ms = static_cast<int>(std::lround(o.busy_timeout_s * 1000));
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan ingest: cannot use the database {}: {}\n", o.db, store.status().ToString());
    return kExitFatal;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  copts.max_doc_bytes = o.max_doc_bytes;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan ingest: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  Progress progress(stderr, !o.quiet, o.progress_interval_s);
  // Messages interrupt a redrawn progress line: clear it first.
  auto say = [&](const std::string& msg) {
    if (progress.tty() && !o.quiet) fmt::print(stderr, "\r\033[K");
    fmt::print(stderr, "mizan ingest: {}\n", msg);
  };
  DocReader reader(o.inputs, in, [&](const InputError& e) { say(fmt::format("bad input: {}: {}", e.origin, e.message)); });

  StoreSinkOptions kopts;
  kopts.batch_docs = o.batch;
  StoreSink sink(**store, (*coder)->lexicon(), (*coder)->PipelineVersion(), kopts,
                 [&](const std::string& origin, const Status& why) {
                   say(fmt::format("bad document: {}: {}", origin, why.ToString()));
                 });
  CodeLoopOptions loop;
  loop.threads = o.threads;
  loop.max_doc_seconds = o.max_doc_seconds;
  Status store_error;
  // Same id, same content as stored: coding it again would change nothing, so re-runs are cheap.
  loop.want = [&](const Doc& doc) {
    if (!store_error.ok()) return false;
    auto has = sink.AlreadyStored(doc);
    if (!has.ok()) store_error = has.status();
    return has.ok() && !*has;
  };
  auto counts = [&] {
    const IngestCounts& c = sink.counts();
    // Documents through the sink (read-ahead ones are not done yet); bytes as the reader counts them.
    return ProgressCounts{c.inserted + c.replaced + c.unchanged + c.failed, c.events, reader.bad() + c.failed,
                          reader.bytes_read(), reader.total_bytes()};
  };
  Status st = CodeAll(reader, **coder, loop, [&](CodedDoc& d) -> Status {
    if (!store_error.ok())
      return Status(store_error.code(), fmt::format("looking up document {} ({}): {}", d.doc.id, d.origin,
                                                    store_error.message()));
    RETURN_IF_ERROR(sink.Put(d));
    progress.Update(counts());
    return Status::Ok();
  });
  if (st.ok()) st = sink.Flush();
  progress.Finish();
  const IngestCounts& c = sink.counts();
  if (!st.ok()) {
    sink.Abort();
    size_t lost = sink.rolled_back();
    fmt::print(stderr, "mizan ingest: fatal: {}\n", st.ToString());
    fmt::print(stderr,
               "mizan ingest: stopped; {} documents committed to {} by this run are kept, the open batch ({} "
               "documents) was rolled back. Run the same command again to resume: stored documents are skipped.\n",
               c.committed_docs, o.db, lost);
    return kExitFatal;
  }
  size_t bad = reader.bad() + c.failed;
  double s = progress.Seconds();
  fmt::print(stderr,
             "mizan ingest: {} docs read: {} new, {} replaced, {} unchanged; {} events stored; {} bad inputs; "
             "{:.2f} s ({:.1f} docs/s, {:.1f} events/s, {}) into {}\n",
             reader.docs(), c.inserted, c.replaced, c.unchanged, c.events, bad, s, s > 0 ? reader.docs() / s : 0.0,
             s > 0 ? c.events / s : 0.0, FormatBytes(reader.bytes_read()), o.db);
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterIngest(CLI::App& app) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents and store them with their events in a database");
  cmd->add_option("inputs", o->inputs, "Files (.txt, .json, .jsonl, .jsonl.gz), directories or - (stdin, JSON Lines)")
      ->required();
  cmd->add_option("--db", o->db, "Database: a SQLite file (created when missing) or a postgresql:// URL")
      ->capture_default_str();
  cmd->add_option("--batch", o->batch, "Documents per transaction (each batch is stored whole or not at all)")
      ->capture_default_str();
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD");
  cmd->add_option("--format", o->format, "Input format: auto, txt, json or jsonl")->capture_default_str();
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_option("-j,--threads", o->threads, "Coding threads (0 = one per core)")->capture_default_str();
  cmd->add_option("--busy-timeout", o->busy_timeout_s,
                  "Seconds to wait for another process that holds the database's write lock, then stop (exit 3)")
      ->capture_default_str();
  cmd->add_option("--max-doc-bytes", o->max_doc_bytes,
                  "Larger documents (or JSON lines) are reported and skipped")
      ->capture_default_str();
  cmd->add_option("--max-doc-seconds", o->max_doc_seconds,
                  "Time budget per document, checked between pipeline stages; slower documents are reported and "
                  "skipped (0 = none)")
      ->capture_default_str();
  cmd->add_option("--progress-interval", o->progress_interval_s,
                  "Seconds between progress lines when stderr is not a terminal (0 = summary only)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No progress line (the summary is still printed)");
  cmd->footer(
      "A document already stored with the same id and content is skipped without coding; the same id\n"
      "with new content replaces the old rows. Killed at any point, the run can be started again with\n"
      "the same command: committed batches are kept, the open one is redone, nothing is stored twice.\n"
      "Progress: on a terminal a live line (docs/s, events/s, bytes, ETA); otherwise a plain line every\n"
      "--progress-interval seconds. Bad documents are reported (file:line: why) and skipped.\n"
      "Exit 0: all stored; 1: some inputs were bad; 2: usage; 3: the database cannot be used (locked\n"
      "past --busy-timeout, read-only, disk full, corrupt): the open batch is rolled back.\n"
      "Examples:\n"
      "  mizan ingest corpus/*.jsonl.gz --db news.db\n"
      "  mizan ingest articles/ --db news.db --published 2021-12-15 --batch 500\n"
      "  zcat feed.jsonl.gz | mizan ingest - --db news.db -j 2 --progress-interval 30\n"
      "  mizan ingest big.jsonl --db news.db --max-doc-bytes 1000000 --max-doc-seconds 2");
  return [o] { return RunIngest(*o); };
}

MIZAN_COMMAND(20, RegisterIngest);

}  // namespace mizan::cli
