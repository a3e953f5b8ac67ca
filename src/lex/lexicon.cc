// Loads data/ into a Lexicon: ICU country names plus the project's TSV dictionaries, all in matching form.
#include "mizan/lexicon.h"
#include "text/utf8.h"

#include <algorithm>
#include <fstream>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "lex/conjugate.h"
#include "lex/tsv.h"

namespace mizan {

std::string NormalizeForMatch(std::string_view utf8);  // text/normalize.h

namespace {

ActorKind ParseKind(std::string_view k) {
  if (k == "person") return ActorKind::kPerson;
  if (k == "group") return ActorKind::kGroup;
  if (k == "state") return ActorKind::kState;
  return ActorKind::kOrganization;
}

}  // namespace

bool Lexicon::HasArticle(std::string_view word) { return word.starts_with("ال"); }

bool Lexicon::IsPreposition(std::string_view key) {
  static const char* const kPreps[] = {"من", "مع", "الي", "علي", "عن", "في", "ضد", "لدي", "نحو", "عبر", "بين", "بحق", "تجاه", "لصالح",
                                       "ل", "ب", "ك"};  // (detached, with a tatweel: لـ"داعش"، بـ"التواطؤ")
  for (const char* p : kPreps)
    if (key == p) return true;
  return false;
}

bool Lexicon::AfterPreposition(const Doc& doc, idx_t t) {
  if (doc.tokens[t].proclitics & (kProBi | kProLi | kProKa)) return true;
  return t > 0 && t - 1 < doc.token_keys.size() && doc.tokens[t - 1].sentence == doc.tokens[t].sentence &&
         IsPreposition(doc.token_keys[t - 1]);
}

bool Lexicon::AfterReportingAside(const Doc& doc, idx_t t) {
  if (t < 2 || t - 1 >= doc.token_keys.size()) return false;
  const idx_t sent = doc.tokens[t].sentence;
  const idx_t v = t - 1, w = t - 2;
  if (doc.tokens[v].sentence != sent || doc.tokens[w].sentence != sent || doc.tokens[v].enclitic == Enclitic::kNone)
    return false;
  std::string_view ma = doc.token_keys[w];
  if (ma == "حسبما" || ma == "وفقما") return true;
  if (w == 0 || doc.tokens[w - 1].sentence != sent) return false;
  std::string_view before = doc.token_keys[w - 1];
  if (ma == "ما") return before == "حسب" || before == "بحسب" || before == "وفق";
  if (ma == "لما") return before == "وفقا" || before == "طبقا" || before == "تبعا" || before == "استنادا";
  return false;
}

bool Lexicon::IsNisba(std::string_view key) {
  return (key.size() > 4 && key.ends_with("ي")) || (key.size() > 6 && key.ends_with("يه"));
}

std::string Lexicon::MatchKey(std::string_view word) {
  std::string w = NormalizeForMatch(word);
  // The definite article is dropped everywhere so "الرئيس" and "رئيس" meet; keep 2+ letters. Twice,
  // as TokenKeys does: a text's "الألمان" whose article the segmenter took is "المان", which loses
  // its leading ال again there, so the dictionary's "الألمان" must too.
  for (int i = 0; i < 2 && w.starts_with("ال") && utf8::CountCodePoints(w) >= 4; ++i) w.erase(0, 4);
  if (w == "ابن") w = "بن";  // "son of" in a name is written both ways: "جيش خالد ابن الوليد", "محمد ابن سلمان"
  return w;
}

// Collects rows into a Lexicon; phrases are indexed by their first word.
class LexiconBuilder {
 public:
  explicit LexiconBuilder(Lexicon* lex) : lex_(lex) {}

  void AddPhrase(std::string_view surface, LexHit::Table table, idx_t row) {
    std::vector<std::string> words;
    for (const auto& w : SplitWords(NormalizeForMatch(surface))) {
      std::string k = Lexicon::MatchKey(w);
      if (!k.empty()) words.push_back(k);
    }
    AddWords(std::move(words), table, row);
  }

  void AddWords(std::vector<std::string> words, LexHit::Table table, idx_t row) {
    if (words.empty()) return;
    // "بين" inside a pattern ("اتفاق بين") is no word of the dictionaries: known, it would make the
    // segmenter split "بينهم", which the rules read whole ("قتل سبعة بينهم امرأة": a part of the
    // victims); on the GSR sentences that split moved a dozen codings and the filter's CV fell.
    for (size_t i = 0; i < words.size(); ++i)
      if (table != LexHit::kPattern || i == 0 || words[i] != "بين") lex_->known_words_.insert(words[i]);
    idx_t id = static_cast<idx_t>(lex_->phrases_.size());
    lex_->by_first_word_[words[0]].push_back(id);
    lex_->phrases_.push_back({std::move(words), table, row, {}, {}});
  }

 private:
  Lexicon* lex_;
};

// ICU/CLDR: one Arabic display name per ISO region; aliases come from country_aliases.tsv. Indexed
// once per process: the display-name lookup, normalizing ~250 names and building their phrase index
// were two thirds of a dictionary load, and they cannot change while the process runs (a server
// reloading its dictionaries, or a test or fuzz target loading many Lexicons, pays it once). Each
// Lexicon keeps only which names its country_aliases.tsv vetoes and the actor rows of the others.
// Leaked on purpose: no destructor-order questions.
struct Lexicon::CldrIndex {
  // One ICU/CLDR country: its alpha-3 code, Arabic display name, the name normalized for matching and
  // the name's match keys word by word (what LexiconBuilder::AddPhrase would compute).
  struct Country {
    std::string alpha3, name, normalized;
    std::vector<std::string> keys;
  };
  std::vector<Country> countries;
  std::unordered_map<std::string, std::string> names;                 // alpha3 -> Arabic name
  std::unordered_map<std::string, std::vector<idx_t>> by_first_word;  // key -> countries, in order
  // Every word of every name -> the countries whose name has it (known only while one is not vetoed).
  std::unordered_map<std::string, std::vector<idx_t>, ViewHash, std::equal_to<>> words;

  static const CldrIndex& Get() {
    static const auto* index = [] {
      auto* out = new CldrIndex();
      icu::Locale ar("ar");
      for (const char* const* cc = icu::Locale::getISOCountries(); *cc; ++cc) {
        icu::Locale loc("", *cc);
        std::string alpha3 = loc.getISO3Country();
        if (alpha3.size() != 3) continue;
        icu::UnicodeString display;
        loc.getDisplayCountry(ar, display);
        std::string name;
        display.toUTF8String(name);
        if (name.empty() || name == *cc) continue;
        Country c{std::move(alpha3), std::move(name), {}, {}};
        c.normalized = NormalizeForMatch(c.name);
        for (const auto& w : SplitWords(c.normalized)) {
          std::string k = Lexicon::MatchKey(w);
          if (!k.empty()) c.keys.push_back(std::move(k));
        }
        out->names[c.alpha3] = c.name;
        const idx_t i = static_cast<idx_t>(out->countries.size());
        if (!c.keys.empty()) {
          out->by_first_word[c.keys[0]].push_back(i);
          for (const auto& k : c.keys) {
            auto& list = out->words[k];
            if (list.empty() || list.back() != i) list.push_back(i);
          }
        }
        out->countries.push_back(std::move(c));
      }
      return out;
    }();
    return *index;
  }
};

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  auto lex = std::make_unique<Lexicon>();
  LexiconBuilder b(lex.get());
  {
    std::ifstream v(dir + "/VERSION");
    if (!v) return NotFound(fmt::format("no data directory at {} (missing VERSION); set --data or MIZAN_DATA", dir));
    std::getline(v, lex->version_);
  }
  // Country aliases, capitals, metonyms and demonyms; `not` rows veto an ambiguous CLDR name.
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/actors/country_aliases.tsv", "country-aliases", 1));
    std::unordered_set<std::string> not_names;
    for (size_t r = 0; r < t.rows(); ++r)
      if (t.Get(r, "kind") == "not") not_names.insert(NormalizeForMatch(t.Get(r, "surface")));
    // CLDR names first (actor rows 0..n-1, as before aliases); some are other words once normalized
    // (عُمان = عمّان, the capital of Jordan; مالي = "financial"): `not` rows veto them, and only their
    // longer alias forms match.
    const CldrIndex& cldr = CldrIndex::Get();
    lex->cldr_ = &cldr;
    lex->cldr_rows_.assign(cldr.countries.size(), kVetoed);
    lex->actors_.reserve(cldr.countries.size() + t.rows());
    for (size_t i = 0; i < cldr.countries.size(); ++i) {
      const CldrIndex::Country& c = cldr.countries[i];
      if (not_names.count(c.normalized)) continue;
      lex->cldr_rows_[i] = static_cast<idx_t>(lex->actors_.size());
      lex->actors_.push_back({"state:" + c.alpha3, c.name, c.alpha3, ActorKind::kState, "", "", MentionVia::kName});
      lex->cldr_phrases_ += !c.keys.empty();
    }
    std::unordered_map<std::string, idx_t> demonym_row;
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string code(t.Get(r, "code"));
      std::string kind(t.Get(r, "kind"));
      std::string surface(t.Get(r, "surface"));
      if (code.empty() || surface.empty()) return InvalidArgument(t.Where(r) + ": code and surface are required");
      if (kind == "not") continue;
      if (kind == "demonym") {
        auto [it, fresh] = demonym_row.emplace(code, static_cast<idx_t>(lex->demonyms_.size()));
        if (fresh) lex->demonyms_.push_back(code);
        // Nisba adjective inflections: m, f, m/f dual, m/f plural (sound). A two-word adjective
        // ("كوري جنوبي") agrees in both words: "الكورية الجنوبية", "الكوريين الجنوبيين".
        std::vector<std::string> base_words;
        for (const auto& w : SplitWords(NormalizeForMatch(surface))) base_words.push_back(MatchKey(w));
        if (base_words.empty()) continue;
        for (const char* suf : {"", "ه", "ون", "ين", "ان", "تان", "تين"}) {
          std::vector<std::string> forms;
          for (const auto& w : base_words) forms.push_back(w + suf);
          b.AddWords(std::move(forms), LexHit::kDemonym, it->second);
        }
        continue;
      }
      auto known_name = cldr.names.find(code);
      std::string name = known_name != cldr.names.end() ? known_name->second : surface;
      ActorEntry e{"state:" + code, name, code, ActorKind::kState, "", "",
                   kind == "name" ? MentionVia::kName : MentionVia::kMetonym};
      // "الاحتلال" (Israel) needs its article: "احتلال مطار بانكوك" is an occupation.
      e.one_word_article = surface.find(' ') == std::string::npos && Lexicon::HasArticle(surface);
      idx_t row = static_cast<idx_t>(lex->actors_.size());
      lex->actors_.push_back(e);
      b.AddPhrase(surface, LexHit::kActor, row);
    }
  }
  // People (one row per period of a dated code) and organizations share one shape: a name, variants.
  for (const bool people : {true, false}) {
    ASSIGN_OR_RETURN(TsvTable t, people ? TsvTable::Read(dir + "/actors/people.tsv", "people", 1)
                                        : TsvTable::Read(dir + "/actors/organizations.tsv", "organizations", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      ActorEntry e;
      e.id = (people ? "person:" : "org:") + std::string(t.Get(r, "id"));
      e.name = std::string(t.Get(r, "name"));
      e.code = std::string(t.Get(r, "code"));
      if (people) {
        e.kind = ActorKind::kPerson;
        e.from = std::string(t.Get(r, "from"));
        e.to = std::string(t.Get(r, "to"));
      } else {
        e.kind = ParseKind(t.Get(r, "kind"));
        if (e.kind == ActorKind::kState || e.kind == ActorKind::kPerson) e.kind = ActorKind::kOrganization;
      }
      if (e.name.empty() || e.code.size() < 3) return InvalidArgument(t.Where(r) + ": name and code are required");
      // One-word forms: do they all carry the article?
      int one_word = 0, with_article = 0;
      auto count_form = [&](std::string_view f) {
        if (f.find(' ') != std::string_view::npos) return;
        ++one_word;
        with_article += Lexicon::HasArticle(f);
      };
      count_form(e.name);
      for (const auto& v : SplitBar(t.Get(r, "variants"))) count_form(v);
      e.one_word_article = one_word > 0 && with_article == one_word;
      e.one_word_bare = e.kind == ActorKind::kPerson && one_word > 0 && with_article == 0;
      idx_t row = static_cast<idx_t>(lex->actors_.size());
      lex->actors_.push_back(e);
      b.AddPhrase(e.name, LexHit::kActor, row);
      for (const auto& v : SplitBar(t.Get(r, "variants"))) b.AddPhrase(v, LexHit::kActor, row);
    }
  }
  // Roles.
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/actors/roles.tsv", "roles", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      RoleEntry e;
      e.role = std::string(t.Get(r, "role"));
      e.kind = ParseKind(t.Get(r, "kind"));
      e.plural = t.Get(r, "plural") == "1";
      std::string surface(t.Get(r, "surface"));
      if (surface.empty()) return InvalidArgument(t.Where(r) + ": surface is required");
      if (e.role.size() % 3 != 0) return InvalidArgument(t.Where(r) + ": role must be 3-letter codes");
      idx_t row = static_cast<idx_t>(lex->roles_.size());
      lex->roles_.push_back(e);
      b.AddPhrase(surface, LexHit::kRole, row);
    }
  }
  // Event patterns: verbs are conjugated here, nouns taken as written.
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/events/verbs.tsv", "verbs", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      PatternEntry e;
      e.id = std::string(t.Get(r, "id"));
      e.cameo = std::string(t.Get(r, "cameo"));
      e.noun = t.Get(r, "kind") == "noun";
      e.preps.clear();
      for (const auto& p : SplitBar(t.Get(r, "preps"))) e.preps.push_back(p == "-" ? p : NormalizeForMatch(p));
      for (const auto& f : SplitBar(t.Get(r, "flags"))) {
        if (f == "inverse") e.inverse = true;
        if (f == "symmetric") e.symmetric = true;
        if (f == "place_adjective") e.place_adjective = true;
        if (f == "patient_genitive") e.patient_genitive = true;
        if (f == "participle") e.participle = true;
        if (f == "no_article_noun") e.no_article_noun = true;
        if (f == "article_noun") e.article_noun = true;
        if (f == "retake") e.retake = true;
      }
      if (e.cameo.empty()) return InvalidArgument(t.Where(r) + ": cameo is required");
      for (const auto& form : SplitBar(t.Get(r, "forms"))) {
        std::vector<std::string> words = SplitWords(form);
        if (words.empty()) continue;
        std::vector<std::string> tail;
        for (size_t i = 1; i < words.size(); ++i) tail.push_back(Lexicon::MatchKey(words[i]));
        PatternEntry pe = e;
        pe.tail = tail;
        idx_t row = static_cast<idx_t>(lex->patterns_.size());
        lex->patterns_.push_back(pe);
        std::vector<std::string> heads;
        if (!e.noun) {
          heads = ConjugateHead(words[0]);
          // Keys drop a leading ال like every other word ("التقى" -> "تقي"), as the text side does; a
          // key that only such a form gives needs the article in the text (the name "تقي الدين").
          for (auto& h : heads) {
            std::string key = MatchKey(h);
            const bool had_article = key.size() < h.size();
            auto [it, fresh] = lex->verb_article_.emplace(key, had_article);
            if (!fresh && !had_article) it->second = false;
            h = std::move(key);
          }
          // The perfect's keys: only a perfect written with ال can be the verb's noun ("القصف"); an
          // imperfect never takes the article ("النصف" is "the half", not نَصِف 'we describe').
          const std::string_view head(words[0]);
          const size_t slash = head.find('/');
          for (const auto& pf : slash == std::string_view::npos ? ConjugateHead(head)
                                                                : ConjugateHead(std::string(head.substr(0, slash)) + "/-"))
            lex->verb_perfect_.insert(MatchKey(pf));
        } else {
          heads.push_back(Lexicon::MatchKey(words[0]));
        }
        for (const auto& h : heads) {
          std::vector<std::string> ws{h};
          ws.insert(ws.end(), tail.begin(), tail.end());
          b.AddWords(std::move(ws), LexHit::kPattern, row);
        }
      }
    }
  }
  // Codes that depend on an actor's role; checked against the patterns and CAMEO table below.
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/events/role_codes.tsv", "role-codes", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      RoleCodeRule rule;
      rule.pattern = std::string(t.Get(r, "pattern"));
      const std::string_view side = t.Get(r, "side");
      rule.on_target = side == "target";
      rule.roles = SplitWords(std::string(t.Get(r, "roles")));
      rule.cameo = std::string(t.Get(r, "cameo"));
      if (side != "source" && side != "target") return InvalidArgument(t.Where(r) + ": side must be source or target");
      if (rule.pattern.empty() || rule.cameo.empty() || rule.roles.empty())
        return InvalidArgument(t.Where(r) + ": pattern, roles and cameo are required");
      for (const auto& role : rule.roles)
        if (role.size() != 3) return InvalidArgument(t.Where(r) + ": role '" + role + "' is not a 3-letter code");
      const bool known = std::any_of(lex->patterns_.begin(), lex->patterns_.end(), [&](const PatternEntry& p) {
        return p.id == rule.pattern || p.cameo == rule.pattern;
      });
      if (!known) return InvalidArgument(t.Where(r) + ": no verbs.tsv pattern has id or code '" + rule.pattern + "'");
      lex->role_codes_.push_back(std::move(rule));
    }
  }
  // Cues (attribution, certainty, negation, brokers) are loaded by the claims stage itself, but
  // their words are known words for the segmenter.
  std::unordered_set<std::string> listed;  // words known in their own right (cues, words.tsv)
  {
    auto t = TsvTable::Read(dir + "/attrib/cues.tsv", "cues", 1);
    if (t.ok()) {
      for (size_t r = 0; r < t->rows(); ++r)
        for (const auto& w : SplitWords(NormalizeForMatch(t->Get(r, "surface")))) listed.insert(MatchKey(w));
    }
  }
  {
    auto t = TsvTable::Read(dir + "/text/words.tsv", "words", 1);
    if (t.ok()) {
      for (size_t r = 0; r < t->rows(); ++r) listed.insert(MatchKey(t->Get(r, "word")));
    }
  }
  // Word classes for the argument and actor rules (Lexicon::InClass).
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/text/word_classes.tsv", "word-classes", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string_view name = t.Get(r, "class");
      // (thing_phrase holds two words, a noun and its adjective, each in its matching form)
      const bool phrase = name == "thing_phrase";
      std::string key;
      for (const auto& w : SplitWords(NormalizeForMatch(t.Get(r, "word")))) key += (key.empty() ? "" : " ") + MatchKey(w);
      if (name.empty() || key.empty() || (key.find(' ') != std::string::npos) != phrase)
        return InvalidArgument(t.Where(r) + (phrase ? ": need a noun and its adjective" : ": need a class and one word"));
      WordClass cls;
      if (!WordClassNamed(name, &cls)) {
        std::string known;
        for (size_t i = 0; i < static_cast<size_t>(WordClass::kCount); ++i)
          known += (i ? ", " : "") + std::string(WordClassName(static_cast<WordClass>(i)));
        return InvalidArgument(t.Where(r) + ": unknown class '" + std::string(name) + "' (the code reads " + known +
                               ")");
      }
      lex->classes_[static_cast<size_t>(cls)].insert(std::move(key));
    }
  }
  lex->DropCliticTails(listed);
  lex->known_words_.insert(listed.begin(), listed.end());
  // CAMEO code table.
  {
    ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(dir + "/cameo/event_codes.tsv", "cameo", 1));
    for (size_t r = 0; r < t.rows(); ++r) {
      CameoInfo c;
      c.code = std::string(t.Get(r, "code"));
      c.name = std::string(t.Get(r, "name"));
      c.goldstein = std::atof(std::string(t.Get(r, "goldstein")).c_str());
      c.quad = std::atoi(std::string(t.Get(r, "quad")).c_str());
      c.plover = std::string(t.Get(r, "plover"));
      c.plover_mode = std::string(t.Get(r, "plover_mode"));
      lex->cameo_[c.code] = c;
    }
    for (const auto& p : lex->patterns_)
      if (!lex->cameo_.count(p.cameo))
        return InvalidArgument(fmt::format("verbs.tsv: pattern '{}' has unknown CAMEO code {}", p.id, p.cameo));
    for (const auto& rule : lex->role_codes_)
      if (!lex->cameo_.count(rule.cameo))
        return InvalidArgument(fmt::format("role_codes.tsv: pattern '{}' turns to unknown CAMEO code {}", rule.pattern, rule.cameo));
  }
  // Longest phrases first, so MatchAt reports them first.
  for (auto& [w, ids] : lex->by_first_word_) {
    std::stable_sort(ids.begin(), ids.end(), [&](idx_t a, idx_t c) {
      return lex->phrases_[a].words.size() > lex->phrases_[c].words.size();
    });
  }
  for (const std::string& w : lex->known_words_) lex->known_filter_.Add(w);
  if (lex->cldr_ != nullptr)
    for (const auto& [w, rows] : lex->cldr_->words) lex->known_filter_.Add(w);
  lex->known_filter_ready_ = true;
  for (const auto& [w, ids] : lex->by_first_word_) lex->first_filter_.Add(w);
  if (lex->cldr_ != nullptr)
    for (const auto& [w, rows] : lex->cldr_->by_first_word) lex->first_filter_.Add(w);
  lex->first_filter_ready_ = true;
  return lex;
}

const std::string& Lexicon::CodeForRoles(const PatternEntry& p, std::string_view source, std::string_view target) const {
  for (const RoleCodeRule& rule : role_codes_) {
    if (rule.pattern != p.id && rule.pattern != p.cameo) continue;
    const std::string_view code = rule.on_target ? target : source;
    if (code.size() < 6) continue;
    const std::string_view role = code.substr(3, 3);
    for (const auto& r : rule.roles)
      if (r == role) return rule.cameo;
  }
  return p.cameo;
}

namespace {

// The proclitics a pattern's tail word may be written with ("هدد بقصف", "طالب بالانسحاب", "تمهيدا لوقف").
struct TailClitic {
  std::string_view text;
  uint8_t bits;
};
constexpr TailClitic kTailClitics[] = {{"بال", kProBi | kProAl}, {"لل", kProLi | kProAl}, {"ب", kProBi}, {"ل", kProLi}};

// Whether a is b followed by an alef (U+0627): accusative tanween is written with one ("اتصالا").
bool PlusAlef(std::string_view a, std::string_view b) {
  return a.size() == b.size() + 2 && a.compare(0, b.size(), b) == 0 && a.compare(b.size(), 2, "\xd8\xa7") == 0;
}

// The same word, or the same but for a tanween alef on either side ("اتصال" / "اتصالا").
bool SameUpToTanween(std::string_view a, std::string_view b) { return a == b || PlusAlef(a, b) || PlusAlef(b, a); }

}  // namespace

void Lexicon::DropCliticTails(const std::unordered_set<std::string>& listed) {
  // A tail word written with its preposition ("بقصف" in "هدد بقصف") would make that spelling a known
  // word, and the segmenter keeps known words whole: "قامت القوات بقصف مواقع" then had no "قصف" to
  // match. Such a tail is matched as its proclitics and the rest of the word (MatchAt), and the
  // spelling is dropped from the known words unless something else lists it.
  std::unordered_set<std::string> keep(listed.begin(), listed.end());
  for (const Phrase& ph : phrases_)
    for (size_t i = 0; i < ph.words.size(); ++i)
      if (ph.table != LexHit::kPattern || i == 0) keep.insert(ph.words[i]);
  for (Phrase& ph : phrases_) {
    if (ph.table != LexHit::kPattern) continue;
    for (size_t i = 1; i < ph.words.size(); ++i) {
      const std::string& w = ph.words[i];
      for (const TailClitic& c : kTailClitics) {
        if (w.size() < c.text.size() + 4 || w.compare(0, c.text.size(), c.text) != 0) continue;
        std::string rest = w.substr(c.text.size());
        if (!IsKnownKey(rest) && !listed.count(rest)) break;
        if (ph.tail_bits.empty()) {
          ph.tail_bits.assign(ph.words.size(), 0);
          ph.tail_bare.assign(ph.words.size(), std::string());
        }
        ph.tail_bits[i] = c.bits;
        ph.tail_bare[i] = std::move(rest);
        if (!keep.count(w)) known_words_.erase(w);
        break;
      }
    }
  }
  // "المفوضية العليا للاجئين": ل + اللاجئين is written للاجئين (the article's ل merges into the stem's own
  // ل). Known whole, that spelling kept the segmenter from reading "للاجئين السوريين" as ل + لاجئين, the
  // refugees. A phrase's word so written (after its first) is the stem, and the spelling no known word,
  // unless the common reading ل + ال + the rest after "لل" is a known word too.
  for (Phrase& ph : phrases_) {
    if (ph.table == LexHit::kPattern) continue;  // (a pattern's tail words are read above)
    for (size_t i = 1; i < ph.words.size(); ++i) {
      std::string& w = ph.words[i];
      if (utf8::CountCodePoints(w) < 5 || w.compare(0, 4, "\xd9\x84\xd9\x84") != 0) continue;  // لل
      std::string rest = w.substr(2);
      if (!IsKnownKey(rest) && !listed.count(rest)) continue;
      // (not when ل + ال + the word after "لل" reads as well: "للقوات" is the forces, whatever "لقوات" is)
      const std::string after_article = w.substr(4);
      if (IsKnownKey(after_article) || listed.count(after_article)) continue;
      if (!listed.count(w)) known_words_.erase(w);
      w = std::move(rest);
    }
  }
}

std::vector<std::string> Lexicon::TokenKeys(const Doc& doc) const {
  std::vector<std::string> keys;
  keys.reserve(doc.tokens.size());
  for (idx_t t = 0; t < doc.tokens.size(); ++t) {
    std::string_view stem = doc.StemText(t);
    // The normalized text is already in matching form; only the article may remain when the
    // segmenter did not know the rest.
    std::string k(stem);
    // (at most twice in all, as MatchKey: "الالمان" unsegmented and "المان" segmented meet)
    const int stripped = (doc.tokens[t].proclitics & kProAl) ? 1 : 0;
    for (int i = stripped; i < 2 && k.starts_with("ال") && utf8::CountCodePoints(k) >= 4; ++i) k.erase(0, 4);
    if (k == "ابن") k = "بن";  // as MatchKey does
    if (doc.tokens[t].enclitic != Enclitic::kNone && !IsKnownKey(k))
      if (std::string base = BaseBeforeSuffix(k); !base.empty()) k = std::move(base);  // زيارت+ه -> زياره
    keys.push_back(std::move(k));
  }
  return keys;
}

void Lexicon::MatchAt(const Doc& doc, const std::vector<std::string>& keys, idx_t tok,
                      std::vector<LexHit>* hits) const {
  hits->clear();
  if (tok >= keys.size()) return;
  idx_t sent_end = doc.sentences.empty() ? static_cast<idx_t>(keys.size())
                                         : doc.sentences[doc.tokens[tok].sentence].tokens.end;
  // A date phrase between a light verb and its noun counts as one word of the gap and its slash is no
  // stop ("ووجه مولر إلى غيتس في أواخر تشرين الأول/أكتوبر 12 اتهاما"); a date with a bracket ("في السادس
  // من يونيو (حزيران)") keeps its stop. (doc.times is empty before the time stage.)
  auto time_end = [&](idx_t t) -> idx_t {
    for (const TimeExpr& te : doc.times) {
      if (t < te.tokens.begin || t >= te.tokens.end) continue;
      for (idx_t u = te.tokens.begin; u < te.tokens.end; ++u)
        if ((doc.tokens[u].flags & kTokPunct) && keys[u] != "/") return t;
      return te.tokens.end;
    }
    return t;
  };
  // The end of the named actor (not a pronoun) that starts at token t; t when none does. (doc.mentions is
  // empty before the actor stage.)
  auto mention_end = [&](idx_t t) -> idx_t {
    for (const Mention& m : doc.mentions)
      if (m.tokens.begin == t && m.via != MentionVia::kPronoun) return m.tokens.end;
    return t;
  };
  auto try_phrase = [&](const std::vector<std::string>& words, LexHit::Table table, idx_t row, const Phrase* ph) {
    idx_t pos = tok + 1;
    bool ok = true;
    for (size_t w = 1; w < words.size() && ok; ++w) {
      // Patterns allow a few words in between ("قدمت له الدعم"); names must be contiguous.
      // A VSO subject and a date can sit between a light verb and its noun:
      // "أجرى الرئيس الجزائري عبد المجيد تبون، مساء أمس، اتصالا هاتفيا".
      // A verbal noun's adjective stands right after it or its genitive ("هجوم انتحاري", "عقوبات
      // اقتصادية" is not "العقوبات التي فرضتها المجموعة الاقتصادية"); its object may follow its agent
      // ("إطلاق المليشيات الحوثية ... صواريخ").
      const bool noun_adjective = table == LexHit::kPattern && patterns_[row].noun && IsNisba(words[w]);
      const bool wide_gap = table == LexHit::kPattern && w == 1 && !noun_adjective;
      // A phrase headed by a preposition ("على اتصال") is fixed: "على موقع التواصل" is no contact.
      const bool fixed = table != LexHit::kPattern || IsPreposition(words[0]);
      idx_t max_gap = fixed ? 0 : (wide_gap ? 9 : 2);
      ok = false;
      bool subject_zone = true;  // nothing but named actors, dates and commas since the head
      for (idx_t g = 0; g <= max_gap && pos + g < sent_end; ++g) {
        if (table == LexHit::kPattern && !doc.times.empty()) {
          const idx_t past = time_end(pos + g);
          if (past != pos + g) {  // the date counts as one word of the gap
            max_gap += past - (pos + g) - 1;
            g = past - pos - 1;
            continue;
          }
        }
        const std::string& k = keys[pos + g];
        // Accusative tanween is written with an alef: "اتصالا" for "اتصال".
        // (a pattern's tail written with its preposition matches the token's proclitics and the rest)
        const bool clitic_tail = ph != nullptr && !ph->tail_bits.empty() && ph->tail_bits[w] != 0 &&
                                 (doc.tokens[pos + g].proclitics & (kProBi | kProLi | kProAl)) == ph->tail_bits[w];
        if (k == words[w] || (table == LexHit::kPattern && SameUpToTanween(k, words[w])) ||
            (clitic_tail && SameUpToTanween(k, ph->tail_bare[w]))) {
          pos = pos + g + 1;
          ok = true;
          break;
        }
        if (wide_gap && subject_zone) {
          // The named actors right after the head count as one word each: two coordinated subjects with
          // their titles stand between "وقع" and its noun ("وقع رئيس المجلس الرئاسي الليبي فائز السراج
          // والرئيس التركي رجب طيب أردوغان مذكرتي تفاهم"). Past any other word the gap is counted in
          // words again ("حكم معمر القذافي في 2011، إذ تتنافس ... على" is no sentence passed).
          if (const idx_t past = mention_end(pos + g); past > pos + g + 1) {
            max_gap += past - (pos + g) - 1;
            g = past - pos - 1;
            continue;
          }
          if (!(doc.tokens[pos + g].flags & kTokPunct)) subject_zone = false;
        }
        uint16_t fl = doc.tokens[pos + g].flags;
        if ((fl & kTokPunct) && !(table == LexHit::kPattern && (fl & kTokClauseSep))) break;
        // "طلبوا إذنا ... لكن الشرطة رفضت السماح": a new clause is no part of the phrase.
        if (InClass(WordClass::kClauseOpener, k)) break;
      }
    }
    if (ok) hits->push_back({table, row, pos - tok, static_cast<idx_t>(words.size())});
  };
  // Most words start no phrase at all.
  if (first_filter_ready_ && !first_filter_.MayContain(keys[tok])) return;
  // CLDR country names were the first phrases ever added: they come first among hits of one length.
  if (cldr_ != nullptr) {
    if (auto it = cldr_->by_first_word.find(keys[tok]); it != cldr_->by_first_word.end())
      for (idx_t c : it->second)
        if (cldr_rows_[c] != kVetoed) try_phrase(cldr_->countries[c].keys, LexHit::kActor, cldr_rows_[c], nullptr);
  }
  if (auto it = by_first_word_.find(keys[tok]); it != by_first_word_.end())
    for (idx_t id : it->second) try_phrase(phrases_[id].words, phrases_[id].table, phrases_[id].row, &phrases_[id]);
  std::stable_sort(hits->begin(), hits->end(), [](const LexHit& a, const LexHit& c) { return a.length > c.length; });
}

bool Lexicon::IsKnownKey(std::string_view key) const {
  if (known_filter_ready_ && !known_filter_.MayContain(key)) return false;  // most words of running text
  if (known_words_.find(key) != known_words_.end()) return true;  // heterogeneous: no copy
  if (cldr_ == nullptr) return false;
  auto it = cldr_->words.find(key);
  if (it == cldr_->words.end()) return false;
  for (idx_t c : it->second)
    if (cldr_rows_[c] != kVetoed) return true;
  return false;
}

// Before a pronoun suffix a word changes its last letters: ة is written ت (زيارة -> زيارته) and a final
// hamza sits on ئ or ؤ (لقاء -> لقائه, لقاؤه; normalized ي and و). The dictionary form of such a stem.
std::string Lexicon::BaseBeforeSuffix(std::string_view stem) const {
  auto known = [&](const std::string& w) { return IsKnownKey(w); };
  if (stem.size() > 4 && stem.substr(stem.size() - 2) == "ت") {
    std::string w = std::string(stem.substr(0, stem.size() - 2)) + "ه";
    if (known(w)) return w;
  }
  if (stem.size() > 6 && (stem.substr(stem.size() - 4) == "اي" || stem.substr(stem.size() - 4) == "او")) {
    std::string w = std::string(stem.substr(0, stem.size() - 2)) + "ء";
    if (known(w)) return w;
  }
  return "";
}

bool Lexicon::IsKnownWord(std::string_view match_form) const {
  if (IsKnownKey(match_form)) return true;
  return !BaseBeforeSuffix(match_form).empty();
}

bool Lexicon::VerbKeyIsPerfect(std::string_view key) const { return verb_perfect_.find(key) != verb_perfect_.end(); }

bool Lexicon::VerbNeedsArticle(std::string_view key) const {
  auto it = verb_article_.find(key);
  return it != verb_article_.end() && it->second;
}

namespace {
// Indexed by Lexicon::WordClass; the names of data/text/word_classes.tsv.
constexpr std::string_view kWordClassNames[] = {"honorific",  "strike_noun", "fire_noun", "aim_prep",    "struck_site",
                                                "time_conj",  "sides_noun",  "join_verb", "landing_verb",
                                                "carry_out_verb", "masdar_governor", "office_word", "place_prep",
                                                "origin_prep", "named_meeting", "topic_prep",
                                                "family_noun", "generic_noun", "illness",
                                                "patron_adjective", "system_adjective", "closing_adjective",
                                                "wrongdoing", "lawful", "landmark_word", "clause_opener", "led_by",
                                                "degree_adjective", "interest_noun", "policy_word", "allegation_noun",
                                                "necessity_noun", "thing_phrase", "reach_verb", "accused_word", "censure_word", "ghayr_censure"};
static_assert(std::size(kWordClassNames) == static_cast<size_t>(Lexicon::WordClass::kCount));
}  // namespace

std::string_view Lexicon::WordClassName(WordClass cls) { return kWordClassNames[static_cast<size_t>(cls)]; }

bool Lexicon::WordClassNamed(std::string_view name, WordClass* cls) {
  for (size_t i = 0; i < std::size(kWordClassNames); ++i) {
    if (kWordClassNames[i] == name) {
      *cls = static_cast<WordClass>(i);
      return true;
    }
  }
  return false;
}

bool Lexicon::InClass(WordClass cls, std::string_view key) const {
  const auto& words = classes_[static_cast<size_t>(cls)];
  return words.find(key) != words.end();
}

const CameoInfo* Lexicon::Cameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

std::string Lexicon::CountryName(std::string_view alpha3) const {
  const auto& names = CldrIndex::Get().names;
  auto it = names.find(std::string(alpha3));
  return it == names.end() ? std::string() : it->second;
}

size_t Lexicon::size() const { return cldr_phrases_ + phrases_.size(); }

}  // namespace mizan
