// Scorers for `mizan eval`: the C++ twin of the reference scorer (eval/score.py of the evaluation material, docs/eval.md) (events, detect, actors modes).
//
// The rules are those of the reference scorer and docs/eval.md: same inputs (JSON objects, one per
// system event or gold line), same figures, same JSON keys, same rounding (Python's round(x, 3)).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/status.h"

namespace mizan::eval {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Reads a JSON Lines file (blank lines skipped). A line that is not JSON is an InvalidArgument
// naming the file and line.
StatusOr<std::vector<Json>> LoadJsonl(const std::string& path);

// Document-level triple scores: docs, system_triples, required, found, precision, recall, f1,
// date_acc, attribution_acc, certainty_acc (null when nothing to score), missed (first 40 ids).
// Only system events of documents that appear in the gold are counted.
OrderedJson ScoreEvents(const std::vector<Json>& system, const std::vector<Json>& gold);

// GSR sentence detection: tp, fp, fn, tn, precision, recall, f1. A system event "says" a type when its
// plover (or, without one, its CAMEO root: 14 PROTEST, 18/19/20 ASSAULT) is the gold line's event_type.
OrderedJson ScoreDetect(const std::vector<Json>& system, const std::vector<Json>& gold);

// Actor countries on gold GSR spans: {"source": {gold, right, rate}, "target": {...}}.
OrderedJson ScoreActors(const std::vector<Json>& system, const std::vector<Json>& spans);

// Python's round(x, 3) (half-even on the exact binary value), as the reference scorer prints it.
double Round3(double x);

// Helpers shared with the CLI (exposed for tests): str() of a JSON value as Python prints it, an
// actor's upper-cased code (a string or an object with "code"), its country (first 3 characters),
// and a CAMEO code's root (first 2 characters).
std::string PyStr(const Json& v);
std::string ActorCode(const Json& actor);
std::string ActorCountry(const Json& actor);
std::string CameoRoot(const Json& cameo);

}  // namespace mizan::eval
