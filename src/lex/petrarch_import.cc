// Converts PETRARCH-2 / UD-PETRARCH dictionaries (format: petrarch2 docs/source/dictionaries.rst) to Mizan tables.
#include "lex/petrarch_import.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

namespace mizan {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Drops a "# comment" (and, for actors, a TABARI "; comment") from a line.
std::string_view StripComment(std::string_view s, bool semicolon) {
  size_t h = s.find('#');
  if (h != std::string_view::npos) s = s.substr(0, h);
  if (semicolon) {
    size_t c = s.find(';');
    if (c != std::string_view::npos) s = s.substr(0, c);
  }
  return Trim(s);
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    out.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// "ABU_BAKR_" -> "ABU BAKR": underscores join words in PETRARCH; a trailing one only marks a whole word.
std::string Phrase(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Ascii id from a name ("HAMID KARZAI" -> "hamid_karzai"); "" when the name has no ascii letters.
std::string Slug(std::string_view s) {
  std::string out;
  bool letters = false;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(std::tolower(c));
      letters = true;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return letters ? out : std::string();
}

bool IsUpperCode(std::string_view s) {
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string Cell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

// ---------------------------------------------------------------- actors

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

// ---------------------------------------------------------------- agents

bool LooksPluralEnglish(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; };
  return ends("MEN") || ends("IES") || ends("ERS");
}

void ImportAgents(const std::vector<std::string>& lines, ImportResult* r) {
  r->table = "roles";
  r->columns = {"surface", "role", "kind", "plural", "note"};
  std::map<std::string, std::vector<std::string>> subst;  // "!PERSON!" -> MAN, MEN, ...
  std::set<std::pair<std::string, std::string>> seen;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t no = i + 1;
    std::string_view t = StripComment(lines[i], false);
    if (t.empty()) continue;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      std::string_view key = Trim(t.substr(0, t.find('=')));
      std::string_view vals = t.substr(t.find('=') + 1);
      auto& list = subst[std::string(key)];
      size_t s = 0;
      while (s <= vals.size()) {
        size_t c = vals.find(',', s);
        if (c == std::string_view::npos) c = vals.size();
        std::string v(Trim(vals.substr(s, c - s)));
        if (!v.empty()) list.push_back(v);
        s = c + 1;
      }
      continue;
    }
    ++r->entries;
    size_t br = t.find('[');
    if (br == std::string_view::npos) {
      r->skipped.push_back({no, "agent without a [code]"});
      continue;
    }
    std::string_view head = t.substr(0, br), code = t.substr(br + 1);
    code = Trim(code);
    bool before = !code.empty() && code[0] == '~';
    if (before) code.remove_prefix(1);
    size_t n = 0;
    while (n < code.size() && code[n] >= 'A' && code[n] <= 'Z') ++n;
    std::string role(code.substr(0, n));
    bool after = n < code.size() && code[n] == '~';
    if (role.empty() || (!before && !after)) {
      r->skipped.push_back({no, "no ~ agent code"});
      continue;
    }
    if (role.size() % 3 != 0) {
      r->skipped.push_back({no, fmt::format("agent code '{}' is not 3-letter roles", role)});
      continue;
    }
    // "{PLURAL}" after the phrase: an irregular plural, "{}" for none.
    std::string plural_form;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      plural_form = Phrase(head.substr(brace + 1, end == std::string_view::npos ? end : end - brace - 1));
      head = head.substr(0, brace);
    }
    std::string phrase(Trim(head));
    // Expand !MARKER! substitutions into one surface each.
    std::vector<std::pair<std::string, bool>> surfaces{{phrase, false}};
    for (const auto& [key, vals] : subst) {
      std::vector<std::pair<std::string, bool>> next;
      for (const auto& [s, pl] : surfaces) {
        size_t at = s.find(key);
        if (at == std::string::npos) {
          next.push_back({s, pl});
          continue;
        }
        for (const auto& v : vals)
          next.push_back({s.substr(0, at) + v + s.substr(at + key.size()), pl || LooksPluralEnglish(v)});
      }
      surfaces = std::move(next);
    }
    if (!plural_form.empty()) surfaces.push_back({plural_form, true});
    std::string kind = after ? "organization" : "person";
    for (const auto& [s, pl] : surfaces) {
      std::string surface = Phrase(s);
      if (surface.empty() || surface.find('!') != std::string::npos) {
        r->skipped.push_back({no, "unknown !substitution! or empty surface"});
        continue;
      }
      if (!seen.insert({surface, role}).second) continue;
      r->rows.push_back({Cell(surface), role, kind, pl ? "1" : "0", fmt::format("PETRARCH line {}", no)});
    }
  }
}

// ---------------------------------------------------------------- verbs

struct VerbForm {
  std::string head;               // the verb word
  std::vector<std::string> tail;  // words that follow it
  std::string code;               // its own code, "" = the block's
  size_t line = 0;
};

// Arabic verbal nouns and other nouns in verb blocks: taa marbuta, the article, a feminine plural.
bool LooksNoun(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; };
  bool arabic = !w.empty() && static_cast<unsigned char>(w[0]) >= 0xD8;
  if (!arabic) return false;
  return ends("ة") || ends("ات") || w.substr(0, std::min<size_t>(w.size(), 4)) == "ال";
}

// "042", "1124", "042:043" (first kept); "---" or other -> "".
std::string VerbCode(std::string_view inside) {
  inside = Trim(inside);
  std::string code(inside.substr(0, inside.find(':')));
  if (code.empty() || code.size() > 4) return "";
  for (char c : code)
    if (c < '0' || c > '9') return "";
  return code;
}

// Splits a pattern into tokens, with * ( ) { } as tokens of their own.
std::vector<std::string> PatternTokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '_') {
      flush();
    } else if (c == '*' || c == '(' || c == ')' || c == '{' || c == '}') {
      flush();
      out.emplace_back(1, c);
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

class VerbImporter {
 public:
  explicit VerbImporter(ImportResult* r) : r_(r) {
    r_->table = "verbs";
    r_->columns = {"id", "cameo", "kind", "forms", "preps", "flags", "note"};
  }

  void Line(size_t no, std::string_view raw) {
    std::string_view t = StripComment(raw, false);
    if (t.empty()) return;
    if (t.substr(0, 3) == "---") return Block(no, t);
    if (t[0] == '&') {
      synset_ = std::string(Trim(t));
      while (!synset_.empty() && synset_.back() == '_') synset_.pop_back();
      synsets_[synset_];
      return;
    }
    if (t[0] == '~') return Skip(no, "verb transformation (~) not supported");
    if (t[0] == '-') {
      if (!in_block_) return Skip(no, "pattern outside a verb block");
      ++r_->entries;
      return Pattern(no, t.substr(1));
    }
    if (!in_block_) {
      if (t[0] == '+' && !synset_.empty()) synsets_[synset_].push_back(Phrase(t.substr(1)));
      else Skip(no, "line outside a verb block");
      return;
    }
    ++r_->entries;
    Synonym(no, t);
  }

  void Flush() {
    if (!in_block_) return;
    in_block_ = false;
    // The isolated verbs, grouped by code: one row per code and kind.
    std::map<std::string, std::vector<const VerbForm*>> by_code;
    for (const auto& v : verbs_) {
      std::string code = v.code.empty() ? block_code_ : v.code;
      if (code.empty()) continue;  // [---]: the bare verb is no event
      by_code[code].push_back(&v);
    }
    for (const auto& [code, vs] : by_code) {
      std::vector<std::string> forms;
      for (const VerbForm* v : vs) forms.push_back(Join(v->head, v->tail));
      Emit(code, forms, {"-"}, fmt::format("PETRARCH block '{}' line {}", block_name_, block_line_));
    }
    for (auto& p : patterns_) {
      std::vector<std::string> forms;
      for (const auto& v : verbs_)
        for (const auto& tail : p.tails) {
          std::vector<std::string> t = v.tail;
          t.insert(t.end(), tail.begin(), tail.end());
          forms.push_back(Join(v.head, t));
        }
      if (forms.empty()) {
        Skip(p.line, "pattern in a block without verbs");
        continue;
      }
      Emit(p.code, forms, p.preps, fmt::format("PETRARCH line {}: {}", p.line, p.text));
    }
    verbs_.clear();
    patterns_.clear();
  }

 private:
  struct PatternRow {
    size_t line;
    std::string code, text;
    std::vector<std::vector<std::string>> tails;  // alternatives (synsets expand)
    std::vector<std::string> preps;
  };

  static std::string Join(const std::string& head, const std::vector<std::string>& tail) {
    std::string s = head;
    for (const auto& w : tail) s += " " + w;
    return s;
  }

  void Skip(size_t no, std::string why) { r_->skipped.push_back({no, std::move(why)}); }

  // Splits forms into verb and noun rows (kind is per row in verbs.tsv).
  void Emit(const std::string& code, const std::vector<std::string>& forms, const std::vector<std::string>& preps,
            const std::string& note) {
    std::vector<std::string> verbs, nouns;
    for (const auto& f : forms) {
      std::string head = f.substr(0, f.find(' '));
      auto& dst = LooksNoun(head) ? nouns : verbs;
      if (std::find(dst.begin(), dst.end(), f) == dst.end()) dst.push_back(f);
    }
    std::string prep_cell;
    for (const auto& p : preps) prep_cell += (prep_cell.empty() ? "" : "|") + p;
    for (const auto* list : {&verbs, &nouns}) {
      if (list->empty()) continue;
      std::string cell;
      for (const auto& f : *list) cell += (cell.empty() ? "" : "|") + f;
      std::string id = fmt::format("{}_{}", block_id_, ++block_rows_);
      r_->rows.push_back({id, code, list == &verbs ? "verb" : "noun", Cell(cell), Cell(prep_cell), "", Cell(note)});
    }
  }

  void Block(size_t no, std::string_view t) {
    Flush();
    synset_.clear();
    in_block_ = true;
    block_line_ = no;
    block_rows_ = 0;
    std::string_view body = Trim(t.substr(3));
    if (body.size() >= 3 && body.substr(body.size() - 3) == "---") body = Trim(body.substr(0, body.size() - 3));
    size_t br = body.find('[');
    block_name_ = Phrase(body.substr(0, br));
    block_code_.clear();
    if (br != std::string_view::npos) block_code_ = VerbCode(body.substr(br + 1, body.find(']', br) - br - 1));
    block_id_ = Slug(block_name_);
    if (block_id_.empty()) block_id_ = fmt::format("verb{}", no);
  }

  // "ACCUSE", "+CORDON_OFF {+CORDONED_OFF ...}", "WIRE_+TAP", "ظن [012]".
  void Synonym(size_t no, std::string_view t) {
    std::string code;
    size_t br = t.find('[');
    if (br != std::string_view::npos) {
      code = VerbCode(t.substr(br + 1, t.find(']', br) - br - 1));
      if (code.empty()) return Skip(no, "verb with a null or unreadable code");
      t = Trim(t.substr(0, br));
    }
    std::vector<std::string> phrases;
    size_t brace = t.find('{');
    if (brace != std::string_view::npos) {
      size_t end = t.find('}', brace);
      std::string_view irregular = t.substr(brace + 1, end == std::string_view::npos ? end : end - brace - 1);
      // Irregular forms are separated by spaces; '_' joins the words of one form.
      size_t s = 0;
      while (s < irregular.size()) {
        size_t e = irregular.find(' ', s);
        if (e == std::string_view::npos) e = irregular.size();
        if (e > s) phrases.emplace_back(irregular.substr(s, e - s));
        s = e + 1;
      }
      t = Trim(t.substr(0, brace));
    }
    phrases.insert(phrases.begin(), std::string(t));
    for (const auto& p : phrases) {
      std::vector<std::string> words = SplitUnderscore(p);
      size_t verb = 0;
      for (size_t i = 0; i < words.size(); ++i)
        if (!words[i].empty() && words[i][0] == '+') verb = i;
      if (words.empty()) continue;
      if (verb > 0) {
        Skip(no, fmt::format("words before the verb are not supported: '{}'", Phrase(p)));
        continue;
      }
      VerbForm f;
      f.line = no;
      f.code = code;
      f.head = words[0][0] == '+' ? words[0].substr(1) : words[0];
      f.tail.assign(words.begin() + 1, words.end());
      if (!f.head.empty()) verbs_.push_back(std::move(f));
    }
  }

  static std::vector<std::string> SplitUnderscore(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
      if (c == '_' || c == ' ' || c == '\t') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  }

  void Pattern(size_t no, std::string_view t) {
    size_t br = t.rfind('[');
    if (br == std::string_view::npos) return Skip(no, "pattern without a [code]");
    std::string code = VerbCode(t.substr(br + 1, t.find(']', br) - br - 1));
    if (code.empty()) return Skip(no, "pattern with a null or unreadable code");
    std::string_view body = Trim(t.substr(0, br));
    std::vector<std::string> toks = PatternTokens(body);
    auto star = std::find(toks.begin(), toks.end(), "*");
    if (star == toks.end()) return Skip(no, "pattern without '*'");
    for (auto it = toks.begin(); it != star; ++it)
      if (*it != "$" && *it != "+" && *it != "%" && *it != "^")
        return Skip(no, "words before the verb are not supported");
    PatternRow row{no, code, Phrase(body), {{}}, {}};
    int paren = 0;
    bool prep_next = false;
    for (auto it = star + 1; it != toks.end(); ++it) {
      const std::string& w = *it;
      if (w == "{" || w == "}") continue;
      if (w == "(") {
        ++paren;
        prep_next = true;
        continue;
      }
      if (w == ")") {
        --paren;
        continue;
      }
      if (w == "$" || w == "+" || w == "%" || w == "^" || w == "*") continue;
      if (prep_next) {
        prep_next = false;
        if (std::find(row.preps.begin(), row.preps.end(), w) == row.preps.end()) row.preps.push_back(w);
        continue;
      }
      std::vector<std::string> alts{w};
      if (w[0] == '&') {
        std::string name = w;
        while (!name.empty() && name.back() == '_') name.pop_back();
        auto s = synsets_.find(name);
        if (s == synsets_.end() || s->second.empty()) return Skip(no, fmt::format("unknown synset {}", w));
        alts = s->second;
      }
      std::vector<std::vector<std::string>> next;
      for (const auto& tail : row.tails)
        for (const auto& a : alts) {
          std::vector<std::string> t2 = tail;
          for (const auto& aw : SplitUnderscore(a)) t2.push_back(aw);
          next.push_back(std::move(t2));
        }
      if (next.size() > 64) return Skip(no, "synsets expand to more than 64 forms");
      row.tails = std::move(next);
    }
    if (row.preps.empty()) row.preps.push_back("-");
    patterns_.push_back(std::move(row));
  }

  ImportResult* r_;
  bool in_block_ = false;
  size_t block_line_ = 0, block_rows_ = 0;
  std::string block_name_, block_code_, block_id_, synset_;
  std::map<std::string, std::vector<std::string>> synsets_;
  std::vector<VerbForm> verbs_;
  std::vector<PatternRow> patterns_;
};

}  // namespace

StatusOr<PetrarchKind> ParsePetrarchKind(std::string_view name) {
  if (name == "actors") return PetrarchKind::kActors;
  if (name == "agents") return PetrarchKind::kAgents;
  if (name == "verbs") return PetrarchKind::kVerbs;
  return InvalidArgument(fmt::format("unknown dictionary kind '{}' (actors, agents or verbs)", name));
}

StatusOr<std::string> PetrarchDateToIso(std::string_view d) {
  d = Trim(d);
  for (char c : d)
    if (c < '0' || c > '9') return InvalidArgument(fmt::format("bad PETRARCH date '{}'", d));
  int year, rest;
  if (d.size() == 6) {
    year = std::stoi(std::string(d.substr(0, 2)));
    year += year <= 30 ? 2000 : 1900;
    rest = 2;
  } else if (d.size() == 8) {
    year = std::stoi(std::string(d.substr(0, 4)));
    rest = 4;
  } else {
    return InvalidArgument(fmt::format("bad PETRARCH date '{}' (YYMMDD or YYYYMMDD)", d));
  }
  int month = std::stoi(std::string(d.substr(rest, 2)));
  int day = std::stoi(std::string(d.substr(rest + 2, 2)));
  using namespace std::chrono;
  if (!year_month_day(std::chrono::year{year}, std::chrono::month(month), std::chrono::day(day)).ok())
    return InvalidArgument(fmt::format("bad PETRARCH date '{}' (month or day out of range)", d));
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

StatusOr<ImportResult> ImportPetrarch(std::string_view text, PetrarchKind kind) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  ImportResult r;
  std::vector<std::string> lines = Lines(text);
  switch (kind) {
    case PetrarchKind::kActors: {
      ActorImporter imp(&r);
      for (size_t i = 0; i < lines.size(); ++i) imp.Line(i + 1, lines[i]);
      imp.Flush();
      break;
    }
    case PetrarchKind::kAgents:
      ImportAgents(lines, &r);
      break;
    case PetrarchKind::kVerbs: {
      VerbImporter imp(&r);
      for (size_t i = 0; i < lines.size(); ++i) imp.Line(i + 1, lines[i]);
      imp.Flush();
      break;
    }
  }
  std::stable_sort(r.skipped.begin(), r.skipped.end(),
                   [](const ImportSkip& a, const ImportSkip& b) { return a.line < b.line; });
  return r;
}

std::string ImportToTsv(const ImportResult& result, std::string_view source_name, std::string_view licence) {
  std::string out = fmt::format("# mizan-{} v1\n", result.table);
  for (size_t i = 0; i < result.columns.size(); ++i) out += (i ? "\t" : "") + result.columns[i];
  out += "\n";
  out += fmt::format("# Imported by `mizan dict import-petrarch` from {} (licence: {}). Review before use.\n",
                     Cell(std::string(source_name)), Cell(std::string(licence)));
  for (const auto& row : result.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "\t" : "") + row[i];
    out += "\n";
  }
  return out;
}

}  // namespace mizan
