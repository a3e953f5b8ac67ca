// `mizan code`: reads documents, codes them, and prints one event record per line (JSON Lines) on stdout.
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

namespace mizan::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string published, format = "auto", data_dir;
  bool stats = false;
  bool one_sided = false;
  int threads = 0;
  size_t max_doc_bytes = 16u << 20;
  double max_doc_seconds = 0;
  double progress_interval_s = 10;
};

int RunCode(const CodeOptions& o) {
  auto format = ParseInputFormat(o.format);
  if (!format.ok()) {
    fmt::print(stderr, "mizan code: {}\n", format.status().message());
    return kExitUsage;
  }
  InputOptions in;
  in.format = *format;
  in.published = NormalizePublished(o.published);
  if (!o.published.empty() && in.published.empty()) {
    fmt::print(stderr, "mizan code: --published wants YYYY-MM-DD, got '{}'\n", o.published);
    return kExitUsage;
  }
  if (o.max_doc_bytes == 0 || o.max_doc_seconds < 0) {
    fmt::print(stderr, "mizan code: --max-doc-bytes must be at least 1 and --max-doc-seconds not negative\n");
    return kExitUsage;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  copts.one_sided_events = o.one_sided;
  copts.max_doc_bytes = o.max_doc_bytes;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan code: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  in.max_doc_bytes = copts.max_doc_bytes;
  DocReader reader(o.inputs, in, [](const InputError& e) {
    fmt::print(stderr, "mizan code: bad input: {}: {}\n", e.origin, e.message);
  });
  Progress progress(stderr, o.stats, o.progress_interval_s);
  size_t events = 0, failed = 0;
  std::string line;
  CodeLoopOptions loop;
  loop.threads = o.threads;
  loop.max_doc_seconds = o.max_doc_seconds;
  Status st = CodeAll(reader, **coder, loop, [&](CodedDoc& d) {
    if (!d.status.ok()) {
      fmt::print(stderr, "mizan code: {}: {}\n", d.origin, d.status.ToString());
      ++failed;
      return Status::Ok();
    }
    for (const Event& e : d.doc.events) {
      line = EventJsonLine(EventToJson(d.doc, e, (*coder)->lexicon()));
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
    }
    events += d.doc.events.size();
    progress.Update(ProgressCounts{reader.docs(), events, reader.bad() + failed, reader.bytes_read(),
                                   reader.total_bytes()});
    return Status::Ok();
  });
  if (!st.ok()) fmt::print(stderr, "mizan code: {}\n", st.ToString());
  std::fflush(stdout);
  progress.Finish();
  size_t bad = reader.bad() + failed;
  if (o.stats) {
    double s = progress.Seconds();
    fmt::print(stderr, "mizan code: {} docs, {} events, {} bad inputs, {:.2f} s ({:.1f} docs/s)\n",
               reader.docs() - failed, events, bad, s, s > 0 ? (reader.docs() - failed) / s : 0.0);
  }
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterCode(CLI::App& app) {
  auto o = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code documents and print their events as JSON Lines on stdout");
  cmd->add_option("inputs", o->inputs,
                  "Files (.txt, .json, .jsonl, .jsonl.gz), directories (read recursively) or - for stdin (JSON Lines)")
      ->required();
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD (dates resolve against it)");
  cmd->add_option("--format", o->format, "Input format: auto (by extension), txt, json or jsonl")->capture_default_str();
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_option("-j,--threads", o->threads, "Coding threads (0 = one per core); output keeps the input order")
      ->capture_default_str();
  cmd->add_flag("--one-sided", o->one_sided,
                "Also code protests and attacks whose other side is not named (that actor is null)");
  cmd->add_flag("--stats", o->stats, "Print progress and a summary (docs, events, bad inputs, seconds) on stderr");
  cmd->add_option("--progress-interval", o->progress_interval_s,
                  "With --stats: seconds between progress lines when stderr is not a terminal (0 = summary only)")
      ->capture_default_str();
  cmd->add_option("--max-doc-bytes", o->max_doc_bytes, "Larger documents (or JSON lines) are reported and skipped")
      ->capture_default_str();
  cmd->add_option("--max-doc-seconds", o->max_doc_seconds,
                  "Time budget per document, checked between stages; slower ones are reported and skipped (0 = none)")
      ->capture_default_str();
  cmd->footer(
      "One JSON object per event (see docs/cli.md); bad inputs are reported on stderr with\n"
      "file:line and skipped. Exit 0: all went through; 1: some inputs were bad; 2: usage; 3: fatal.\n"
      "Examples:\n"
      "  mizan code article.txt --published 2021-12-15\n"
      "  mizan code news.jsonl.gz --stats > events.jsonl\n"
      "  cat docs.jsonl | mizan code - | jq -r '[.source.code,.cameo,.target.code] | @tsv'");
  return [o] { return RunCode(*o); };
}

MIZAN_COMMAND(10, RegisterCode);

}  // namespace mizan::cli
