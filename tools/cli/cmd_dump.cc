// `mizan dump`: the canonical text dump of each document after some or all stages (debugging, golden tests).
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "io/event_json.h"
#include "io/input.h"
#include "mizan/coder.h"

namespace mizan::cli {
namespace {

struct DumpOptions {
  std::vector<std::string> inputs;
  std::string upto, data_dir, published, format = "auto";
};

int RunDump(const DumpOptions& o) {
  auto format = ParseInputFormat(o.format);
  if (!format.ok()) {
    fmt::print(stderr, "mizan dump: {}\n", format.status().message());
    return kExitUsage;
  }
  InputOptions in;
  in.format = *format;
  in.published = NormalizePublished(o.published);
  if (!o.published.empty() && in.published.empty()) {
    fmt::print(stderr, "mizan dump: --published wants YYYY-MM-DD, got '{}'\n", o.published);
    return kExitUsage;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan dump: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  DocReader reader(o.inputs, in, [](const InputError& e) {
    fmt::print(stderr, "mizan dump: {}: {}\n", e.origin, e.message);
  });
  size_t failed = 0;
  RawDoc raw;
  while (reader.Next(&raw)) {
    std::string origin = raw.origin;
    Doc doc = ToDoc(std::move(raw));
    Status st = o.upto.empty() ? (*coder)->Code(doc) : (*coder)->CodeUpTo(doc, o.upto);
    if (!st.ok() && !o.upto.empty() && st.code() == StatusCode::kInvalidArgument &&
        st.message().rfind("no stage named", 0) == 0) {
      fmt::print(stderr, "mizan dump: {}\n", st.message());  // a usage error, not a bad document
      return kExitUsage;
    }
    if (!st.ok()) {
      fmt::print(stderr, "mizan dump: {}: {}\n", origin, st.ToString());
      ++failed;
      continue;
    }
    if (!o.upto.empty() && !doc.Has(o.upto)) {
      std::string stages;
      for (const auto& s : doc.done) stages += (stages.empty() ? "" : ", ") + s;
      fmt::print(stderr, "mizan dump: unknown stage '{}' (stages: {})\n", o.upto, stages);
      return kExitUsage;
    }
    DumpDoc(doc, std::cout);
  }
  std::cout.flush();
  return reader.bad() + failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterDump(CLI::App& app) {
  auto o = std::make_shared<DumpOptions>();
  CLI::App* cmd = app.add_subcommand("dump", "Print what each stage found in a document: tokens, mentions, dates, cues, events");
  cmd->add_option("inputs", o->inputs, "Files, directories or - (stdin, JSON Lines)")->required();
  cmd->add_option("--upto", o->upto, "Stop after this stage, e.g. segment (the '# stages' line of a full dump lists them)");
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD");
  cmd->add_option("--format", o->format, "Input format: auto, txt, json or jsonl")->capture_default_str();
  cmd->footer(
      "Output: per sentence a '# sentence' line and one tab-separated line per token\n"
      "(index, original text, normalized, stem, clitics, flags), then one JSON line per\n"
      "mention, time, cue and event.\n"
      "Example:\n"
      "  mizan dump article.txt --upto segment | less");
  return [o] { return RunDump(*o); };
}

MIZAN_COMMAND(70, RegisterDump);

}  // namespace mizan::cli
