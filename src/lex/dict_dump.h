// DictDump: the loaded dictionaries in matching form (`mizan dict dump`), to see why a word matches.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/status.h"

namespace mizan {

// One phrase the matcher looks up: its words in matching form and what a hit means.
struct DumpEntry {
  std::string table;  // "actor", "demonym", "role", "verb", "cue"
  std::string match;  // words in matching form (MatchKey), space separated
  std::string info;   // code, dates, flags ... as one readable cell
  std::string source; // "actors/people.tsv:12" or "ICU"
};

// table: "actors" (names, aliases, demonym inflections), "roles", "verbs" (with every generated
// conjugation), "cues", or "" for all. Loads data_dir with Lexicon::Load first, so a dump is only
// produced for data the coder would accept.
StatusOr<std::vector<DumpEntry>> DumpDictionaries(const std::string& data_dir, std::string_view table);

}  // namespace mizan
