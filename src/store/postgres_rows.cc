#include "store/postgres_rows.h"

#include <cstdio>

#include <fmt/core.h>

namespace mizan::pg {
namespace {

using nlohmann::json;

// j[a][b] or null when a level is missing or not an object.
json At(const json& j, const char* a, const char* b = nullptr) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(a);
  if (it == j.end()) return nullptr;
  if (!b) return *it;
  if (!it->is_object()) return nullptr;
  auto jt = it->find(b);
  return jt == it->end() ? json(nullptr) : *jt;
}

// Integers stay integers; a float where an integer column expects one would make the insert fail.
json Int(const json& v) {
  if (v.is_number_integer()) return v;
  if (v.is_number()) return static_cast<int64_t>(v.get<double>());
  return nullptr;
}
json Num(const json& v) { return v.is_number() ? v : json(nullptr); }
// Strings as they are; other scalars as their JSON text (the SQLite store binds them the same way).
json Str(const json& v) {
  if (v.is_null() || v.is_string()) return v;
  return v.dump();
}

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

const std::vector<Column>& EventColumns() {
  static const std::vector<Column> kColumns = {
      {"id", "text"},
      {"doc_id", "text"},
      {"sentence", "integer"},
      {"sentence_start", "integer"},
      {"sentence_end", "integer"},
      {"trigger_text", "text"},
      {"trigger_start", "integer"},
      {"trigger_end", "integer"},
      {"source_code", "text"},
      {"source_name", "text"},
      {"source_text", "text"},
      {"source_start", "integer"},
      {"source_end", "integer"},
      {"target_code", "text"},
      {"target_name", "text"},
      {"target_text", "text"},
      {"target_start", "integer"},
      {"target_end", "integer"},
      {"broker_code", "text"},
      {"broker_name", "text"},
      {"broker_text", "text"},
      {"broker_start", "integer"},
      {"broker_end", "integer"},
      {"cameo", "text"},
      {"cameo_root", "text"},
      {"cameo_name", "text"},
      {"plover", "text"},
      {"plover_mode", "text"},
      {"goldstein", "double precision"},
      {"quad_class", "smallint"},
      {"negated", "boolean"},
      {"certainty", "text"},
      {"attribution_kind", "text"},
      {"attribution_text", "text"},
      {"attribution_actor", "text"},
      {"date_value", "text"},
      {"date_granularity", "text"},
      {"date_qualifier", "text"},
      {"date_text", "text"},
      {"date_anchor", "text"},
      {"location_name", "text"},
      {"location_country", "text"},
      {"location_lat", "double precision"},
      {"location_lon", "double precision"},
      {"confidence", "double precision"},
      {"record", "text"},
      {"month", "date"},
  };
  return kColumns;
}

const std::vector<Column>& DocumentColumns() {
  static const std::vector<Column> kColumns = {
      {"id", "text"},    {"content_hash", "text"}, {"published", "text"},        {"outlet", "text"},
      {"title", "text"}, {"url", "text"},          {"text", "text"},             {"pipeline_version", "text"},
      {"coded_at", "text"}};
  return kColumns;
}

const std::vector<Column>& SentenceColumns() {
  static const std::vector<Column> kColumns = {
      {"doc_id", "text"}, {"idx", "integer"}, {"paragraph", "integer"}, {"start_cp", "integer"}, {"end_cp", "integer"}};
  return kColumns;
}

const std::vector<Column>& MentionColumns() {
  static const std::vector<Column> kColumns = {
      {"doc_id", "text"},   {"idx", "integer"},         {"sentence", "integer"}, {"start_cp", "integer"},
      {"end_cp", "integer"}, {"text", "text"},          {"code", "text"},        {"name", "text"},
      {"actor_id", "text"}, {"kind", "text"},           {"via", "text"},         {"antecedent", "integer"},
      {"confidence", "double precision"}};
  return kColumns;
}

const std::vector<Column>& ActorColumns() {
  static const std::vector<Column> kColumns = {{"code", "text"}, {"name", "text"}, {"kind", "text"}};
  return kColumns;
}

std::string ColumnNames(const std::vector<Column>& columns) {
  std::string out;
  for (const Column& c : columns) {
    if (!out.empty()) out += ", ";
    out += c.name;
  }
  return out;
}

std::string ColumnDefinitions(const std::vector<Column>& columns) {
  std::string out;
  for (const Column& c : columns) {
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", c.name, c.type);
  }
  return out;
}

std::string EventMonth(const json& event) {
  json v = At(event, "date", "value");
  if (!v.is_string()) return "";
  std::string_view s = v.get_ref<const std::string&>();
  // YYYY-MM, optionally followed by -DD: a calendar month. Week (2016-W24) and quarter (2016-Q2) values
  // do not match and go to the default partition with year and undated events.
  if (s.size() < 7 || s[4] != '-' || !Digits(s.substr(0, 4)) || !Digits(s.substr(5, 2))) return "";
  if (s.size() > 7 && s[7] != '-') return "";
  int year = std::stoi(std::string(s.substr(0, 4)));
  int month = std::stoi(std::string(s.substr(5, 2)));
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return "";  // a bad date makes no partition
  return fmt::format("{:04d}-{:02d}-01", year, month);
}

std::string PartitionName(std::string_view month) {
  return fmt::format("events_{}_{}", month.substr(0, 4), month.substr(5, 2));
}

std::string NextMonth(std::string_view month) {
  int year = std::stoi(std::string(month.substr(0, 4)));
  int m = std::stoi(std::string(month.substr(5, 2)));
  if (++m > 12) {
    m = 1;
    ++year;
  }
  return fmt::format("{:04d}-{:02d}-01", year, m);
}

std::string_view CodePointSlice(std::string_view text, int64_t begin, int64_t end) {
  if (begin < 0) begin = 0;
  size_t byte_begin = text.size(), byte_end = text.size();
  int64_t cp = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation
    if (cp == begin) byte_begin = i;
    if (cp == end) {
      byte_end = i;
      break;
    }
    ++cp;
  }
  if (byte_begin >= byte_end) return {};
  return text.substr(byte_begin, byte_end - byte_begin);
}

json EventRow(const std::string& doc_id, const json& e, const std::string& search_text) {
  json row = json::object();
  row["id"] = Str(At(e, "id"));
  row["doc_id"] = doc_id;
  row["sentence"] = Int(At(e, "sentence", "index"));
  if (row["sentence"].is_null()) row["sentence"] = 0;
  row["sentence_start"] = Int(At(e, "sentence", "start"));
  row["sentence_end"] = Int(At(e, "sentence", "end"));
  row["trigger_text"] = Str(At(e, "trigger", "text"));
  row["trigger_start"] = Int(At(e, "trigger", "start"));
  row["trigger_end"] = Int(At(e, "trigger", "end"));
  for (const char* part : {"source", "target", "broker"}) {
    std::string p = part;
    row[p + "_code"] = Str(At(e, part, "code"));
    row[p + "_name"] = Str(At(e, part, "name"));
    row[p + "_text"] = Str(At(e, part, "text"));
    row[p + "_start"] = Int(At(e, part, "start"));
    row[p + "_end"] = Int(At(e, part, "end"));
  }
  json cameo = At(e, "cameo");
  std::string code = cameo.is_string() ? cameo.get<std::string>() : "";
  row["cameo"] = code;
  row["cameo_root"] = code.substr(0, 2);
  row["cameo_name"] = Str(At(e, "cameo_name"));
  row["plover"] = Str(At(e, "plover"));
  row["plover_mode"] = Str(At(e, "plover_mode"));
  row["goldstein"] = Num(At(e, "goldstein"));
  row["quad_class"] = Int(At(e, "quad_class"));
  json negated = At(e, "negated");
  row["negated"] = negated.is_boolean() && negated.get<bool>();
  row["certainty"] = Str(At(e, "certainty"));
  row["attribution_kind"] = Str(At(e, "attribution", "kind"));
  row["attribution_text"] = Str(At(e, "attribution", "text"));
  json attr_actor = At(e, "attribution", "actor");
  row["attribution_actor"] = Str(At(attr_actor, "code"));
  for (const char* f : {"value", "granularity", "qualifier", "text", "anchor"})
    row[std::string("date_") + f] = Str(At(e, "date", f));
  row["location_name"] = Str(At(e, "location", "name"));
  row["location_country"] = Str(At(e, "location", "country"));
  row["location_lat"] = Num(At(e, "location", "lat"));
  row["location_lon"] = Num(At(e, "location", "lon"));
  row["confidence"] = Num(At(e, "confidence"));
  std::string month = EventMonth(e);
  row["month"] = month.empty() ? json(nullptr) : json(month);
  row["search_text"] = search_text.empty() ? json(nullptr) : json(search_text);
  return row;
}

json DocumentRow(const Doc& doc, const std::string& content_hash, std::string_view pipeline_version,
                 const std::string& coded_at) {
  return {{"id", doc.id},
          {"content_hash", content_hash},
          {"published", doc.published.empty() ? json(nullptr) : json(doc.published)},
          {"outlet", doc.outlet},
          {"title", doc.title},
          {"url", doc.url},
          {"text", doc.text()},
          {"pipeline_version", pipeline_version},
          {"coded_at", coded_at}};
}

void AppendSentenceRows(const Doc& doc, json& rows) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Range cp = doc.OrigCodePoints(doc.sentences[i].norm);
    rows.push_back({{"doc_id", doc.id},
                    {"idx", i},
                    {"paragraph", doc.sentences[i].paragraph},
                    {"start_cp", cp.begin},
                    {"end_cp", cp.end}});
  }
}

void AppendMentionRows(const Doc& doc, json& mention_rows, json& actor_rows) {
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    Range cp = doc.OrigCodePoints(m.norm);
    mention_rows.push_back({{"doc_id", doc.id},
                            {"idx", i},
                            {"sentence", m.sentence},
                            {"start_cp", cp.begin},
                            {"end_cp", cp.end},
                            {"text", doc.OrigText(m.norm)},
                            {"code", m.code},
                            {"name", m.name},
                            {"actor_id", m.actor_id},
                            {"kind", ActorKindName(m.kind)},
                            {"via", MentionViaName(m.via)},
                            {"antecedent", m.antecedent == kNone ? json(nullptr) : json(m.antecedent)},
                            {"confidence", m.confidence}});
    if (m.code.empty() || m.via == MentionVia::kPronoun) continue;
    actor_rows.push_back({{"code", m.code}, {"name", m.name}, {"kind", ActorKindName(m.kind)}});
  }
}

}  // namespace mizan::pg
