#include "place/place_cues.h"

#include <initializer_list>

#include "attrib/claim_words.h"

namespace mizan {
namespace {

// Prepositions that introduce where something happened: في، إلى، حول ...
bool IsIntroducer(const FormCache& f, idx_t t) {
  for (std::string_view w : {"في", "الي", "حول", "داخل", "قرب"})
    if (PlainIs(f, t, w)) return true;
  return false;
}

// Nouns of taking a place back: the city right after them is where the fighting is ("عملية تحرير درنة").
bool IsRetakeNoun(const FormCache& f, idx_t t) { return FormIsAny(f, t, {"تحرير", "استعاده"}); }

// Verbs of visiting and arriving: the place may follow after the subject ("زار الوزير دمشق").
bool IsVisitVerb(const FormCache& f, idx_t t) {
  return FormIsAny(f, t, {"زار", "زارت", "زاروا", "يزور", "تزور", "زياره", "وصل", "وصلت", "وصلوا", "يصل", "تصل",
                          "حط", "حطت"});
}

// Nouns that may stand between the introducer and the name: مدينة، العاصمة ...
bool IsDescriptor(const FormCache& f, idx_t t, bool* capital) {
  *capital = FormIsAny(f, t, {"عاصمه"});
  return *capital || FormIsAny(f, t, {"مدينه", "محافظه", "ولايه", "بلده", "منطقه", "ميناء", "قضاء", "اقليم",
                                      "قريه", "مستوطنه", "مخيم"});
}

// جنوب/شمال/شرق/غرب/وسط (and جنوبي ...): a region of a country or around a city.
bool IsDirection(const FormCache& f, idx_t t) {
  return FormIsAny(f, t, {"جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي"});
}

Cue MakeCue(const FormCache& f, idx_t s, idx_t b, idx_t e, const Place& p) {
  const Doc& doc = f.doc();
  Cue c;
  c.kind = CueKind::kPlace;
  c.tokens = {b, e};
  c.norm = {WordStartKeepingArticle(doc, b), doc.tokens[e - 1].norm.end};
  c.sentence = s;
  c.label = p.name;
  c.country = p.country;
  c.lat = p.lat;
  c.lon = p.lon;
  return c;
}

// The best of several places of one name: the country the phrase names, a capital after العاصمة, the
// country the document names most, then population.
idx_t Choose(const Gazetteer& gaz, const std::vector<idx_t>& ids, idx_t hint_country, bool capital,
             const std::map<std::string, int>& counts) {
  idx_t best = kNone;
  double best_score = -1;
  for (idx_t id : ids) {
    const Place& p = gaz.place(id);
    double score = 0;
    if (hint_country != kNone && gaz.place(hint_country).country == p.country) score += 1e6;
    if (capital && p.kind == Place::kCapital) score += 1e5;
    auto it = counts.find(p.country);
    if (it != counts.end()) score += 1e4 * std::min(it->second, 9);
    score += std::min<double>(p.population, 9e9) / 1e6;  // < 1e4 for any city on Earth
    if (score > best_score) best_score = score, best = id;
  }
  return best;
}

idx_t CapitalOf(const Gazetteer& gaz, const std::string& country) {
  for (idx_t i = 0; i < gaz.size(); ++i)
    if (gaz.place(i).kind == Place::kCapital && gaz.place(i).country == country) return i;
  return kNone;
}

}  // namespace

std::map<std::string, int> CountryCounts(const Gazetteer& gaz, const FormCache& forms) {
  std::map<std::string, int> counts;
  const Doc& doc = forms.doc();
  std::vector<idx_t> ids;
  for (const Mention& m : doc.mentions) {
    if (m.code.size() < 3 || m.code.compare(0, 3, "---") == 0) continue;
    // A name that is itself ambiguous ("طرابلس" read as the Libyan capital by the actor stage) is no
    // evidence for its own reading.
    idx_t len = 0;
    if (m.tokens.begin < doc.tokens.size() &&
        gaz.MatchCity(forms, m.tokens.begin, static_cast<idx_t>(doc.tokens.size()), &len, &ids) && ids.size() > 1) {
      bool mixed = false;
      for (idx_t id : ids) mixed |= gaz.place(id).country != gaz.place(ids[0]).country;
      if (mixed) continue;
    }
    std::string cc = m.code.substr(0, 3);
    if (gaz.CountryRow(cc) != kNone) ++counts[cc];
  }
  for (idx_t t = 0; t < doc.tokens.size(); ++t) {
    idx_t len = 0;
    idx_t row = gaz.MatchCountry(forms, t, static_cast<idx_t>(doc.tokens.size()), &len);
    if (row != kNone) ++counts[gaz.place(row).country];
  }
  return counts;
}

void FindPlaceCues(const Gazetteer& gaz, const FormCache& f, idx_t s, const std::map<std::string, int>& counts,
                   std::vector<Cue>* out) {
  const Doc& doc = f.doc();
  const Range sr = doc.sentences[s].tokens;
  std::vector<idx_t> ids;
  for (idx_t t = sr.begin; t < sr.end; ++t) {
    idx_t len = 0, skip = 0;
    // A region: "جنوب ليبيا", "الجنوب الليبي", "غرب طرابلس".
    if (IsDirection(f, t) && t + 1 < sr.end) {
      idx_t demonym = HasArticle(f, t) ? gaz.CountryOfDemonym(f, t + 1) : kNone;
      if (demonym != kNone) {
        out->push_back(MakeCue(f, s, t, t + 2, gaz.place(demonym)));
        ++t;
        continue;
      }
      idx_t country = gaz.MatchCountry(f, t + 1, sr.end, &len, &skip);
      // (Not a name joined by و: "كوريا الجنوبية وتايوان" names no region of Taiwan.)
      if (country != kNone && skip == 0) {
        out->push_back(MakeCue(f, s, t, t + 1 + len, gaz.place(country)));
        t += len;
        continue;
      }
    }
    // "في [مدينة|العاصمة [الأردنية]] <city>", "بالقاهرة".
    idx_t k = t;
    const bool by_bi = f.Plain(t).substr(0, 6) == "\xd8\xa8\xd8\xa7\xd9\x84";  // بال
    if (!by_bi) {
      if (IsVisitVerb(f, t)) {  // the first city within four words, in the same clause
        bool found = false;
        for (idx_t j = t + 1; j < sr.end && j <= t + 4 && !(doc.tokens[j].flags & kTokPunct); ++j) {
          if (gaz.MatchCity(f, j, sr.end, &len, &ids, &skip)) {
            out->push_back(MakeCue(f, s, j, j + len, gaz.place(Choose(gaz, ids, kNone, false, counts))));
            out->back().norm.begin = doc.tokens[j].norm.begin + skip;
            t = j + len - 1;
            found = true;
            break;
          }
          // "زار الرئيس روسيا", "وصل إلى الجزائر": a visit to a country takes place in it (the
          // country's row carries its capital's coordinates).
          idx_t row = gaz.MatchCountry(f, j, sr.end, &len, &skip);
          if (row != kNone && skip <= 2 && !(doc.tokens[j].proclitics & (kProWa | kProFa))) {
            out->push_back(MakeCue(f, s, j, j + len, gaz.place(row)));
            out->back().norm.begin = doc.tokens[j].norm.begin + skip;
            t = j + len - 1;
            found = true;
            break;
          }
        }
        // "زيارة تستمر يومين، إلى روسيا", "الزيارة الرسمية التي يقوم بها إلى بريطانيا": the
        // destination after إلى, further on, across commas.
        for (idx_t j = t + 1; !found && j + 1 < sr.end && j <= t + 9; ++j) {
          if ((doc.tokens[j].flags & kTokPunct) && !(doc.tokens[j].flags & kTokClauseSep)) break;
          if (!PlainIs(f, j, "الي")) continue;  // إلى, normalized
          idx_t row = gaz.MatchCountry(f, j + 1, sr.end, &len, &skip);
          if (row == kNone || skip != 0) break;
          out->push_back(MakeCue(f, s, j + 1, j + 1 + len, gaz.place(row)));
          t = j + len;
          found = true;
        }
        if (found) continue;
        k = t + 1;
      } else if (IsIntroducer(f, t) || IsRetakeNoun(f, t)) {
        k = t + 1;
      } else {
        // "على مستوطنة كريات شمونة", "قصفت بلدة بنت جبيل": a noun of places names a place after any
        // word (not العاصمة, which names a government as often).
        bool cap = false;
        // (every noun of places ends in ه، ء or م: a cheap test before the forms)
        const std::string_view w = f.Plain(t);
        const std::string_view last = w.size() >= 2 ? w.substr(w.size() - 2) : std::string_view();
        if (last != "\xd9\x87" && last != "\xd8\xa1" && last != "\xd9\x85") continue;  // ه ء م
        if (!IsDescriptor(f, t, &cap) || cap) continue;
      }
    }
    bool capital = false;
    idx_t hint = kNone;
    if (k < sr.end && IsDescriptor(f, k, &capital)) {
      ++k;
      if (k < sr.end && (hint = gaz.CountryOfDemonym(f, k)) != kNone) ++k;
    }
    if (k < sr.end && gaz.MatchCity(f, k, sr.end, &len, &ids, &skip)) {
      // The country right after the name: "طرابلس اللبنانية", "طرابلس شمال لبنان", "طرابلس في لبنان".
      const idx_t after = k + len;
      idx_t clen = 0;
      if (hint == kNone && after < sr.end) {
        hint = gaz.CountryOfDemonym(f, after);
        if (hint == kNone && after + 1 < sr.end && (IsDirection(f, after) || PlainIs(f, after, "في")))
          hint = gaz.MatchCountry(f, after + 1, sr.end, &clen);
      }
      idx_t best = Choose(gaz, ids, hint, capital, counts);
      Cue c = MakeCue(f, s, k, k + len, gaz.place(best));
      c.norm.begin = doc.tokens[k].norm.begin + skip;  // "بالقاهرة", "وباريس": the name only
      out->push_back(std::move(c));
      t = k + len - 1;
    } else if (capital && hint != kNone) {  // "في العاصمة الليبية" with no name: that country's capital
      idx_t cap = CapitalOf(gaz, gaz.place(hint).country);
      if (cap != kNone) {
        Cue c = MakeCue(f, s, t + 1, k, gaz.place(cap));
        out->push_back(std::move(c));
        t = k - 1;
      }
    }
  }
}

}  // namespace mizan
