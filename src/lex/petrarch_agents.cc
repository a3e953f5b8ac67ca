// PETRARCH agent dictionaries: "NOUN {PLURAL} [~ROLE]" with !SUBSTITUTION! markers -> roles.tsv rows.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lex/petrarch_parse.h"

namespace mizan::petrarch {
namespace {

bool LooksPluralEnglish(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; };
  return ends("MEN") || ends("IES") || ends("ERS");
}


}  // namespace

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

}  // namespace mizan::petrarch
