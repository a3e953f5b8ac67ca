// `mizan recode`: re-publishes stored documents to a stream so that workers code them with new dictionaries.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "io/input.h"
#include "stream/doc_message.h"
#include "stream/nats_client.h"
#include "stream/stored_docs.h"

namespace mizan::cli {
namespace {

struct RecodeOptions {
  std::string db, nats = "nats://127.0.0.1:4222", since, version;
  stream::StreamConfig stream{"MIZAN_RECODE", "mizan.recode", "mizan.recode.dead"};
};

int RunRecode(const RecodeOptions& o) {
  std::string since = o.since.empty() ? "" : NormalizePublished(o.since);
  if (!o.since.empty() && since.empty()) {
    fmt::print(stderr, "mizan recode: --since wants YYYY-MM-DD, got '{}'\n", o.since);
    return kExitUsage;
  }
  if (o.version.empty()) {
    fmt::print(stderr, "mizan recode: --dictionary-version is required (data/VERSION of the new dictionaries)\n");
    return kExitUsage;
  }
  auto client = stream::NatsClient::Connect(o.nats, "mizan-recode");
  if (!client.ok()) {
    fmt::print(stderr, "mizan recode: {}\n", client.status().ToString());
    return kExitFatal;
  }
  auto replicas = (*client)->EnsureStream(o.stream);
  if (!replicas.ok()) {
    fmt::print(stderr, "mizan recode: {}\n", replicas.status().ToString());
    return kExitFatal;
  }
  size_t published = 0, duplicates = 0;
  Status fatal;
  auto start = std::chrono::steady_clock::now();
  auto n = stream::ForEachStoredDoc(o.db, since, [&](const RawDoc& d) {
    bool dup = false;
    fatal = (*client)->Publish(o.stream.subject, stream::DocToMessage(d), stream::RecodeMessageId(d, o.version),
                               {{"Mizan-Dictionary-Version", o.version}}, &dup);
    if (!fatal.ok()) return false;
    ++(dup ? duplicates : published);
    return true;
  });
  if (!n.ok()) fatal = n.status();
  if (!fatal.ok()) {
    fmt::print(stderr, "mizan recode: fatal: {} ({} published before it; running again is safe)\n", fatal.ToString(),
               published);
    return kExitFatal;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(stderr,
             "mizan recode: {} documents{} re-published for dictionary version {}, {} already queued; {:.2f} s; "
             "stream {}, subject {}\n",
             published, since.empty() ? "" : " published since " + since, o.version, duplicates, s, o.stream.name,
             o.stream.subject);
  return kExitOk;
}

}  // namespace

Runner RegisterRecode(CLI::App& app) {
  auto o = std::make_shared<RecodeOptions>();
  CLI::App* cmd = app.add_subcommand("recode", "Re-publish stored documents so workers code them with new dictionaries");
  cmd->add_option("--db", o->db, "Database whose documents are re-coded (postgresql:// URL or SQLite file)")->required();
  cmd->add_option("--nats", o->nats, "NATS server URL(s)")->capture_default_str();
  cmd->add_option("--since", o->since, "Only documents published on or after YYYY-MM-DD");
  cmd->add_option("--dictionary-version", o->version, "Version of the new dictionaries (data/VERSION)")->required();
  cmd->add_option("--stream", o->stream.name, "Stream for re-coding (kept apart from new documents)")
      ->capture_default_str();
  cmd->add_option("--subject", o->stream.subject, "Subject the documents are published on")->capture_default_str();
  cmd->footer(
      "Old and new event versions are kept apart by database: the archive stays as it is while workers\n"
      "started on the re-coding stream write the new version into a new database; switch readers\n"
      "(`mizan serve --db`) over when the stream is drained, and drop the old database when done.\n"
      "Each message id carries the dictionary version, so running recode twice queues each document once\n"
      "per version (within the duplicate window), and a new version is never taken for a duplicate.\n"
      "Examples:\n"
      "  mizan recode --db postgresql://mizan@db/mizan --nats nats://127.0.0.1:4222 --dictionary-version 2026.12\n"
      "  mizan worker --stream MIZAN_RECODE --subject mizan.recode --dead-subject mizan.recode.dead \\\n"
      "      --durable recode-2026.12 --db postgresql://mizan@db/mizan_2026_12 --idle-exit 60\n"
      "  mizan recode --db news.db --since 2024-01-01 --dictionary-version 2026.12");
  return [o] { return RunRecode(*o); };
}

MIZAN_COMMAND(26, RegisterRecode);

}  // namespace mizan::cli
