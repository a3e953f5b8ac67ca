#include "relate/filter_flags.h"

#include <CLI/CLI.hpp>

namespace mizan::relate {

void AddFilterFlags(CLI::App* cmd, EventFilter* f, const std::string& skip) {
  auto want = [&](const char* name) { return skip.find(name) == std::string::npos; };
  if (want("actor")) cmd->add_option("--actor", f->actor, "Only events with this actor (code prefix) as source or target");
  if (want("source")) cmd->add_option("--source", f->source, "Only events whose source code starts with this");
  if (want("target")) cmd->add_option("--target", f->target, "Only events whose target code starts with this");
  cmd->add_option("--cameo", f->cameo, "CAMEO code prefix: 04 (a root), 042");
  cmd->add_option("--plover", f->plover, "PLOVER event type, e.g. CONSULT");
  cmd->add_option("--quad", f->quad_class, "Quad class 1..4 (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict)")
      ->check(CLI::Range(0, 4));
  cmd->add_option("--from", f->date_from, "Events dated on or after YYYY[-MM[-DD]]");
  cmd->add_option("--to", f->date_to, "Events dated on or before YYYY[-MM[-DD]] (inclusive at its precision)");
  cmd->add_option("--certainty", f->certainty, "asserted, reported, hedged or denied")
      ->check(CLI::IsMember({"asserted", "reported", "hedged", "denied"}));
  cmd->add_option("--attribution", f->attribution, "author, named, anonymous, close-to-actor, media or leaks")
      ->check(CLI::IsMember({"author", "named", "anonymous", "close-to-actor", "media", "leaks"}));
  cmd->add_option("--outlet", f->outlet, "Only documents from this outlet");
  cmd->add_option("--doc", f->doc_id, "Only this document's events");
  cmd->add_option("--text", f->text, "Arabic words that the event's sentence must contain (prefixes, diacritics ignored)");
  cmd->add_flag("--include-negated", f->include_negated, "Count negated events too (left out by default)");
}

const char* FilterFlagsHelp() {
  return "Filters combine (AND); codes match as prefixes (LBY matches LBYMIL). Counts are of canonical\n"
         "events: one act reported by several articles counts once (docs/relations.md).\n";
}

}  // namespace mizan::relate
