// The three scoring modes of `mizan eval`, written to agree figure for figure with score.py.
#include "eval/score.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace mizan::eval {
namespace {

// Python truthiness of a JSON value: the reference scorer tests fields with `if x` / `x or ""`.
bool Truthy(const Json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.get<long long>() != 0;
  if (v.is_number_float()) return v.get<double>() != 0.0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return !v.empty();  // arrays and objects
}

// dict.get(key) on something that may not be an object.
const Json& Get(const Json& obj, const char* key) {
  static const Json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

// s[:n] in code points (Python slices strings by code point, not byte).
std::string PrefixCodePoints(const std::string& s, size_t n) {
  size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    i += len;
    ++count;
  }
  return s.substr(0, std::min(i, s.size()));
}

size_t CodePointCount(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// date_ok of score.py: nullopt when the gold has no date (then the date is not scored).
std::optional<bool> DateOk(const Json& sys_date, const Json& gold_date) {
  if (!Truthy(gold_date)) return std::nullopt;
  if (!sys_date.is_object() || !Truthy(Get(sys_date, "value"))) return false;
  std::string gv = PyStr(Get(gold_date, "value"));
  return PrefixCodePoints(PyStr(sys_date["value"]), CodePointCount(gv)) == gv;
}

OrderedJson RateOrNull(int ok, int n) {
  if (n == 0) return nullptr;
  return Round3(static_cast<double>(ok) / n);
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

StatusOr<std::vector<Json>> LoadJsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open");
  std::vector<Json> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    size_t b = line.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) continue;
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return InvalidArgument(path + ":" + std::to_string(n) + ": not JSON");
    out.push_back(std::move(j));
  }
  return out;
}

double Round3(double x) {
  // printf rounds the exact binary value half-to-even, which is what Python's round() does.
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return std::strtod(buf, nullptr);
}

std::string PyStr(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "None";
  if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
  return v.dump();
}

std::string ActorCode(const Json& actor) {
  const Json& c = actor.is_object() ? Get(actor, "code") : actor;
  if (!Truthy(c)) return "";
  std::string s = PyStr(c);
  for (char& ch : s)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return s;
}

std::string ActorCountry(const Json& actor) { return PrefixCodePoints(ActorCode(actor), 3); }

std::string CameoRoot(const Json& cameo) {
  if (!Truthy(cameo)) return "";
  return PrefixCodePoints(PyStr(cameo), 2);
}

OrderedJson ScoreEvents(const std::vector<Json>& system, const std::vector<Json>& gold_all) {
  std::set<std::string> docs;
  for (const Json& g : gold_all) docs.insert(PyStr(Get(g, "doc")));
  std::vector<const Json*> gold;
  for (const Json& g : gold_all)
    if (!Truthy(Get(g, "negated")) && !Truthy(Get(g, "none"))) gold.push_back(&g);

  // Distinct system triples in first-seen order (the order decides which event's date counts).
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::vector<Key> keys;
  std::map<Key, size_t> key_index;
  std::vector<std::vector<const Json*>> events_of;
  for (const Json& p : system) {
    if (Truthy(Get(p, "negated"))) continue;  // negated events: scored neither way
    std::string d = PyStr(Get(p, "doc"));
    if (!docs.count(d)) continue;
    Key k{d, ActorCountry(Get(p, "source")), ActorCountry(Get(p, "target")), CameoRoot(Get(p, "cameo"))};
    auto [it, added] = key_index.emplace(k, keys.size());
    if (added) {
      keys.push_back(k);
      events_of.emplace_back();
    }
    events_of[it->second].push_back(&p);
  }

  int required = 0, found = 0;
  int date_n = 0, date_ok = 0, attr_n = 0, attr_ok = 0, cert_n = 0, cert_ok = 0;
  OrderedJson missed = OrderedJson::array();
  std::set<size_t> good;
  for (const Json* gp : gold) {
    const Json& g = *gp;
    std::string gdoc = PyStr(Get(g, "doc"));
    std::set<std::string> roots;
    const Json& cameos = Get(g, "cameo");
    if (cameos.is_array()) {
      for (const Json& c : cameos) roots.insert(CameoRoot(c));
    } else if (cameos.is_string()) {  // Python iterates a string's characters
      std::string s = cameos.get<std::string>();
      for (char c : s) roots.insert(std::string(1, c));
    }
    std::string gs = ActorCountry(Get(g, "source")), gt = ActorCountry(Get(g, "target"));
    bool symmetric = Truthy(Get(g, "symmetric"));
    std::vector<size_t> hits;
    for (size_t i = 0; i < keys.size(); ++i) {
      const auto& [d, s, t, r] = keys[i];
      if (d != gdoc || !roots.count(r)) continue;
      if ((s == gs && t == gt) || (symmetric && s == gt && t == gs)) hits.push_back(i);
    }
    good.insert(hits.begin(), hits.end());
    bool is_required = g.contains("required") ? Truthy(g["required"]) : true;
    if (is_required) {
      ++required;
      if (!hits.empty()) {
        ++found;
      } else if (missed.size() < 40) {
        missed.push_back(OrderedJson::parse(Get(g, "id").dump()));
      }
    }
    if (hits.empty()) continue;
    std::vector<const Json*> evs;
    for (size_t i : hits) evs.insert(evs.end(), events_of[i].begin(), events_of[i].end());
    const Json& gdate = Get(g, "date");
    if (DateOk(Get(*evs[0], "date"), gdate).has_value()) {
      ++date_n;
      for (const Json* e : evs)
        if (DateOk(Get(*e, "date"), gdate).value_or(false)) {
          ++date_ok;
          break;
        }
    }
    if (Truthy(Get(g, "attribution"))) {
      ++attr_n;
      const Json& want = Get(g["attribution"], "kind");
      for (const Json* e : evs)
        if (Get(Get(*e, "attribution"), "kind") == want) {
          ++attr_ok;
          break;
        }
    }
    if (Truthy(Get(g, "certainty"))) {
      ++cert_n;
      for (const Json* e : evs)
        if (Get(*e, "certainty") == g["certainty"]) {
          ++cert_ok;
          break;
        }
    }
  }
  size_t n = keys.size();
  double precision = n ? static_cast<double>(good.size()) / n : 0.0;
  double recall = required ? static_cast<double>(found) / required : 0.0;
  OrderedJson out;
  out["docs"] = docs.size();
  out["system_triples"] = n;
  out["required"] = required;
  out["found"] = found;
  out["precision"] = Round3(precision);
  out["recall"] = Round3(recall);
  out["f1"] = Round3(F1(precision, recall));
  out["date_acc"] = RateOrNull(date_ok, date_n);
  out["attribution_acc"] = RateOrNull(attr_ok, attr_n);
  out["certainty_acc"] = RateOrNull(cert_ok, cert_n);
  out["missed"] = std::move(missed);
  return out;
}

OrderedJson ScoreDetect(const std::vector<Json>& system, const std::vector<Json>& gold) {
  static const std::map<std::string, std::string> kPloverOfRoot = {
      {"14", "PROTEST"}, {"18", "ASSAULT"}, {"19", "ASSAULT"}, {"20", "ASSAULT"}};
  std::unordered_map<std::string, std::set<std::string>> found;
  for (const Json& p : system) {
    std::string t = ActorCode(Get(p, "plover"));  // upper-cased like .upper()
    if (t.empty()) {
      auto it = kPloverOfRoot.find(CameoRoot(Get(p, "cameo")));
      if (it != kPloverOfRoot.end()) t = it->second;
    }
    found[PyStr(Get(p, "doc"))].insert(t);
  }
  int tp = 0, fp = 0, fn = 0, tn = 0;
  for (const Json& g : gold) {
    std::string label = PyStr(Get(g, "label"));
    if (label == "ambiguous") continue;
    bool truth = label == "yes";
    auto it = found.find(PyStr(Get(g, "id")));
    bool said = it != found.end() && it->second.count(PyStr(Get(g, "event_type")));
    if (truth && said) ++tp;
    else if (truth) ++fn;
    else if (said) ++fp;
    else ++tn;
  }
  double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
  double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0;
  OrderedJson out;
  out["tp"] = tp;
  out["fp"] = fp;
  out["fn"] = fn;
  out["tn"] = tn;
  out["precision"] = Round3(p);
  out["recall"] = Round3(r);
  out["f1"] = Round3(F1(p, r));
  return out;
}

OrderedJson ScoreActors(const std::vector<Json>& system, const std::vector<Json>& spans) {
  std::unordered_map<std::string, std::vector<const Json*>> by_doc;
  for (const Json& p : system) by_doc[PyStr(Get(p, "doc"))].push_back(&p);
  OrderedJson out;
  for (const char* side : {"source", "target"}) {
    std::string role_key = std::string(side) + "_role";
    int n = 0, ok = 0;
    for (const Json& g : spans) {
      const Json& list = Get(g, "spans");
      if (!list.is_array()) continue;
      auto docs = by_doc.find(PyStr(Get(g, "id")));
      for (const Json& s : list) {
        const Json& main = Get(Get(s, role_key.c_str()), "main");
        if (!main.is_string()) continue;
        std::string m = main.get<std::string>();
        if (CodePointCount(m) != 3 || m == "IMG" || m == "INT" || m == "UNK") continue;  // "None" has 4
        ++n;
        if (docs == by_doc.end()) continue;
        for (const Json* e : docs->second)
          if (ActorCountry(Get(*e, side)) == m) {
            ++ok;
            break;
          }
      }
    }
    out[side] = {{"gold", n}, {"right", ok}, {"rate", RateOrNull(ok, n)}};
  }
  return out;
}

}  // namespace mizan::eval
