// PETRARCH importer: converts PETRARCH-2 / UD-PETRARCH actor, agent and verb dictionaries to Mizan TSV tables.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/status.h"

namespace mizan {

enum class PetrarchKind { kActors, kAgents, kVerbs };

// "actors" | "agents" | "verbs" -> kind; InvalidArgument otherwise.
StatusOr<PetrarchKind> ParsePetrarchKind(std::string_view name);

// A source line that produced no row, and why (reported to the user, never silently dropped).
struct ImportSkip {
  size_t line = 0;
  std::string reason;
};

// The converted table: rows in our column order, ready for ImportToTsv.
struct ImportResult {
  std::string table;                          // "people", "roles" or "verbs" (the TSV magic name)
  std::vector<std::string> columns;           // header of that table (docs/data-formats.md)
  std::vector<std::vector<std::string>> rows;
  std::vector<ImportSkip> skipped;
  size_t entries = 0;                         // source records read (actors, agents, verb patterns)
};

// PETRARCH date "YYMMDD" or "YYYYMMDD" -> "YYYY-MM-DD". Two-digit years 00-30 are 20xx, 31-99 19xx.
StatusOr<std::string> PetrarchDateToIso(std::string_view date);

// Parses a dictionary's text. Underscores become spaces; a trailing "_" (whole-word marker) is dropped.
StatusOr<ImportResult> ImportPetrarch(std::string_view text, PetrarchKind kind);

// The result as a Mizan TSV file: magic, header, a comment naming the source and its licence, rows.
std::string ImportToTsv(const ImportResult& result, std::string_view source_name, std::string_view licence);

}  // namespace mizan
