// Regenerates the matcher's phrases from data/ exactly as lexicon.cc builds them, for `mizan dict dump`.
//
// Lexicon keeps its phrase index private, so this file repeats its expansion rules (MatchKey per word,
// ConjugateVerb for verbs, nisba suffixes for demonyms). Keep the two in step; a Lexicon accessor for
// its phrases would remove the duplication.
#include "lex/dict_dump.h"

#include <set>

#include <fmt/format.h>

#include "attrib/cue_table.h"
#include "lex/conjugate.h"
#include "lex/tsv.h"
#include "mizan/lexicon.h"
#include "text/normalize.h"

namespace mizan {
namespace {

std::string Words(std::string_view surface) {
  std::string out;
  for (const auto& w : SplitWords(NormalizeForMatch(surface))) {
    std::string k = Lexicon::MatchKey(w);
    if (!k.empty()) out += (out.empty() ? "" : " ") + k;
  }
  return out;
}

std::string Rel(const std::string& dir, std::string where) {
  if (where.rfind(dir + "/", 0) == 0) where.erase(0, dir.size() + 1);
  return where;
}

std::string Period(std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) return "";
  return fmt::format(" {}..{}", from, to);
}

Status DumpActors(const std::string& dir, const Lexicon& lex, std::vector<DumpEntry>* out) {
  // ICU country names: the state rows whose name is the CLDR name (aliases follow from the file).
  // A `not` row vetoes a CLDR name (its alias rows still carry that name, so filter here too).
  ASSIGN_OR_RETURN(TsvTable al, TsvTable::Read(dir + "/actors/country_aliases.tsv", "country-aliases", 1));
  std::set<std::string> vetoed;
  for (size_t r = 0; r < al.rows(); ++r)
    if (al.Get(r, "kind") == "not") vetoed.insert(NormalizeForMatch(al.Get(r, "surface")));
  std::set<std::string> seen;
  for (const auto& a : lex.actors())
    if (a.id.rfind("state:", 0) == 0 && a.via == MentionVia::kName && a.name == lex.CountryName(a.code) &&
        !vetoed.count(NormalizeForMatch(a.name)) && seen.insert(a.code).second)
      out->push_back({"actor", Words(a.name), a.code + " state", "ICU"});
  for (size_t r = 0; r < al.rows(); ++r) {
    std::string code(al.Get(r, "code")), kind(al.Get(r, "kind"));
    if (kind == "not") continue;
    if (kind != "demonym") {
      out->push_back({"actor", Words(al.Get(r, "surface")), code + " state " + kind, Rel(dir, al.Where(r))});
      continue;
    }
    // As the loader does: every word of a two-word adjective takes the ending (كوري جنوبي).
    std::vector<std::string> base_words;
    for (const auto& w : SplitWords(NormalizeForMatch(al.Get(r, "surface")))) base_words.push_back(Lexicon::MatchKey(w));
    for (const char* suf : {"", "ه", "ون", "ين", "ان", "تان", "تين"}) {
      std::string form;
      for (const auto& w : base_words) form += (form.empty() ? "" : " ") + w + suf;
      out->push_back({"demonym", form, code, Rel(dir, al.Where(r))});
    }
  }
  for (auto [file, table, kind] : {std::tuple{"/actors/people.tsv", "people", "person"},
                                   std::tuple{"/actors/organizations.tsv", "organizations", ""}}) {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + file, table, 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string info = fmt::format("{} {}{} {}", t.Get(r, "code"), *kind ? kind : std::string(t.Get(r, "kind")),
                                     Period(t.Get(r, "from"), t.Get(r, "to")), t.Get(r, "id"));
      out->push_back({"actor", Words(t.Get(r, "name")), info, Rel(dir, t.Where(r))});
      for (const auto& v : SplitBar(t.Get(r, "variants"))) out->push_back({"actor", Words(v), info, Rel(dir, t.Where(r))});
    }
  }
  return Status::Ok();
}

Status DumpRoles(const std::string& dir, std::vector<DumpEntry>* out) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/actors/roles.tsv", "roles", 1));
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string role(t.Get(r, "role"));
    std::string info = fmt::format("{} {}{}", role.empty() ? "-" : role, t.Get(r, "kind"),
                                   t.Get(r, "plural") == "1" ? " plural" : "");
    out->push_back({"role", Words(t.Get(r, "surface")), info, Rel(dir, t.Where(r))});
  }
  return Status::Ok();
}

Status DumpVerbs(const std::string& dir, std::vector<DumpEntry>* out) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/events/verbs.tsv", "verbs", 1));
  for (size_t r = 0; r < t.rows(); ++r) {
    bool noun = t.Get(r, "kind") == "noun";
    std::string info = fmt::format("{} {} preps={}", t.Get(r, "cameo"), t.Get(r, "id"),
                                   t.Get(r, "preps").empty() ? "" : std::string(t.Get(r, "preps")));
    if (!t.Get(r, "flags").empty()) info += fmt::format(" flags={}", t.Get(r, "flags"));
    for (const auto& form : SplitBar(t.Get(r, "forms"))) {
      std::vector<std::string> words = SplitWords(form);
      if (words.empty()) continue;
      std::string tail;
      for (size_t i = 1; i < words.size(); ++i) tail += " " + Lexicon::MatchKey(words[i]);
      std::vector<std::string> heads;
      if (noun) {
        heads.push_back(Lexicon::MatchKey(words[0]));
      } else {
        for (const auto& h : ConjugateHead(words[0])) heads.push_back(Lexicon::MatchKey(h));
      }
      for (const auto& h : heads)
        out->push_back({noun ? "noun" : "verb", h + tail, info, Rel(dir, t.Where(r))});
    }
  }
  return Status::Ok();
}

Status DumpCues(const std::string& dir, std::vector<DumpEntry>* out) {
  ASSIGN_OR_RETURN(CueTable cues, CueTable::Load(dir + "/attrib/cues.tsv"));
  for (const auto& row : cues.rows()) {
    std::string words;
    for (const auto& w : row.words) words += (words.empty() ? "" : " ") + w;
    out->push_back({"cue", words, fmt::format("{} {}", CueKindName(row.kind), row.label), "attrib/cues.tsv"});
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<DumpEntry>> DumpDictionaries(const std::string& dir, std::string_view table) {
  if (!table.empty() && table != "actors" && table != "roles" && table != "verbs" && table != "cues")
    return InvalidArgument(fmt::format("unknown table '{}' (actors, roles, verbs or cues)", table));
  ASSIGN_OR_RETURN(auto lex, Lexicon::Load(dir));
  std::vector<DumpEntry> out;
  if (table.empty() || table == "actors") RETURN_IF_ERROR(DumpActors(dir, *lex, &out));
  if (table.empty() || table == "roles") RETURN_IF_ERROR(DumpRoles(dir, &out));
  if (table.empty() || table == "verbs") RETURN_IF_ERROR(DumpVerbs(dir, &out));
  if (table.empty() || table == "cues") RETURN_IF_ERROR(DumpCues(dir, &out));
  return out;
}

}  // namespace mizan
