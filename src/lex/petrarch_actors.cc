// PETRARCH actor dictionaries: a head phrase, "+" synonyms, "[CODE from-to]" restrictions -> people.tsv rows.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "lex/petrarch_parse.h"

namespace mizan::petrarch {
namespace {

struct Period {
  std::string code, from, to;
};

struct ActorRecord {
  size_t line = 0;
  std::string name;
  std::vector<std::string> variants;
  std::string default_code;
  std::vector<Period> periods;
};

// Parses the inside of "[CODE]", "[CODE 120812-140326]", "[CODE >140608]", "[CODE <970101]".
// Returns false (with *why) when the code or a date is unusable.
bool ParseRestriction(std::string_view inside, Period* p, bool* dated, std::string* why) {
  inside = Trim(inside);
  size_t sp = inside.find_first_of(" \t");
  std::string code(inside.substr(0, sp));
  std::string spec;
  if (sp != std::string_view::npos)
    for (char c : inside.substr(sp))
      if (c != ' ' && c != '\t') spec += c;
  if (code == "---" || code.empty()) {
    *why = "null code [---]";
    return false;
  }
  if (!IsUpperCode(code)) {
    *why = fmt::format("not an actor code: '{}'", code);
    return false;
  }
  p->code = code;
  *dated = !spec.empty();
  if (spec.empty()) return true;
  auto conv = [&](std::string_view d, std::string* out) {
    auto iso = PetrarchDateToIso(d);
    if (!iso.ok()) {
      *why = iso.status().message();
      return false;
    }
    *out = *iso;
    return true;
  };
  if (spec[0] == '<') return conv(std::string_view(spec).substr(1), &p->to);
  if (spec[0] == '>') return conv(std::string_view(spec).substr(1), &p->from);
  size_t dash = spec.find('-');
  if (dash == std::string::npos) {
    *why = fmt::format("bad date restriction '{}'", spec);
    return false;
  }
  if (!conv(std::string_view(spec).substr(0, dash), &p->from)) return false;
  if (!conv(std::string_view(spec).substr(dash + 1), &p->to)) return false;
  // UD-PETRARCH writes 18000101 for "still in office": an end before the start means open.
  if (p->to < p->from) p->to.clear();
  return true;
}

// True when b is the day after a (both "YYYY-MM-DD"): consecutive periods leave no gap to fill.
bool NextDay(const std::string& a, const std::string& b) {
  auto days = [](const std::string& d) {
    using namespace std::chrono;
    int y = std::atoi(d.substr(0, 4).c_str());
    unsigned m = std::atoi(d.substr(5, 2).c_str()), dd = std::atoi(d.substr(8, 2).c_str());
    return sys_days(year{y} / month{m} / day{dd}).time_since_epoch().count();
  };
  if (a.size() != 10 || b.size() != 10) return false;
  return days(b) - days(a) == 1;
}

class ActorImporter {
 public:
  explicit ActorImporter(ImportResult* r) : r_(r) {
    r_->table = "people";
    r_->columns = {"id", "name", "variants", "code", "from", "to", "note"};
  }

  void Line(size_t no, std::string_view raw) {
    std::string_view t = StripComment(raw, true);
    if (t.empty()) return;
    if (t[0] == '[') {
      if (!cur_) return Skip(no, "code line without an actor");
      return Restriction(no, t);
    }
    if (t[0] == '+') {
      if (!cur_) return Skip(no, "synonym without an actor");
      std::string v = Phrase(t.substr(1).substr(0, t.substr(1).find('[')));
      if (!v.empty()) cur_->variants.push_back(v);
      return;
    }
    Flush();
    cur_ = ActorRecord{};
    cur_->line = no;
    ++r_->entries;
    size_t br = t.find('[');
    cur_->name = Phrase(t.substr(0, br));
    if (br != std::string_view::npos) Restriction(no, t.substr(br));
  }

  void Flush() {
    if (!cur_) return;
    ActorRecord rec = std::move(*cur_);
    cur_.reset();
    if (rec.name.empty()) return Skip(rec.line, "actor without a name");
    if (rec.default_code.empty() && rec.periods.empty()) return Skip(rec.line, "actor without a code");
    std::string id = Slug(rec.name);
    if (id.empty()) id = fmt::format("L{}", rec.line);
    if (!ids_.insert(id).second) id = fmt::format("{}_L{}", id, rec.line);
    std::string variants;
    for (const auto& v : rec.variants) variants += (variants.empty() ? "" : "|") + v;
    auto row = [&](const std::string& code, const std::string& from, const std::string& to, std::string_view what) {
      r_->rows.push_back({id, Cell(rec.name), Cell(variants), code, from, to,
                          fmt::format("PETRARCH line {}{}", rec.line, what)});
    };
    std::stable_sort(rec.periods.begin(), rec.periods.end(),
                     [](const Period& a, const Period& b) { return a.from < b.from; });
    for (const auto& p : rec.periods) row(p.code, p.from, p.to, "");
    if (rec.default_code.empty()) return;
    // The default code holds outside every dated period: fill the gaps instead of overlapping them.
    if (rec.periods.empty()) return row(rec.default_code, "", "", "");
    if (!rec.periods[0].from.empty()) row(rec.default_code, "", rec.periods[0].from, " (default code)");
    std::string reach = rec.periods[0].to;  // "" = open end
    for (size_t i = 1; i < rec.periods.size() && !reach.empty(); ++i) {
      const Period& p = rec.periods[i];
      if (p.from > reach && !NextDay(reach, p.from)) row(rec.default_code, reach, p.from, " (default code)");
      if (p.to.empty() || p.to > reach) reach = p.to;
    }
    if (!reach.empty()) row(rec.default_code, reach, "", " (default code)");
  }

 private:
  void Skip(size_t no, std::string why) { r_->skipped.push_back({no, std::move(why)}); }

  void Restriction(size_t no, std::string_view t) {
    size_t close = t.find(']');
    if (close == std::string_view::npos) return Skip(no, "unclosed [");
    Period p;
    bool dated = false;
    std::string why;
    if (!ParseRestriction(t.substr(1, close - 1), &p, &dated, &why)) return Skip(no, why);
    if (!dated) {
      cur_->default_code = p.code;
    } else {
      cur_->periods.push_back(p);
    }
  }

  ImportResult* r_;
  std::optional<ActorRecord> cur_;
  std::set<std::string> ids_;
};

}  // namespace

void ImportActors(const std::vector<std::string>& lines, ImportResult* r) {
  ActorImporter imp(r);
  for (size_t i = 0; i < lines.size(); ++i) imp.Line(i + 1, lines[i]);
  imp.Flush();
}

}  // namespace mizan::petrarch
