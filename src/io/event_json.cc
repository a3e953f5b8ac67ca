#include "io/event_json.h"

#include <cmath>
#include <vector>

#include <fmt/core.h>

namespace mizan {
namespace {

using nlohmann::json;

// Three decimals: floats (confidence) otherwise print as 0.8199999928474426.
double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// {"text", "start", "end"} for a normalized range: the original characters and their code points.
void AddSpan(const Doc& doc, Range norm, json* j) {
  Range cp = doc.OrigCodePoints(norm);
  (*j)["text"] = doc.OrigText(norm);
  (*j)["start"] = cp.begin;
  (*j)["end"] = cp.end;
}

json ActorJson(const Doc& doc, const EventActor& a) {
  if (a.code.empty() && a.name.empty() && a.norm.empty() && a.mention == kNone) return nullptr;
  json j = json::object();
  j["code"] = a.code;
  j["name"] = a.name;
  AddSpan(doc, a.norm, &j);
  return j;
}

json AttributionJson(const Doc& doc, const Event& e) {
  if (e.attribution == kNone || e.attribution >= doc.cues.size()) return {{"kind", "author"}};
  const Cue& cue = doc.cues[e.attribution];
  json j = {{"kind", cue.label.empty() ? "author" : cue.label}, {"text", doc.OrigText(cue.norm)}};
  if (cue.mention != kNone && cue.mention < doc.mentions.size()) {
    const Mention& m = doc.mentions[cue.mention];
    j["actor"] = {{"code", m.code}, {"name", m.name}};
  }
  return j;
}

json DateJson(const Doc& doc, const Event& e) {
  if (e.time != kNone && e.time < doc.times.size()) {
    const TimeExpr& t = doc.times[e.time];
    json j = json::object();
    if (!t.value.empty()) j["value"] = t.value;
    if (!t.granularity.empty()) j["granularity"] = t.granularity;
    if (!t.qualifier.empty()) j["qualifier"] = t.qualifier;
    j["text"] = doc.OrigText(t.norm);
    j["anchor"] = t.anchor.empty() ? (t.value.empty() ? "none" : "text") : t.anchor;
    return j;
  }
  // No date phrase: the event is taken to be about the time of publication.
  if (!doc.published.empty())
    return {{"value", doc.published}, {"granularity", "day"}, {"qualifier", "approx"}, {"anchor", "published"}};
  return {{"anchor", "none"}};
}

json LocationJson(const Doc& doc, const Event& e) {
  if (e.place == kNone || e.place >= doc.cues.size()) return nullptr;
  const Cue& c = doc.cues[e.place];
  return {{"name", doc.OrigText(c.norm)}, {"country", c.country}, {"lat", Round3(c.lat)}, {"lon", Round3(c.lon)}};
}

// Keys in the order the schema lists them; keys not listed follow in alphabetical order.
const std::vector<std::string>& KeyOrder() {
  static const std::vector<std::string> kOrder = {
      "doc", "id", "sentence", "index", "trigger", "source", "target", "broker", "code", "name", "text", "start", "end",
      "cameo", "cameo_name", "plover", "plover_mode", "goldstein", "quad_class", "negated", "certainty",
      "attribution", "kind", "actor", "date", "value", "granularity", "qualifier", "anchor", "location", "country",
      "lat", "lon", "confidence"};
  return kOrder;
}

nlohmann::ordered_json Ordered(const json& j) {
  if (!j.is_object()) {
    if (!j.is_array()) return nlohmann::ordered_json(j);
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& v : j) a.push_back(Ordered(v));
    return a;
  }
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  for (const std::string& k : KeyOrder())
    if (auto it = j.find(k); it != j.end()) o[k] = Ordered(*it);
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!o.contains(it.key())) o[it.key()] = Ordered(it.value());
  return o;
}

}  // namespace

std::string EventJsonLine(const json& record) { return Ordered(record).dump(); }

std::string EventId(const Doc& doc, const Event& event) {
  size_t n = 1;
  const Event* first = doc.events.data();
  if (&event >= first && &event < first + doc.events.size()) {
    for (const Event* p = first; p != &event; ++p)
      if (p->sentence == event.sentence) ++n;
  }
  return fmt::format("{}:{}:{}", doc.id, event.sentence, n);
}

json EventToJson(const Doc& doc, const Event& e, const Lexicon& lex) {
  json j = json::object();
  j["doc"] = doc.id;
  j["id"] = EventId(doc, e);
  json sent = {{"index", e.sentence}};
  if (e.sentence < doc.sentences.size()) {
    Range cp = doc.OrigCodePoints(doc.sentences[e.sentence].norm);
    sent["start"] = cp.begin;
    sent["end"] = cp.end;
  }
  j["sentence"] = sent;
  json trigger = json::object();
  AddSpan(doc, e.trigger_norm, &trigger);
  j["trigger"] = trigger;
  j["source"] = ActorJson(doc, e.source);
  j["target"] = ActorJson(doc, e.target);
  j["broker"] = e.has_broker ? ActorJson(doc, e.broker) : json(nullptr);
  j["cameo"] = e.cameo;
  const CameoInfo* info = lex.Cameo(e.cameo);
  if (info) {
    j["cameo_name"] = info->name;
    j["plover"] = info->plover;
    j["plover_mode"] = info->plover_mode;
    j["goldstein"] = info->goldstein;
    j["quad_class"] = info->quad;
  } else {
    j["cameo_name"] = j["plover"] = j["plover_mode"] = j["goldstein"] = j["quad_class"] = nullptr;
  }
  j["negated"] = e.negated;
  j["certainty"] = CertaintyName(e.certainty);
  j["attribution"] = AttributionJson(doc, e);
  j["date"] = DateJson(doc, e);
  j["location"] = LocationJson(doc, e);
  j["confidence"] = Round3(e.confidence);
  return j;
}

namespace {

std::string CliticsString(const Token& t) {
  static const char* kPro[] = {"wa", "fa", "bi", "li", "ka", "sa", "al"};
  static const char* kEnc[] = {"", "hu", "ha", "huma", "hum", "hunna", "ka", "kum", "na", "ya"};
  std::string s;
  for (int b = 0; b < 7; ++b)
    if (t.proclitics & (1u << b)) s += std::string(s.empty() ? "" : "+") + kPro[b];
  if (t.enclitic != Enclitic::kNone) s += std::string(s.empty() ? "" : "+") + "=" + kEnc[static_cast<int>(t.enclitic)];
  return s.empty() ? "_" : s;
}

std::string FlagsString(uint16_t f) {
  static const char* kNames[] = {"word", "num", "punct", "clause", "quote", "para"};
  std::string s;
  for (int b = 0; b < 6; ++b)
    if (f & (1u << b)) s += std::string(s.empty() ? "" : "|") + kNames[b];
  return s.empty() ? "_" : s;
}

// Tabs and newlines inside a token would break the columns.
std::string ConllCell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s.empty() ? "_" : s;
}

json Idx(idx_t i) { return i == kNone ? json(nullptr) : json(i); }
json Toks(Range r) { return json::array({r.begin, r.end}); }

json RawActor(const EventActor& a) {
  return {{"mention", Idx(a.mention)}, {"code", a.code}, {"name", a.name}, {"norm", Toks(a.norm)}};
}

}  // namespace

void DumpDoc(const Doc& doc, std::ostream& out) {
  out << "# doc " << doc.id << "\n";
  if (!doc.published.empty()) out << "# published " << doc.published << "\n";
  out << "# stages";
  for (const auto& s : doc.done) out << " " << s;
  out << "\n";
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    Range cp = doc.OrigCodePoints(s.norm);
    out << fmt::format("# sentence {} para {} cp [{},{}) tokens [{},{})\n", si, s.paragraph, cp.begin, cp.end,
                       s.tokens.begin, s.tokens.end);
    out << "# text " << ConllCell(doc.OrigText(s.norm)) << "\n";
    for (idx_t t = s.tokens.begin; t < s.tokens.end && t < doc.tokens.size(); ++t) {
      const Token& tok = doc.tokens[t];
      out << t << '\t' << ConllCell(doc.OrigText(tok.norm)) << '\t' << ConllCell(std::string(doc.TokenText(t))) << '\t'
          << ConllCell(std::string(doc.StemText(t))) << '\t' << CliticsString(tok) << '\t' << FlagsString(tok.flags)
          << '\n';
    }
  }
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    json j = {{"mention", i}, {"sentence", m.sentence}, {"tokens", Toks(m.tokens)}, {"text", doc.OrigText(m.norm)},
              {"code", m.code}, {"name", m.name}, {"actor_id", m.actor_id}, {"kind", ActorKindName(m.kind)},
              {"via", MentionViaName(m.via)}, {"antecedent", Idx(m.antecedent)}, {"plural", m.plural},
              {"confidence", Round3(m.confidence)}};
    out << j.dump() << '\n';
  }
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpr& t = doc.times[i];
    json j = {{"time", i}, {"sentence", t.sentence}, {"tokens", Toks(t.tokens)}, {"text", doc.OrigText(t.norm)},
              {"value", t.value}, {"granularity", t.granularity}, {"qualifier", t.qualifier}, {"anchor", t.anchor}};
    out << j.dump() << '\n';
  }
  for (size_t i = 0; i < doc.cues.size(); ++i) {
    const Cue& c = doc.cues[i];
    json j = {{"cue", i}, {"kind", CueKindName(c.kind)}, {"sentence", c.sentence}, {"tokens", Toks(c.tokens)},
              {"text", doc.OrigText(c.norm)}, {"label", c.label}, {"mention", Idx(c.mention)}};
    if (c.kind == CueKind::kPlace) {
      j["country"] = c.country;
      j["lat"] = Round3(c.lat);
      j["lon"] = Round3(c.lon);
    }
    out << j.dump() << '\n';
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    json j = {{"event", i}, {"id", EventId(doc, e)}, {"sentence", e.sentence}, {"trigger", doc.OrigText(e.trigger_norm)},
              {"trigger_tokens", Toks(e.trigger_tokens)}, {"cameo", e.cameo}, {"pattern", e.pattern_id},
              {"source", RawActor(e.source)}, {"target", RawActor(e.target)},
              {"broker", e.has_broker ? RawActor(e.broker) : json(nullptr)}, {"negated", e.negated},
              {"certainty", CertaintyName(e.certainty)}, {"attribution", Idx(e.attribution)}, {"time", Idx(e.time)},
              {"place", Idx(e.place)}, {"confidence", Round3(e.confidence)}};
    out << j.dump() << '\n';
  }
}

}  // namespace mizan
