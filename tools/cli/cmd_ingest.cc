// `mizan ingest`: codes documents and stores them with their events in a database, in batches.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "io/code_loop.h"
#include "io/event_json.h"
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
};

struct Counts {
  size_t inserted = 0, replaced = 0, unchanged = 0, events = 0, failed = 0;
};

int RunIngest(const IngestOptions& o) {
  auto format = ParseInputFormat(o.format);
  if (!format.ok()) {
    fmt::print(stderr, "mizan ingest: {}\n", format.status().message());
    return kExitUsage;
  }
  if (o.batch == 0) {
    fmt::print(stderr, "mizan ingest: --batch must be at least 1\n");
    return kExitUsage;
  }
  InputOptions in;
  in.format = *format;
  in.published = NormalizePublished(o.published);
  if (!o.published.empty() && in.published.empty()) {
    fmt::print(stderr, "mizan ingest: --published wants YYYY-MM-DD, got '{}'\n", o.published);
    return kExitUsage;
  }
  auto store = Store::Open(o.db);
  if (!store.ok()) {
    fmt::print(stderr, "mizan ingest: {}\n", store.status().ToString());
    return kExitFatal;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan ingest: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  const std::string pipeline = (*coder)->PipelineVersion();
  in.max_doc_bytes = copts.max_doc_bytes;
  DocReader reader(o.inputs, in, [](const InputError& e) {
    fmt::print(stderr, "mizan ingest: bad input: {}: {}\n", e.origin, e.message);
  });
  Store& db = **store;
  Progress progress(stderr, !o.quiet);
  Counts n;
  size_t in_batch = 0;
  auto fatal = [&](const Status& st) {
    db.Rollback();
    progress.Finish();
    fmt::print(stderr, "mizan ingest: {}\n", st.ToString());
    fmt::print(stderr, "mizan ingest: the last batch (up to {} documents) was not stored\n", in_batch);
    return kExitFatal;
  };
  std::vector<nlohmann::json> records;
  CodeLoopOptions loop;
  loop.threads = o.threads;
  Status store_error;
  // Same id, same content as stored: coding it again would change nothing.
  loop.want = [&](const Doc& doc) {
    auto has = db.HasDocument(doc.id, ContentHash(doc));
    if (!has.ok() && store_error.ok()) store_error = has.status();
    return has.ok() && !*has;
  };
  Status st = CodeAll(reader, **coder, loop, [&](CodedDoc& d) -> Status {
    RETURN_IF_ERROR(store_error);
    if (in_batch == 0) RETURN_IF_ERROR(db.BeginBatch());
    if (d.skipped) {
      ++n.unchanged;
    } else if (!d.status.ok()) {
      fmt::print(stderr, "mizan ingest: {}: {}\n", d.origin, d.status.ToString());
      ++n.failed;
    } else {
      records.clear();
      for (const Event& e : d.doc.events) records.push_back(EventToJson(d.doc, e, (*coder)->lexicon()));
      ASSIGN_OR_RETURN(PutResult put, db.PutDocument(d.doc, records, pipeline));
      if (put == PutResult::kReplaced) ++n.replaced;
      else if (put == PutResult::kInserted) ++n.inserted;
      else ++n.unchanged;
      n.events += records.size();
    }
    if (++in_batch >= o.batch) {
      RETURN_IF_ERROR(db.Commit());
      in_batch = 0;
    }
    progress.Update(reader.docs(), n.events, reader.bad() + n.failed);
    return Status::Ok();
  });
  if (!st.ok()) return fatal(st);
  if (in_batch > 0) {
    if (Status st = db.Commit(); !st.ok()) return fatal(st);
  }
  progress.Finish();
  size_t bad = reader.bad() + n.failed;
  double s = progress.Seconds();
  fmt::print(stderr,
             "mizan ingest: {} docs read: {} new, {} replaced, {} unchanged; {} events stored; {} bad inputs; "
             "{:.2f} s ({:.1f} docs/s) into {}\n",
             reader.docs(), n.inserted, n.replaced, n.unchanged, n.events, bad, s, s > 0 ? reader.docs() / s : 0.0,
             o.db);
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterIngest(CLI::App& app) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents and store them with their events in a database");
  cmd->add_option("inputs", o->inputs, "Files (.txt, .json, .jsonl, .jsonl.gz), directories or - (stdin, JSON Lines)")
      ->required();
  cmd->add_option("--db", o->db, "SQLite database file (created when missing)")->capture_default_str();
  cmd->add_option("--batch", o->batch, "Documents per transaction")->capture_default_str();
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD");
  cmd->add_option("--format", o->format, "Input format: auto, txt, json or jsonl")->capture_default_str();
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_option("-j,--threads", o->threads, "Coding threads (0 = one per core)")->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No progress line (the summary is still printed)");
  cmd->footer(
      "A document already stored with the same id and content is skipped; the same id with new\n"
      "content replaces the old rows. Progress goes to stderr once a second. Exit 1 when some\n"
      "inputs were bad, 3 when the database cannot be used (locked, read-only, corrupt).\n"
      "Examples:\n"
      "  mizan ingest corpus/*.jsonl.gz --db news.db\n"
      "  mizan ingest articles/ --db news.db --published 2021-12-15 --batch 500");
  return [o] { return RunIngest(*o); };
}

MIZAN_COMMAND(20, RegisterIngest);

}  // namespace mizan::cli
