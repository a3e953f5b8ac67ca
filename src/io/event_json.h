// Event records as JSON (the output contract, docs/cli.md) and the canonical Doc dump.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "mizan/doc.h"
#include "mizan/lexicon.h"

namespace mizan {

// The event record of event-schema.md for one event of doc (event must be an element of doc.events).
// Offsets are code points of the original text; CAMEO names, Goldstein, quad and PLOVER come from lex.
nlohmann::json EventToJson(const Doc& doc, const Event& event, const Lexicon& lex);

// One line of JSON for a record from EventToJson, keys in the order of event-schema.md (nested objects
// too: code, name, text, start, end) rather than alphabetical, so that people can read it. No newline.
std::string EventJsonLine(const nlohmann::json& record);

// "doc:sentence:n" where n counts the events of that sentence from 1, in doc.events order.
std::string EventId(const Doc& doc, const Event& event);

// The canonical text dump of a Doc, for debugging and golden tests. Per sentence a "# sentence" line
// and one tab-separated line per token (index, original text, norm, stem, clitics, flags), then one
// JSON line per mention, time, cue and event. Stable across runs and diffable.
void DumpDoc(const Doc& doc, std::ostream& out);

}  // namespace mizan
