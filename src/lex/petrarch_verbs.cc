// PETRARCH verb dictionaries: synsets, "--- NAME [code] ---" blocks, verbs and "- * ... [code]" patterns -> verbs.tsv.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "lex/petrarch_parse.h"

namespace mizan::petrarch {
namespace {

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

void ImportVerbs(const std::vector<std::string>& lines, ImportResult* r) {
  VerbImporter imp(r);
  for (size_t i = 0; i < lines.size(); ++i) imp.Line(i + 1, lines[i]);
  imp.Flush();
}

}  // namespace mizan::petrarch
