#include "place/gazetteer.h"

#include "lex/tsv.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

namespace mizan {
namespace {

double ToDouble(std::string_view s) { return s.empty() ? 0.0 : std::strtod(std::string(s).c_str(), nullptr); }

constexpr std::string_view kHa = "\xd9\x87";  // ه: the feminine ending once ة is normalized

// Whether a normalized word carries the article, by the rule SurfaceWords drops it with.
bool Definite(std::string_view w) { return DropArticleView(w).size() != w.size(); }

// The forms a written word can give a place name's first word: without و/ف, then بـ/لـ/كـ, then the
// article, each with whether the article was there and the bytes before the name (the article
// counts as the name's). Stricter than the cue forms (FormCache): no pronoun suffix comes off
// ("الصورة" is not الصور + ه) and the article must agree with the name's, so that "البيان" is not the
// town بيان, nor "البنوك" بـ + نوك.
struct PlaceForm {
  std::string_view word;  // a suffix of the written word
  bool definite;
  idx_t skip;
};

void PlaceForms(std::string_view w, std::vector<PlaceForm>* out) {
  out->clear();
  auto add = [&](std::string_view b, idx_t skip) {
    if (utf8::CountCodePoints(b) < 2) return;
    if (Definite(b)) out->push_back({DropArticleView(b), true, skip});
    else out->push_back({b, false, skip});
  };
  add(w, 0);
  for (idx_t o : {idx_t{0}, idx_t{2}}) {
    if (o == 2 && !((w.substr(0, 2) == "\xd9\x88" || w.substr(0, 2) == "\xd9\x81") && utf8::CountCodePoints(w) >= 3)) break;
    std::string_view b = w.substr(o);
    if (o == 2) add(b, o);
    if (b.substr(0, 4) == "\xd9\x84\xd9\x84" && utf8::CountCodePoints(b) >= 4) {  // لل = لـ + ال
      out->push_back({b.substr(4), true, o});
    } else if ((b.substr(0, 2) == "\xd8\xa8" || b.substr(0, 2) == "\xd9\x84" || b.substr(0, 2) == "\xd9\x83") &&
               utf8::CountCodePoints(b) >= 3) {
      add(b.substr(2), o + 2);
    }
  }
}

}  // namespace

StatusOr<Gazetteer> Gazetteer::Load(const std::string& path) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(path, "gazetteer", 1));
  return FromTable(t);
}

StatusOr<Gazetteer> Gazetteer::Parse(std::string_view text, std::string_view origin) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Parse(text, origin, "gazetteer", 1));
  return FromTable(t);
}

StatusOr<Gazetteer> Gazetteer::FromTable(const TsvTable& t) {
  Gazetteer g;
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.Get(r, "name").empty() || t.Get(r, "country").empty() || t.Get(r, "kind").empty())
      return InvalidArgument(fmt::format("{}: expected name, country and kind", t.Where(r)));
    Place p;
    p.name = std::string(t.Get(r, "name"));
    p.country = std::string(t.Get(r, "country"));
    p.lat = ToDouble(t.Get(r, "lat"));
    p.lon = ToDouble(t.Get(r, "lon"));
    std::string_view pop = t.Get(r, "population");
    std::from_chars(pop.data(), pop.data() + pop.size(), p.population);
    p.admin1 = std::string(t.Get(r, "admin1"));
    std::string_view kind = t.Get(r, "kind");
    p.kind = kind == "country" ? Place::kCountry : kind == "capital" ? Place::kCapital : Place::kCity;
    const idx_t row = static_cast<idx_t>(g.places_.size());
    g.places_.push_back(std::move(p));
    std::vector<std::string> surfaces = {std::string(t.Get(r, "name"))};
    for (const std::string& v : SplitBar(t.Get(r, "variants"))) surfaces.push_back(v);
    for (const std::string& sf : surfaces) {
      Name n{SurfaceWords(sf), row, Definite(NormalizeForMatch(sf))};
      if (n.words.empty()) continue;
      g.by_first_[n.words[0]].push_back(static_cast<idx_t>(g.names_.size()));
      g.first_filter_.Add(n.words[0]);
      g.names_.push_back(std::move(n));
    }
    if (g.places_[row].kind == Place::kCountry) {
      g.countries_.emplace(g.places_[row].country, row);
      for (const std::string& d : SplitBar(t.Get(r, "demonyms"))) {
        std::vector<std::string> w = SurfaceWords(d);
        if (w.size() == 1) g.demonyms_.emplace(w[0], row);
      }
    }
  }
  return g;
}

bool Gazetteer::Match(const FormCache& forms, idx_t t, idx_t end, bool countries, idx_t* len,
                      std::vector<idx_t>* ids, idx_t* skip) const {
  ids->clear();
  *len = 0;
  if (t >= forms.size() || !(forms.doc().tokens[t].flags & kTokWord)) return false;
  thread_local std::vector<PlaceForm> first;
  PlaceForms(forms.Plain(t), &first);
  for (const auto& [f, definite, bytes] : first) {
    if (!first_filter_.MayContain(f)) continue;
    auto it = by_first_.find(f);
    if (it == by_first_.end()) continue;
    for (idx_t ni : it->second) {
      const Name& n = names_[ni];
      const Place& p = places_[n.place];
      if ((p.kind == Place::kCountry) != countries || n.definite != definite) continue;
      const idx_t k = static_cast<idx_t>(n.words.size());
      if (t + k > end || k < *len) continue;
      bool ok = true;
      for (idx_t i = 1; i < k && ok; ++i) ok = FormsMatch(forms.Forms(t + i), n.words[i], false);
      if (!ok) continue;
      if (k > *len) {
        ids->clear();
        *len = k;
        if (skip) *skip = bytes;
      }
      if (std::find(ids->begin(), ids->end(), n.place) == ids->end()) ids->push_back(n.place);
    }
  }
  return !ids->empty();
}

bool Gazetteer::MatchCity(const FormCache& forms, idx_t t, idx_t end, idx_t* len,
                          std::vector<idx_t>* ids, idx_t* skip) const {
  return Match(forms, t, end, false, len, ids, skip);
}

idx_t Gazetteer::MatchCountry(const FormCache& forms, idx_t t, idx_t end, idx_t* len, idx_t* skip) const {
  std::vector<idx_t> ids;
  if (!Match(forms, t, end, true, len, &ids, skip)) return kNone;
  return ids[0];
}

idx_t Gazetteer::CountryOfDemonym(const FormCache& forms, idx_t t) const {
  for (const std::string& f : forms.Forms(t)) {
    std::string_view v = f;
    for (int pass = 0; pass < 2; ++pass) {
      auto it = demonyms_.find(std::string(v));
      if (it != demonyms_.end()) return it->second;
      // ليبيه -> ليبي; ليبيين/ليبيون -> ليبي
      if (v.size() > kHa.size() && v.substr(v.size() - kHa.size()) == kHa) v.remove_suffix(kHa.size());
      else if (v.size() > 4 && (v.substr(v.size() - 4) == "\xd9\x8a\xd9\x86" || v.substr(v.size() - 4) == "\xd9\x88\xd9\x86"))
        v.remove_suffix(4);
      else break;
    }
  }
  return kNone;
}

idx_t Gazetteer::CountryRow(std::string_view alpha3) const {
  auto it = countries_.find(std::string(alpha3));
  return it == countries_.end() ? kNone : it->second;
}

}  // namespace mizan
