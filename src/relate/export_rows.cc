#include "relate/export_rows.h"

namespace mizan::relate {

using nlohmann::json;

namespace {

const json& Get(const json& j, const char* a, const char* b = nullptr) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(a);
  if (it == j.end()) return kNull;
  if (!b) return *it;
  if (!it->is_object()) return kNull;
  auto jt = it->find(b);
  return jt == it->end() ? kNull : *jt;
}

// The actor's country: the first three letters of its code, none for "---" (no country) or no code.
json Country(const json& code) {
  if (!code.is_string()) return nullptr;
  const auto& s = code.get_ref<const std::string&>();
  if (s.size() < 3 || s.compare(0, 3, "---") == 0) return nullptr;
  return s.substr(0, 3);
}

}  // namespace

const std::vector<std::string>& EventColumns() {
  static const std::vector<std::string> kColumns = {
      "event_id",         "canonical_id",     "event_date",       "date_granularity", "date_qualifier",
      "date_text",        "source_code",      "source_name",      "source_country",   "source_text",
      "source_start",     "source_end",       "target_code",      "target_name",      "target_country",
      "target_text",      "target_start",     "target_end",       "broker_code",      "broker_name",
      "broker_text",      "cameo_code",       "cameo_root",       "cameo_name",       "quad_class",
      "goldstein",        "plover_type",      "plover_mode",      "num_sources",      "num_articles",
      "negated",          "certainty",        "attribution",      "attribution_text", "attribution_actor",
      "location_name",    "location_country", "location_lat",     "location_lon",     "confidence",
      "doc_id",           "outlet",           "published",        "url",              "sentence_index",
      "sentence_start",   "sentence_end",     "trigger_text",     "trigger_start",    "trigger_end"};
  return kColumns;
}

const std::vector<std::string>& DyadColumns() {
  static const std::vector<std::string> kColumns = {
      "source_code",   "source_country", "target_code", "target_country", "period",      "events",
      "goldstein_sum", "goldstein_mean", "quad1",       "quad2",          "quad3",       "quad4",
      "num_sources",   "num_articles"};
  return kColumns;
}

json EventRow(const json& e) {
  json r = json::object();
  r["event_id"] = Get(e, "id");
  r["canonical_id"] = Get(e, "canonical_id");
  r["event_date"] = Get(e, "date", "value");
  r["date_granularity"] = Get(e, "date", "granularity");
  r["date_qualifier"] = Get(e, "date", "qualifier");
  r["date_text"] = Get(e, "date", "text");
  for (const char* side : {"source", "target"}) {
    const std::string s = side;
    r[s + "_code"] = Get(e, side, "code");
    r[s + "_name"] = Get(e, side, "name");
    r[s + "_country"] = Country(Get(e, side, "code"));
    r[s + "_text"] = Get(e, side, "text");
    r[s + "_start"] = Get(e, side, "start");
    r[s + "_end"] = Get(e, side, "end");
  }
  r["broker_code"] = Get(e, "broker", "code");
  r["broker_name"] = Get(e, "broker", "name");
  r["broker_text"] = Get(e, "broker", "text");
  const json& cameo = Get(e, "cameo");
  r["cameo_code"] = cameo;
  r["cameo_root"] = cameo.is_string() ? json(cameo.get<std::string>().substr(0, 2)) : json();
  r["cameo_name"] = Get(e, "cameo_name");
  r["quad_class"] = Get(e, "quad_class");
  r["goldstein"] = Get(e, "goldstein");
  r["plover_type"] = Get(e, "plover");
  r["plover_mode"] = Get(e, "plover_mode");
  r["num_sources"] = Get(e, "num_sources");
  r["num_articles"] = Get(e, "num_articles");
  const json& negated = Get(e, "negated");
  r["negated"] = negated.is_boolean() ? negated : json(false);
  r["certainty"] = Get(e, "certainty");
  r["attribution"] = Get(e, "attribution", "kind");
  r["attribution_text"] = Get(e, "attribution", "text");
  const json& attr_actor = Get(e, "attribution", "actor");
  r["attribution_actor"] = Get(attr_actor, "code");
  r["location_name"] = Get(e, "location", "name");
  r["location_country"] = Get(e, "location", "country");
  r["location_lat"] = Get(e, "location", "lat");
  r["location_lon"] = Get(e, "location", "lon");
  r["confidence"] = Get(e, "confidence");
  const json& doc_id = Get(e, "document", "id");
  r["doc_id"] = doc_id.is_null() ? Get(e, "doc") : doc_id;
  r["outlet"] = Get(e, "document", "outlet");
  r["published"] = Get(e, "document", "published");
  r["url"] = Get(e, "document", "url");
  r["sentence_index"] = Get(e, "sentence", "index");
  r["sentence_start"] = Get(e, "sentence", "start");
  r["sentence_end"] = Get(e, "sentence", "end");
  r["trigger_text"] = Get(e, "trigger", "text");
  r["trigger_start"] = Get(e, "trigger", "start");
  r["trigger_end"] = Get(e, "trigger", "end");
  return r;
}

json DyadExportRow(const DyadRow& d) {
  json r = DyadToJson(d);  // rounded the same way as `mizan dyads --json`
  json out = json::object();
  out["source_code"] = d.source;
  out["source_country"] = Country(d.source);
  out["target_code"] = d.target;
  out["target_country"] = Country(d.target);
  out["period"] = d.period;
  out["events"] = d.events;
  out["goldstein_sum"] = r["goldstein_sum"];
  out["goldstein_mean"] = r["goldstein_mean"];
  for (int k = 0; k < 4; ++k) out["quad" + std::to_string(k + 1)] = d.quad[static_cast<size_t>(k)];
  out["num_sources"] = d.sources;
  out["num_articles"] = d.articles;
  return out;
}

std::string CsvField(const json& v) {
  std::string s;
  if (v.is_null()) return s;
  if (v.is_string()) s = v.get<std::string>();
  else if (v.is_boolean()) s = v.get<bool>() ? "true" : "false";
  else s = v.dump();
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  q += '"';
  return q;
}

std::string CsvHeader(const std::vector<std::string>& columns) {
  std::string line;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) line += ',';
    line += CsvField(columns[i]);
  }
  return line + "\r\n";
}

std::string CsvLine(const std::vector<std::string>& columns, const json& row) {
  std::string line;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) line += ',';
    auto it = row.find(columns[i]);
    if (it != row.end()) line += CsvField(*it);
  }
  return line + "\r\n";
}

std::string JsonLine(const std::vector<std::string>& columns, const json& row) {
  std::string line = "{";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) line += ',';
    line += json(columns[i]).dump();
    line += ':';
    auto it = row.find(columns[i]);
    line += it == row.end() ? "null" : it->dump();
  }
  return line + "}\n";
}

}  // namespace mizan::relate
