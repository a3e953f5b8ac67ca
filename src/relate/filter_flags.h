// The event-filter flags shared by `mizan dyads`, `timeline`, `actor` and `export` (one spelling everywhere).
#pragma once

#include <string>

#include "store/store.h"

namespace CLI {
class App;
}

namespace mizan::relate {

// Adds --actor --source --target --cameo --plover --quad --from --to --certainty --attribution --outlet
// --doc --text --include-negated to cmd, writing into *filter (which must outlive the parse).
// skip names flags the command sets itself (e.g. "source,target" for a timeline with positionals).
void AddFilterFlags(CLI::App* cmd, EventFilter* filter, const std::string& skip = "");

// One line for --help footers: what the filter flags mean.
const char* FilterFlagsHelp();

}  // namespace mizan::relate
