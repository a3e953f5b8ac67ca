// `mizan dict`: check the data directory, import PETRARCH dictionaries, dump what the matcher matches.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "lex/dict_check.h"
#include "lex/dict_dump.h"
#include "lex/petrarch_import.h"
#include "mizan/coder.h"

namespace mizan::cli {
namespace {

struct DictOptions {
  std::string data_dir, kind, input, out, licence = "MIT", table;
  CLI::App* check = nullptr;
  CLI::App* import = nullptr;
  CLI::App* dump = nullptr;
};

std::string DataDir(const DictOptions& o) { return o.data_dir.empty() ? FindDataDir() : o.data_dir; }

int RunCheck(const DictOptions& o) {
  std::string dir = DataDir(o);
  DictReport rep = CheckDictionaries(dir);
  for (const auto& i : rep.issues)
    fmt::print("{}: {}: {}\n", i.where, i.error ? "error" : "warning", i.message);
  fmt::print(stderr, "mizan dict check: {}: {} files, {} rows, {} errors, {} warnings\n", dir, rep.files, rep.rows,
             rep.errors(), rep.warnings());
  return rep.errors() ? kExitPartial : kExitOk;
}

int RunImport(const DictOptions& o) {
  auto kind = ParsePetrarchKind(o.kind);
  if (!kind.ok()) {
    fmt::print(stderr, "mizan dict import-petrarch: {}\n", kind.status().message());
    return kExitUsage;
  }
  std::ifstream in(o.input, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "mizan dict import-petrarch: cannot read {}\n", o.input);
    return kExitFatal;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto result = ImportPetrarch(text, *kind);
  if (!result.ok()) {
    fmt::print(stderr, "mizan dict import-petrarch: {}\n", result.status().ToString());
    return kExitFatal;
  }
  std::string name = std::filesystem::path(o.input).filename().string();
  std::ofstream out(o.out, std::ios::binary);
  out << ImportToTsv(*result, name, o.licence);
  if (!out.flush()) {
    fmt::print(stderr, "mizan dict import-petrarch: cannot write {}\n", o.out);
    return kExitFatal;
  }
  for (const auto& s : result->skipped) fmt::print(stderr, "{}:{}: skipped: {}\n", o.input, s.line, s.reason);
  fmt::print(stderr, "mizan dict import-petrarch: {} entries read, {} rows written to {} (mizan-{}), {} lines skipped\n",
             result->entries, result->rows.size(), o.out, result->table, result->skipped.size());
  return kExitOk;
}

int RunDumpTables(const DictOptions& o) {
  auto entries = DumpDictionaries(DataDir(o), o.table);
  if (!entries.ok()) {
    fmt::print(stderr, "mizan dict dump: {}\n", entries.status().ToString());
    return entries.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  std::string buf;
  for (const auto& e : *entries) buf += fmt::format("{}\t{}\t{}\t{}\n", e.table, e.match, e.info, e.source);
  std::fwrite(buf.data(), 1, buf.size(), stdout);
  return kExitOk;
}

}  // namespace

Runner RegisterDict(CLI::App& app) {
  auto o = std::make_shared<DictOptions>();
  CLI::App* cmd = app.add_subcommand("dict", "Check, import and inspect the dictionaries (docs/dictionaries.md)");
  cmd->require_subcommand(1);
  cmd->footer(
      "Examples:\n"
      "  mizan dict check                                   validate data/ (exit 1 on errors)\n"
      "  mizan dict dump --table verbs | grep -P '\\tقال'   what the matcher looks up\n"
      "  mizan dict import-petrarch --kind actors Phoenix.Countries.actors.txt --out /tmp/actors.tsv");

  o->check = cmd->add_subcommand("check", "Load data/ with the real loaders and validate every row; exit 1 on errors");
  o->check->footer("Prints file:line: error|warning: message, then a summary on stderr.");
  o->check->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");

  o->import = cmd->add_subcommand("import-petrarch",
                                  "Convert a PETRARCH / UD-PETRARCH dictionary to a Mizan TSV table (never into data/ "
                                  "unless --out says so)");
  o->import->footer(
      "Example: mizan dict import-petrarch --kind verbs CAMEO.ar.0.5.txt --out /tmp/verbs.tsv\n"
      "Review the output, then copy rows into data/ (with the source's licence notice).");
  o->import->add_option("--kind", o->kind, "actors (-> people.tsv columns), agents (-> roles.tsv), verbs (-> verbs.tsv)")
      ->required()
      ->check(CLI::IsMember({"actors", "agents", "verbs"}));
  o->import->add_option("input", o->input, "PETRARCH dictionary file")->required()->check(CLI::ExistingFile);
  o->import->add_option("--out", o->out, "Output .tsv file")->required();
  o->import->add_option("--licence", o->licence, "Licence of the source, written into the output header")
      ->capture_default_str();

  o->dump = cmd->add_subcommand("dump", "Print every phrase the matcher looks up, in matching form (tab-separated)");
  o->dump->footer("Columns: table, words in matching form, code/info, source file:line.");
  o->dump->add_option("--table", o->table, "actors, roles, verbs or cues (default: all)")
      ->check(CLI::IsMember({"actors", "roles", "verbs", "cues"}));
  o->dump->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");

  return [o] {
    if (o->check->parsed()) return RunCheck(*o);
    if (o->import->parsed()) return RunImport(*o);
    if (o->dump->parsed()) return RunDumpTables(*o);
    return kExitUsage;
  };
}

MIZAN_COMMAND(90, RegisterDict);

}  // namespace mizan::cli
