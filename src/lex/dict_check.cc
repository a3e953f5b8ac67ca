// Row-level validation of data/ for `mizan dict check`: what the loaders accept but a reviewer should see.
#include "lex/dict_check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <unicode/locid.h>

#include "lex/dict_dump.h"
#include "lex/tsv.h"
#include "mizan/coder.h"
#include "mizan/lexicon.h"
#include "text/normalize.h"

namespace mizan {
namespace {

// CAMEO actor-type codes (CAMEO manual ch. 4/5) that may follow a country: primary roles, secondary
// roles, religions. Others are reported as warnings only (ethnic codes, organization ids).
const std::set<std::string_view> kRoles = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
    "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "NGM", "NGO", "REF", "SET", "MOD", "RAD",
    "IGO", "IMG", "INT", "PTY", "REL", "MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH", "ORT", "PRO",
    "KUR", "UIS", "CPT", "DRZ", "ALE", "SUF", "ATH", "BAH", "CON", "DOX", "JAN", "JNS", "SIK", "TAO", "ZRO"};
// Prefixes that are not states: regions and non-state actor classes.
const std::set<std::string_view> kPrefixes = {
    "---", "IGO", "NGO", "MNC", "IMG", "INT", "UIS", "AFR", "ASA", "BLK", "BAL", "CAS", "CAU", "CFR", "CRB",
    "EAF", "EEU", "EIN", "EUR", "LAM", "MDE", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF",
    "WEU", "WST", "SCN", "ARB", "KSV", "KUR", "CHR", "MUS", "JEW", "BUD", "HIN", "REL", "SHI", "SUN"};

// `not` vetoes a CLDR country name that is another word once normalized (عمان, مالي).
const std::set<std::string_view> kActorKinds = {"name", "capital", "metonym", "demonym", "not"};
const std::set<std::string_view> kOrgKinds = {"organization", "group"};
const std::set<std::string_view> kRoleKinds = {"person", "group", "organization", "state"};
const std::set<std::string_view> kFlags = {"inverse", "symmetric", "place_adjective", "no_article_noun", "patient_genitive", "article_noun", "participle", "retake"};
const std::map<std::string_view, std::set<std::string_view>> kCueLabels = {
    {"attribution", {"named", "anonymous", "close-to-actor", "media", "leaks"}},
    {"certainty", {"reported", "hedged", "asserted", "denied"}},
    {"negation", {"negated"}},
    {"broker", {"broker"}}};

bool AllUpper(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
}

// The surface as the matcher sees it: every word in MatchKey form, joined by spaces.
std::string MatchPhrase(std::string_view surface) {
  std::string out;
  for (const auto& w : SplitWords(NormalizeForMatch(surface))) {
    std::string k = Lexicon::MatchKey(w);
    if (!k.empty()) out += (out.empty() ? "" : " ") + k;
  }
  return out;
}

// A code given to a surface for a period, to find conflicting duplicates.
struct Claim {
  std::string code, from, to, where, owner;
};

bool Overlap(const Claim& a, const Claim& b) {
  auto before = [](const std::string& end, const std::string& start) {
    return !end.empty() && !start.empty() && end < start;
  };
  return !before(a.to, b.from) && !before(b.to, a.from);
}

class Checker {
 public:
  Checker(std::string dir, DictReport* rep) : dir_(std::move(dir)), rep_(rep) {}

  void Run() {
    auto lex = Lexicon::Load(dir_);
    if (!lex.ok()) {
      Error("data", "Lexicon::Load: " + lex.status().message());
    } else {
      lex_ = std::move(*lex);
      CoderOptions o;
      o.data_dir = dir_;
      auto coder = Coder::Create(o);
      if (!coder.ok()) Error("data", "Coder::Create: " + coder.status().message());
    }
    LoadCameo();
    CheckAliases();
    CheckPeople();
    CheckOrganizations();
    CheckRoles();
    CheckVerbs();
    CheckRoleCodes();
    CheckCues();
    CheckSimple("actors/references.tsv", "references", "surface");
    CheckSimple("text/words.tsv", "words", "word");
    CheckSimple("text/word_classes.tsv", "word-classes", "word");
    CheckSimple("places/gazetteer.tsv", "gazetteer", "name");
    ReportConflicts(actor_claims_, "actor");
    ReportConflicts(role_claims_, "role");
    ReportConflicts(verb_claims_, "trigger");
    if (lex_) CheckGeneratedForms();
  }

 private:
  void Add(std::string where, bool error, std::string msg) {
    // Paths are shown relative to the data directory.
    std::string prefix = dir_ + "/";
    if (where.rfind(prefix, 0) == 0) where.erase(0, prefix.size());
    rep_->issues.push_back({std::move(where), error, std::move(msg)});
  }
  void Error(std::string where, std::string msg) { Add(std::move(where), true, std::move(msg)); }
  void Warn(std::string where, std::string msg) { Add(std::move(where), false, std::move(msg)); }

  // Reads a table and checks that no row has more cells than the header names.
  std::unique_ptr<TsvTable> Open(const std::string& rel, std::string_view table) {
    std::string path = dir_ + "/" + rel;
    auto t = TsvTable::Read(path, table, 1);
    if (!t.ok()) {
      Error(rel, t.status().message());
      return nullptr;
    }
    ++rep_->files;
    rep_->rows += t->rows();
    std::ifstream in(path);
    std::string line;
    size_t no = 0, header_cells = 0;
    while (std::getline(in, line)) {
      ++no;
      size_t cells = std::count(line.begin(), line.end(), '\t') + 1;
      if (no == 2) header_cells = cells;
      if (no <= 2 || line.empty() || line[0] == '#') continue;
      if (cells > header_cells)
        Error(fmt::format("{}:{}", rel, no), fmt::format("{} cells, the header names {}", cells, header_cells));
    }
    return std::make_unique<TsvTable>(std::move(*t));
  }

  // From ICU directly (as the loader does), so codes are still checked when the loader failed.
  bool IsCountry(std::string_view c) {
    if (countries_.empty())
      for (const char* const* cc = icu::Locale::getISOCountries(); *cc; ++cc) {
        std::string alpha3 = icu::Locale("", *cc).getISO3Country();
        if (alpha3.size() == 3) countries_.insert(alpha3);
      }
    return countries_.count(std::string(c)) > 0;
  }

  void ActorCode(const TsvTable& t, size_t r, std::string_view code) {
    bool error = true;
    std::string msg = CheckActorCode(code, [this](std::string_view c) { return IsCountry(c); }, &error);
    if (!msg.empty()) Add(t.Where(r), error, msg);
  }

  void Dates(const TsvTable& t, size_t r) {
    std::string_view from = t.Get(r, "from"), to = t.Get(r, "to");
    for (auto d : {from, to})
      if (!d.empty() && !IsDataDate(d)) Error(t.Where(r), fmt::format("bad date '{}' (YYYY[-MM[-DD]])", d));
    if (!from.empty() && !to.empty() && to < from) Error(t.Where(r), fmt::format("'to' {} is before 'from' {}", to, from));
  }

  void Require(const TsvTable& t, size_t r, std::initializer_list<std::string_view> cols) {
    for (auto c : cols)
      if (t.Get(r, c).empty()) Error(t.Where(r), fmt::format("column '{}' is empty", c));
  }

  void LoadCameo() {
    auto t = Open("cameo/event_codes.tsv", "cameo");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string_view code = t->Get(r, "code");
      if (code.empty() || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        Error(t->Where(r), fmt::format("bad CAMEO event code '{}'", code));
      cameo_.insert(std::string(code));
    }
  }

  void CheckAliases() {
    auto t = Open("actors/country_aliases.tsv", "country-aliases");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"code", "kind", "surface"});
      std::string_view kind = t->Get(r, "kind"), code = t->Get(r, "code");
      if (!kind.empty() && !kActorKinds.count(kind)) Error(t->Where(r), fmt::format("unknown kind '{}'", kind));
      if (!code.empty() && !IsCountry(code) && !kPrefixes.count(code))
        Error(t->Where(r), fmt::format("'{}' is neither a country (ISO alpha-3) nor a CAMEO region", code));
      if (kind != "demonym" && kind != "not") Claim1(actor_claims_, t->Get(r, "surface"), {std::string(code), "", "", t->Where(r), ""});
    }
  }

  void CheckPeople() {
    auto t = Open("actors/people.tsv", "people");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"id", "name", "code"});
      std::string_view id = t->Get(r, "id");
      if (!std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
        Error(t->Where(r), fmt::format("id '{}' is not ascii letters, digits and _", id));
      ActorCode(*t, r, t->Get(r, "code"));
      Dates(*t, r);
      Claim c{std::string(t->Get(r, "code")), std::string(t->Get(r, "from")), std::string(t->Get(r, "to")),
              t->Where(r), std::string(id)};
      Claim1(actor_claims_, t->Get(r, "name"), c);
      for (const auto& v : SplitBar(t->Get(r, "variants"))) Claim1(actor_claims_, v, c);
    }
  }

  void CheckOrganizations() {
    auto t = Open("actors/organizations.tsv", "organizations");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"id", "name", "code", "kind"});
      std::string_view kind = t->Get(r, "kind");
      if (!kind.empty() && !kOrgKinds.count(kind))
        Error(t->Where(r), fmt::format("kind '{}' is not organization or group", kind));
      ActorCode(*t, r, t->Get(r, "code"));
      Claim c{std::string(t->Get(r, "code")), "", "", t->Where(r), std::string(t->Get(r, "id"))};
      Claim1(actor_claims_, t->Get(r, "name"), c);
      for (const auto& v : SplitBar(t->Get(r, "variants"))) Claim1(actor_claims_, v, c);
    }
  }

  void CheckRoles() {
    auto t = Open("actors/roles.tsv", "roles");
    if (!t) return;
    std::map<std::string, std::string> seen;  // surface as written -> where (as scripts/check_data.py checks)
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"surface", "kind"});
      const std::string surface(t->Get(r, "surface"));
      if (!surface.empty()) {
        auto [it, fresh] = seen.emplace(surface, t->Where(r));
        if (!fresh) Error(t->Where(r), fmt::format("duplicate surface '{}' (also at {})", surface, Relative(it->second)));
      }
      std::string_view role = t->Get(r, "role"), kind = t->Get(r, "kind"), plural = t->Get(r, "plural");
      if (!kind.empty() && !kRoleKinds.count(kind)) Error(t->Where(r), fmt::format("unknown kind '{}'", kind));
      if (role.empty() && kind != "state") Error(t->Where(r), "empty role (only kind 'state' may have none)");
      if (role.size() % 3 != 0 || !AllUpper(role)) {
        Error(t->Where(r), fmt::format("role '{}' is not 3-letter codes", role));
      } else {
        for (size_t i = 0; i < role.size(); i += 3)
          if (!kRoles.count(role.substr(i, 3)))
            Warn(t->Where(r), fmt::format("'{}' is not a CAMEO role code", role.substr(i, 3)));
      }
      if (!plural.empty() && plural != "0" && plural != "1")
        Error(t->Where(r), fmt::format("plural '{}' is not 0 or 1", plural));
      Claim1(role_claims_, t->Get(r, "surface"), {std::string(role), "", "", t->Where(r), ""});
    }
  }

  void CheckVerbs() {
    auto t = Open("events/verbs.tsv", "verbs");
    if (!t) return;
    std::set<std::string> preps;
    for (const char* p : {"ب", "ل", "مع", "إلى", "على", "ضد", "من", "عن", "في"}) preps.insert(NormalizeForMatch(p));
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"id", "cameo", "kind", "forms"});
      verb_ids_.insert(std::string(t->Get(r, "id")));
      std::string cameo(t->Get(r, "cameo"));
      std::string_view kind = t->Get(r, "kind");
      if (!cameo.empty() && !cameo_.empty() && !cameo_.count(cameo))
        Error(t->Where(r), fmt::format("CAMEO code {} is not in cameo/event_codes.tsv", cameo));
      if (kind != "verb" && kind != "noun") Error(t->Where(r), fmt::format("kind '{}' is not verb or noun", kind));
      for (const auto& p : SplitBar(t->Get(r, "preps")))
        if (p != "-" && !preps.count(NormalizeForMatch(p)))
          Warn(t->Where(r), fmt::format("preposition '{}' is not one the event stage knows", p));
      for (const auto& f : SplitBar(t->Get(r, "flags")))
        if (!kFlags.count(f)) Error(t->Where(r), fmt::format("unknown flag '{}'", f));
      for (const auto& form : SplitBar(t->Get(r, "forms"))) {
        std::vector<std::string> words = SplitWords(form);
        if (words.empty()) continue;
        size_t slashes = std::count(words[0].begin(), words[0].end(), '/');
        if (kind == "noun" && slashes > 0) Error(t->Where(r), fmt::format("noun form '{}' has a '/'", form));
        if (kind == "verb" && slashes > 1) Error(t->Where(r), fmt::format("verb form '{}' has several '/'", form));
        std::string key = kind == "verb" ? words[0].substr(0, words[0].find('/')) : words[0];
        for (size_t i = 1; i < words.size(); ++i) key += " " + words[i];
        Claim1(verb_claims_, key, {cameo, "", "", t->Where(r), std::string(t->Get(r, "id"))});
      }
    }
  }

  // role_codes.tsv: a known pattern id or code, a side, CAMEO roles, a known code.
  void CheckRoleCodes() {
    if (!std::filesystem::exists(dir_ + "/events/role_codes.tsv")) return;
    auto t = Open("events/role_codes.tsv", "role-codes");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"pattern", "side", "roles", "cameo"});
      const std::string pattern(t->Get(r, "pattern")), cameo(t->Get(r, "cameo"));
      const std::string_view side = t->Get(r, "side");
      if (!pattern.empty() && !verb_ids_.count(pattern) && !cameo_.count(pattern))
        Error(t->Where(r), fmt::format("no verbs.tsv pattern has id or code '{}'", pattern));
      if (side != "source" && side != "target") Error(t->Where(r), fmt::format("side '{}' is not source or target", side));
      for (const auto& role : SplitWords(std::string(t->Get(r, "roles"))))
        if (role.size() != 3 || !kRoles.count(role)) Error(t->Where(r), fmt::format("'{}' is not a CAMEO role code", role));
      if (!cameo.empty() && !cameo_.empty() && !cameo_.count(cameo))
        Error(t->Where(r), fmt::format("CAMEO code {} is not in cameo/event_codes.tsv", cameo));
    }
  }

  void CheckCues() {
    auto t = Open("attrib/cues.tsv", "cues");
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) {
      Require(*t, r, {"surface", "kind", "label"});
      auto k = kCueLabels.find(t->Get(r, "kind"));
      if (k == kCueLabels.end()) {
        Error(t->Where(r), fmt::format("unknown cue kind '{}'", t->Get(r, "kind")));
      } else if (!k->second.count(t->Get(r, "label"))) {
        Error(t->Where(r), fmt::format("label '{}' is not one of kind {}", t->Get(r, "label"), k->first));
      }
    }
  }

  void CheckSimple(const std::string& rel, std::string_view table, std::string_view key) {
    if (!std::filesystem::exists(dir_ + "/" + rel)) return;
    auto t = Open(rel, table);
    if (!t) return;
    for (size_t r = 0; r < t->rows(); ++r) Require(*t, r, {key});
  }

  void Claim1(std::map<std::string, std::vector<Claim>>& claims, std::string_view surface, Claim c) {
    std::string key = MatchPhrase(surface);
    if (!key.empty()) claims[key].push_back(std::move(c));
  }

  // The same matching form with different codes at overlapping times: the coder picks one silently.
  void ReportConflicts(const std::map<std::string, std::vector<Claim>>& claims, std::string_view what) {
    for (const auto& [key, cs] : claims)
      for (size_t i = 0; i < cs.size(); ++i)
        for (size_t j = 0; j < i; ++j) {
          if (cs[i].code == cs[j].code || !Overlap(cs[i], cs[j])) continue;
          if (!cs[i].owner.empty() && cs[i].owner == cs[j].owner && cs[i].where != cs[j].where) continue;
          Warn(cs[i].where, fmt::format("{} '{}' is {} here but {} at {}", what, key, cs[i].code.empty() ? "-" : cs[i].code,
                                        cs[j].code.empty() ? "-" : cs[j].code, Relative(cs[j].where)));
          break;
        }
  }

  // Conjugation can make two different verbs meet on one written form (وصف/يصف and وصف as a noun ...):
  // reported once per pair of rows, with an example form.
  void CheckGeneratedForms() {
    auto entries = DumpDictionaries(dir_, "verbs");
    if (!entries.ok()) return;
    std::map<std::string, std::vector<const DumpEntry*>> by_match;
    for (const auto& e : *entries) by_match[e.match].push_back(&e);
    std::set<std::pair<std::string, std::string>> reported;
    for (const auto& [match, es] : by_match)
      for (size_t i = 0; i < es.size(); ++i)
        for (size_t j = 0; j < i; ++j) {
          std::string ci = es[i]->info.substr(0, es[i]->info.find(' '));
          std::string cj = es[j]->info.substr(0, es[j]->info.find(' '));
          if (ci == cj || es[i]->source == es[j]->source) continue;
          if (!reported.insert({es[j]->source, es[i]->source}).second) continue;
          Warn(es[i]->source, fmt::format("generated form '{}' is CAMEO {} here but {} at {}", match, ci, cj,
                                          es[j]->source));
        }
  }

  std::string Relative(std::string w) const {
    std::string prefix = dir_ + "/";
    if (w.rfind(prefix, 0) == 0) w.erase(0, prefix.size());
    return w;
  }

  std::string dir_;
  DictReport* rep_;
  std::unique_ptr<Lexicon> lex_;
  std::set<std::string> cameo_, countries_, verb_ids_;
  std::map<std::string, std::vector<Claim>> actor_claims_, role_claims_, verb_claims_;
};

}  // namespace

size_t DictReport::errors() const {
  return std::count_if(issues.begin(), issues.end(), [](const DictIssue& i) { return i.error; });
}
size_t DictReport::warnings() const { return issues.size() - errors(); }

bool IsDataDate(std::string_view d) {
  auto digits = [&](size_t at, size_t n) {
    if (d.size() < at + n) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return -1;
      v = v * 10 + (d[i] - '0');
    }
    return v;
  };
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (digits(0, 4) < 0) return false;
  if (d.size() == 4) return true;
  int month = digits(5, 2);
  if (d[4] != '-' || month < 1 || month > 12) return false;
  if (d.size() == 7) return true;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int day = digits(8, 2);
  return d[7] == '-' && day >= 1 && day <= kDays[month - 1];
}

std::string CheckActorCode(std::string_view code, const std::function<bool(std::string_view)>& is_country,
                           bool* error) {
  *error = true;
  if (code.size() < 3 || code.size() % 3 != 0 || !AllUpper(code))
    return fmt::format("actor code '{}' is not 3-letter parts in capitals", code);
  std::string_view head = code.substr(0, 3);
  if (!is_country(head) && !kPrefixes.count(head)) {
    *error = false;
    if (kRoles.count(head))
      return fmt::format("actor code '{}' is a role without a country (a role noun belongs in roles.tsv)", code);
    return fmt::format("actor code '{}' starts with '{}', neither a country nor a CAMEO region/sector", code, head);
  }
  // After a state, the next part is a role; later parts (and parts after IGO/NGO...) may name organizations.
  if (code.size() >= 6 && is_country(head) && !kRoles.count(code.substr(3, 3))) {
    *error = false;
    return fmt::format("actor code '{}': '{}' is not a CAMEO role", code, code.substr(3, 3));
  }
  return "";
}

DictReport CheckDictionaries(const std::string& data_dir) {
  DictReport rep;
  Checker(data_dir, &rep).Run();
  return rep;
}

}  // namespace mizan
