#include "actor/actor_stage.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "mizan/key_filter.h"

#include "actor/coref.h"
#include "actor/unused_mentions.h"
#include "actor/names.h"
#include "attrib/forms.h"
#include "lex/tsv.h"
#include "time/month_lexicon.h"

namespace mizan {

std::string NormalizeForMatch(std::string_view utf8);  // text/normalize.h

bool DateInRange(std::string_view date, std::string_view from, std::string_view to) {
  if (date.empty()) return to.empty();  // undated text: prefer the current holder of an office
  if (!from.empty() && date.substr(0, from.size()) < from) return false;
  if (!to.empty() && date.substr(0, to.size()) > to) return false;
  return true;
}

StatusOr<std::unique_ptr<ActorStage>> ActorStage::Create(const Lexicon* lex, const std::string& data_dir) {
  ASSIGN_OR_RETURN(Gazetteer places, Gazetteer::Load(data_dir + "/places/gazetteer.tsv"));
  std::unique_ptr<ActorStage> s(new ActorStage(lex, std::move(places)));
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(data_dir + "/actors/references.tsv", "references", 1));
  for (size_t r = 0; r < t.rows(); ++r) {
    Reference ref;
    for (const auto& w : SplitWords(NormalizeForMatch(t.Get(r, "surface")))) ref.words.push_back(Lexicon::MatchKey(w));
    ref.refers = std::string(t.Get(r, "refers"));
    for (const auto& c : SplitWords(t.Get(r, "countries"))) ref.countries.push_back(c);
    if (ref.words.empty() ||
        (ref.refers != "state" && ref.refers != "actor" && ref.refers != "guest" && ref.refers != "host" &&
         ref.refers != "kingdom" && ref.refers != "group" && ref.refers != "same_head" && ref.refers != "issuer"))
      return InvalidArgument(t.Where(r) + ": need a surface and refers = state|actor|guest|host|kingdom|group|same_head");
    if (ref.refers == "kingdom" && ref.countries.empty())
      return InvalidArgument(t.Where(r) + ": refers = kingdom needs the countries it may name (SAU JOR ...)");
    s->references_.push_back(std::move(ref));
  }
  ASSIGN_OR_RETURN(TsvTable h, TsvTable::Read(data_dir + "/actors/name_heads.tsv", "name-heads", 1));
  for (size_t r = 0; r < h.rows(); ++r) {
    NameHead head;
    head.role = std::string(h.Get(r, "role"));
    std::string_view kind = h.Get(r, "kind");
    head.kind = kind == "group" ? ActorKind::kGroup : ActorKind::kOrganization;
    std::string key = Lexicon::MatchKey(NormalizeForMatch(h.Get(r, "surface")));
    if (key.empty() || head.role.size() % 3 != 0 || (kind != "group" && kind != "organization"))
      return InvalidArgument(h.Where(r) + ": need a surface, a CAMEO role and kind = group|organization");
    s->name_heads_[key] = std::move(head);
  }
  ASSIGN_OR_RETURN(TsvTable f, TsvTable::Read(data_dir + "/actors/force_nouns.tsv", "force-nouns", 1));
  for (size_t r = 0; r < f.rows(); ++r) {
    ForceNoun noun;
    noun.role = std::string(f.Get(r, "role"));
    std::string_view span = f.Get(r, "span");
    noun.adjective_only = span == "adjective";
    std::string key = Lexicon::MatchKey(NormalizeForMatch(f.Get(r, "surface")));
    if (key.empty() || noun.role.size() != 3 || (span != "phrase" && span != "adjective"))
      return InvalidArgument(f.Where(r) + ": need one word, a CAMEO role and span = phrase|adjective");
    s->force_nouns_[key] = std::move(noun);
  }
  // Longest references first.
  std::stable_sort(s->references_.begin(), s->references_.end(),
                   [](const Reference& a, const Reference& b) { return a.words.size() > b.words.size(); });
  return s;
}

namespace {

// Words that may sit between a role and its nationality or name without breaking the phrase.
bool IsRoleModifier(std::string_view key) {
  static const char* const kMods[] = {"سابق", "سابقه", "متقاعد", "بارز", "حالي", "جديد", "اعلي", "اول",
                                      "عام", "مقرب", "رفيع", "كبير", "امني", "عسكري", "سياسي", "ركن",
                                      "مركزي", "مركزيه", "خاص", "خاصه", "سابقين", "سابقون", "معارض"};
  for (const char* m : kMods)
    if (key == m) return true;
  return false;
}

// A word (perhaps with a leading و) naming a site or a part of a city: the city after it is a place.
// Not مطار (an airport struck is the state's: "غارات على محيط مطار دمشق"), وسط (protesters "وسط
// طهران" are that state's, and the event stage reads the capital as their country) nor a direction
// ("قصفت مواقع جنوب طرابلس": the place struck stands for its state; tests/golden case 005).
bool IsPlaceNoun(std::string_view key, bool strip_wa = true) {
  if (strip_wa && key.size() > 2 && key.substr(0, 2) == "و" && IsPlaceNoun(key.substr(2), false)) return true;
  static const char* const kWords[] = {"مقر", "قلب", "ضواحي", "اطراف", "ريف",
                                       "شوارع", "احياء", "محيط", "جنوبي", "شمالي", "شرقي", "غربي", "سجن", "جامعه", "فندق",
                                       "دائره", "محافظه", "ولايه"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

// Nouns of towns and districts that a proper name follows ("مدينة صبراتة", "مخيم الرشيدية"; ة is ه).
bool IsTownNoun(std::string_view k) {
  return k == "مدينه" || k == "بلده" || k == "قريه" || k == "منطقه" || k == "محافظه" || k == "مخيم";
}

// Nouns of time (matching forms: ة is ه, أ is ا): "الأعوام", "أيام", "الفترة".
bool IsTimeNoun(std::string_view key) {
  static const char* const kWords[] = {"عام", "اعوام", "سنه", "سنوات", "سنين", "شهر", "اشهر", "شهور", "اسبوع",
                                       "اسابيع", "يوم", "ايام", "ساعه", "ساعات", "عقد", "عقود", "مره", "فتره"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

// Nouns of sites that take a proper name and then an adjective: "مطار بنينا العسكري", "قاعدة حميميم الجوية".
bool IsSiteNoun(std::string_view key) {
  return key == "مطار" || key == "قاعده" || key == "ميناء" || key == "معسكر" || key == "سجن" || key == "مستشفي" ||
         key == "مصنع";
}

bool IsDistanceUnit(std::string_view key) {
  return key == "كلم" || key == "كم" || key == "كيلومتر" || key == "كيلومترا" || key == "كيلومترات" || key == "ميل" ||
         key == "اميال" || key == "مترا" || key == "متر";
}

// Confidence of a role whose owner is "دول" (countries): "قادة دول أوروبية" get no default country.
constexpr float kForeignOwner = 0.4f;

// Nouns of quantity before a plural: "آلاف المتظاهرين", "عشرات الفلسطينيين".
bool IsQuantityWord(std::string_view key) {
  static const char* const kWords[] = {"الاف", "الف", "ألوف", "الوف", "عشرات", "مئات", "ملايين", "مليون", "اغلب",
                                       "معظم", "غالبيه", "اكثريه", "اعداد", "عدد", "جموع", "حشود", "مئه", "بضع",
                                       "مجموعه", "احد", "احدي"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

struct Finder {
  const Lexicon& lex;
  const std::vector<ActorStage::Reference>& refs;
  const std::unordered_map<std::string, ActorStage::NameHead>& heads;
  const std::unordered_map<std::string, ActorStage::ForceNoun>& forces;
  Doc& doc;
  std::vector<LexHit> hits;
  // Last words of the people named in full so far ("عمر حسن البشير" -> "بشير"), by matching form: a
  // later "البشير" or "ومشار" alone is that person, as newspapers write after the first mention.
  struct Surname {
    idx_t mention;
    bool article;
    bool common = false;  // also a common word ("ماي", a month): found only as a role's genitive ("حكومة ماي")
  };
  std::unordered_map<std::string, Surname> surnames;
  KeyFilter surname_filter{10};  // most words are no remembered name: answered without hashing

  // Remembers the last word of the name at tokens [b, e) of the mention just added, when the name has
  // two words or more and its last word is no common word ("العميد جبار مساعد": "مساعد" is an aide).
  void RememberSurname(idx_t b, idx_t e) {
    if (e < b + 2 || doc.mentions.empty()) return;
    const Token& t = doc.tokens[e - 1];
    const std::string& key = doc.token_keys[e - 1];
    if (!(t.flags & kTokWord) || (t.flags & kTokNumber) || t.enclitic != Enclitic::kNone) return;
    if (key.size() < 6 || IsGrammarWord(key)) return;  // 2 bytes a letter
    surnames[key] = {static_cast<idx_t>(doc.mentions.size() - 1), (t.proclitics & kProAl) != 0, lex.IsKnownWord(key)};
    surname_filter.Add(key);
  }

  // A name read after a title may be words the segmenter did not split ("المدير التنفيذي لمعهد
  // الموسيقى", "المواطن وتكلفة بدل"): only a name whose first word starts with no ل ب ف ك و, and whose
  // later words with no و, is clean enough to find its last word alone later (Walid, Lutfi lose that).
  bool CleanName(idx_t b, idx_t e) {
    for (idx_t t = b; t < e; ++t) {
      std::string w = doc.OrigText(doc.tokens[t].norm);
      bool wa = w.rfind("\xd9\x88", 0) == 0;  // و
      if (wa) return false;
      if (t == b && (w.rfind("\xd9\x84", 0) == 0 || w.rfind("\xd8\xa8", 0) == 0 || w.rfind("\xd9\x81", 0) == 0 ||
                     w.rfind("\xd9\x83", 0) == 0))  // ل ب ف ك
        return false;
    }
    return true;
  }

  // The remembered last name token i is, also when a و or ف the segmenter left on stands before it
  // ("وأوباسانجو": the whole word is unknown, so it was not split).
  std::unordered_map<std::string, Surname>::const_iterator FindSurname(idx_t i) const {
    const std::string& key = doc.token_keys[i];
    auto it = surname_filter.MayContain(key) ? surnames.find(key) : surnames.end();
    if (it != surnames.end() || key.size() < 8 || (doc.tokens[i].proclitics & (kProWa | kProFa))) return it;
    if (key.compare(0, 2, "\xd9\x88") != 0 && key.compare(0, 2, "\xd9\x81") != 0) return it;  // و ف
    const std::string_view rest = std::string_view(key).substr(2);
    return surname_filter.MayContain(rest) ? surnames.find(std::string(rest)) : surnames.end();
  }

  // A word that is the remembered last name of someone named earlier, written as it was then (with
  // the article or without). Returns 1 when it adds that person's mention, else 0.
  idx_t SurnameAt(idx_t i, idx_t s) {
    if (surnames.empty()) return 0;
    const Token& t = doc.tokens[i];
    if ((t.flags & kTokNumber) || t.enclitic != Enclitic::kNone) return 0;
    auto it = FindSurname(i);
    if (it == surnames.end() || it->second.common || ((t.proclitics & kProAl) != 0) != it->second.article) return 0;
    const Mention a = doc.mentions[it->second.mention];
    Add({i, i + 1}, s, a.code, a.name, a.actor_id, ActorKind::kPerson, MentionVia::kName, false);
    doc.mentions.back().antecedent = it->second.mention;
    return 1;
  }

  // Best dated actor row among the hits of the same length as hits[0].
  idx_t PickActor(const std::vector<LexHit>& hs, idx_t* len) {
    idx_t best = kNone;
    for (const LexHit& h : hs) {
      if (h.table != LexHit::kActor) continue;
      if (best != kNone && h.length < *len) break;
      const ActorEntry& e = lex.actors()[h.row];
      if (best == kNone) {
        best = h.row;
        *len = h.length;
      }
      if (DateInRange(doc.published, e.from, e.to)) {
        const ActorEntry& b = lex.actors()[best];
        if (!DateInRange(doc.published, b.from, b.to) || (e.kind == ActorKind::kPerson && b.kind != ActorKind::kPerson)) best = h.row;
      }
    }
    return best;
  }

  // The code of actor row `row` at the publication date: a person whose every period in the dictionary
  // ended before it is out of office, country + ELI ("يانوكوفيتش" in 2018), as people.tsv's
  // convention says; otherwise the row's code.
  std::string CodeAtPublication(idx_t row, const std::vector<LexHit>& hs) const {
    const ActorEntry& e = lex.actors()[row];
    if (e.kind != ActorKind::kPerson || doc.published.empty() || e.code.size() < 3) return e.code;
    bool all_ended = true;
    for (const LexHit& h : hs) {
      if (h.table != LexHit::kActor) continue;
      const ActorEntry& o = lex.actors()[h.row];
      if (o.id != e.id) continue;
      all_ended = all_ended && !o.to.empty() && doc.published.substr(0, o.to.size()) > o.to;
    }
    if (!all_ended || e.code.compare(0, 3, "---") == 0) return e.code;
    return e.code.substr(0, 3) + "ELI";
  }

  const LexHit* First(const std::vector<LexHit>& hs, LexHit::Table table) {
    for (const LexHit& h : hs)
      if (h.table == table) return &h;
    return nullptr;
  }

  void Add(Range toks, idx_t sentence, std::string code, std::string name, std::string id, ActorKind kind,
           MentionVia via, bool plural) {
    Mention m;
    m.tokens = toks;
    m.norm = doc.TokensNorm(toks);
    // A leading clitic (و، ب، ل) is not part of the actor's words.
    const Token& first = doc.tokens[toks.begin];
    if (first.stem.begin > first.norm.begin) {
      idx_t b = first.stem.begin;
      // keep the article: "الجزائر" rather than "جزائر"
      if ((first.proclitics & kProAl) && b >= first.norm.begin + 4 && doc.norm.compare(b - 4, 4, "ال") == 0) b -= 4;
      if ((first.proclitics & kProAl) && (first.proclitics & kProLi) && b >= first.norm.begin + 2 &&
          doc.norm.compare(b - 2, 2, "ل") == 0 && doc.norm.compare(b, 2, "ل") == 0) {
        // "للرئيس": ل + (ا)ل; leave as is
      }
      m.norm.begin = std::max(first.norm.begin, b);
    }
    m.sentence = sentence;
    m.code = std::move(code);
    // Role phrases are named by their own words, without a leading clitic ("للجيش" -> "الجيش").
    m.name = via == MentionVia::kRole ? doc.OrigText(m.norm) : std::move(name);
    // "للجيش التركي" loses its article with the preposition: name it "الجيش التركي".
    if (via == MentionVia::kRole && (first.proclitics & kProLi) && (first.proclitics & kProAl)) m.name = "ال" + m.name.substr(m.name.rfind("ل", 0) == 0 ? 2 : 0);
    m.actor_id = std::move(id);
    m.kind = kind;
    m.via = via;
    m.plural = plural;
    doc.mentions.push_back(std::move(m));
  }

  void Sentence(idx_t s) {
    const mizan::Sentence& sent = doc.sentences[s];
    idx_t i = sent.tokens.begin;
    while (i < sent.tokens.end) {
      if (!(doc.tokens[i].flags & kTokWord)) {
        ++i;
        continue;
      }
      if (idx_t n = MatchReference(i, sent.tokens.end, s)) {
        i += n;
        continue;
      }
      lex.MatchAt(doc, doc.token_keys, i, &hits);
      std::vector<LexHit> hs = hits;
      idx_t alen = 0;
      idx_t actor = PickActor(hs, &alen);
      // "الوضع هادئ" (calm) is no "هادي": matching reads ئ as ي, but a one-word name written with a
      // final hamza seat is a word, not the name.
      if (actor != kNone && alen == 1 && lex.actors()[actor].kind == ActorKind::kPerson) {
        const std::string w = doc.OrigText(doc.tokens[i].norm);
        if (w.size() >= 2 && w.compare(w.size() - 2, 2, "\xd8\xa6") == 0) actor = kNone;  // ئ
      }
      // "الصحفي في واشنطن بوست، روبرت كوستا،": a surname after a first name that starts no entry, at the
      // head of a name (after punctuation), is another person of that surname
      // (the dictionary's own first name would have matched the full name).
      if (actor != kNone && alen == 1 && lex.actors()[actor].kind == ActorKind::kPerson && i > sent.tokens.begin) {
        const idx_t p = i - 1;
        const Token& pt = doc.tokens[p];
        // (not at the sentence's start, where an unknown word is as often a verb: "ويرى ماكرون")
        // (and set off as an apposition, punctuation after it too: "، روبرت كوستا،", "، ريتشارد غيتس.")
        // ("«يسقط بوش»" is a chant: only a comma opens the apposition)
        const std::string_view before = p > sent.tokens.begin ? doc.TokenText(p - 1) : std::string_view();
        const bool head = (before == "\xd8\x8c" || before == ",") &&
                          (i + 1 >= sent.tokens.end || (doc.tokens[i + 1].flags & kTokPunct));
        const std::string_view pw = doc.TokenText(p);
        const bool conj = pw.starts_with("\xd9\x88") || pw.starts_with("\xd9\x81");  // و، ف
        if (head && !conj && (pt.flags & kTokWord) && pt.proclitics == 0 && pt.enclitic == Enclitic::kNone &&
            !IsGrammarWord(doc.token_keys[p])) {
          lex.MatchAt(doc, doc.token_keys, p, &hits);
          if (hits.empty()) actor = kNone;
        }
      }
      const LexHit* role = First(hs, LexHit::kRole);
      const LexHit* dem = First(hs, LexHit::kDemonym);
      // "بيان صدر أمس": a name whose one-word forms all carry the article ("الصدر") needs it in the text.
      if (actor != kNone && alen == 1 && lex.actors()[actor].one_word_article && !(doc.tokens[i].proclitics & kProAl))
        actor = kNone;
      if (actor != kNone && alen == 1 && lex.actors()[actor].one_word_bare && (doc.tokens[i].proclitics & kProAl))
        actor = kNone;
      // "الحرب الأهلية السورية": a state's one-word name that is also its nisba ("سورية") is, with the
      // article, the adjective.
      if (actor != kNone && alen == 1 && dem && dem->length == 1 && (doc.tokens[i].proclitics & kProAl) &&
          lex.actors()[actor].kind == ActorKind::kState && !Lexicon::HasArticle(lex.actors()[actor].name))
        actor = kNone;  // (a name that has the article itself, "العراق", stays)
      if (actor == kNone && !role && !dem) {
        if (idx_t next = DualHeadName(i, sent.tokens.end, s)) {
          i = next;
          continue;
        }
        if (SurnameAt(i, s)) {
          ++i;
          continue;
        }
        if (idx_t next = ForceNounPhrase(i, sent.tokens.end, s)) {
          i = next;
          continue;
        }
      }
      // A role phrase of two words or more ("وكالة الأنباء") is no head with a name.
      if (actor == kNone && !(role && role->length > 1)) {
        if (idx_t next = UnknownOrganization(i, sent.tokens.end, s)) {
          i = next;
          continue;
        }
      }
      if (role && (actor == kNone || role->length > alen)) {
        i = RolePhrase(i, *role, sent.tokens.end, s);
        continue;
      }
      // "حصة الأسد": the lion's share, not Assad.
      if (actor != kNone && i > sent.tokens.begin && doc.token_keys[i - 1] == "حصه" && doc.token_keys[i] == "اسد") {
        i += alen;
        continue;
      }
      if (actor != kNone) {
        const ActorEntry& e = lex.actors()[actor];
        if (e.via == MentionVia::kMetonym &&
            (IsPlaceUse(i, sent.tokens.begin) || IsDateline(i, alen, sent.tokens.end, e.code))) {
          i += alen;  // "اعتقل في لندن", "العاصمة الليبية طرابلس": the city, not its government
          continue;
        }
        if (e.kind == ActorKind::kState && NamesMeeting(i, alen, sent.tokens)) {
          i += alen;  // "قمة سنغافورة", "اجتماع باريس": the place the meeting is named after
          continue;
        }
        Add({i, i + alen}, s, CodeAtPublication(actor, hs), e.name, e.id, e.kind, e.via, false);
        if (e.kind == ActorKind::kPerson) RememberSurname(i, i + alen);
        i += alen;
        continue;
      }
      if (dem) {
        // A nationality adjective alone is an actor only as a plural noun: "الإسرائيليين".
        std::string_view key = doc.token_keys[i];
        bool plural = key.size() > 4 && (key.substr(key.size() - 4) == "ون" || key.substr(key.size() - 4) == "ين");
        // After a number, a quantity or a preposition it is the noun itself: "آلاف الإسرائيليين",
        // "عشرات الفلسطينيين", "23 من الكوريين الجنوبيين".
        bool after_noun = i > sent.tokens.begin && (doc.tokens[i - 1].flags & kTokWord) &&
                          !IsQuantityWord(doc.token_keys[i - 1]) && !IsQuantityWord(doc.TokenText(i - 1)) &&
                          !IsGrammarWord(doc.token_keys[i - 1]) &&
                          !(doc.tokens[i].proclitics & (kProBi | kProLi | kProWa | kProFa));
        if (plural && !after_noun) {
          const std::string& cc = lex.demonyms()[dem->row];
          Add({i, i + dem->length}, s, cc, lex.CountryName(cc), "state:" + cc, ActorKind::kGroup,
              MentionVia::kDescription, true);
        } else if (const Mention* prev = CoordinatedNisbaHead(i, s)) {
          // "وفدان روسي وتركي", "الجيشين السوري والروسي": a second nationality joined by و to a role
          // phrase that ends in one names the same role of the second state.
          const std::string& cc = lex.demonyms()[dem->row];
          Add({i, i + dem->length}, s, cc + prev->code.substr(3), lex.CountryName(cc), "", prev->kind,
              MentionVia::kRole, prev->plural);
        }
        i += dem->length;
        continue;
      }
      ++i;
    }
  }

  // The role mention that ends right before token i, a nationality adjective with و on it, when that
  // mention (of this sentence, coded with a role) ends in a nationality adjective itself; else null.
  const Mention* CoordinatedNisbaHead(idx_t i, idx_t s) {
    if (!(doc.tokens[i].proclitics & kProWa) || doc.mentions.empty()) return nullptr;
    const Mention& m = doc.mentions.back();
    if (m.sentence != s || m.tokens.end != i || m.code.size() <= 3 || m.code.compare(0, 3, "---") == 0 ||
        m.tokens.size() < 2)
      return nullptr;
    idx_t len = 0;
    if (m.via == MentionVia::kRole) return !DemonymAt(i - 1, i, &len).empty() && len == 1 ? &m : nullptr;
    // "بنظيريه الإيراني محمد جواد ظريف والسعودي الأمير فيصل بن فرحان": a titled person whose title carries
    // a nationality, then و + another one: the same title of that state (its name follows).
    if (m.via != MentionVia::kName || m.kind != ActorKind::kPerson) return nullptr;
    for (idx_t t = m.tokens.begin + 1; t + 1 < m.tokens.end; ++t)
      if (!DemonymAt(t, t + 1, &len).empty() && len == 1 && (doc.tokens[t].proclitics & kProAl)) return &m;
    return nullptr;
  }

  // A capital used as a place: after في (or with ب: "بلندن"), or after "العاصمة" and its adjective.
  bool IsPlaceUse(idx_t i, idx_t begin) {
    if (doc.tokens[i].proclitics & kProBi) return true;
    if (i > begin && doc.TokenText(i - 1) == "#") --i;  // "في #بغداد"
    if (i == begin) return false;
    std::string_view p = doc.token_keys[i - 1];
    // "في بغداد", "شهدت طرابلس هجمات" (the city saw attacks), "مدينة طرابلس".
    if (p == "في" || p == "عاصمه" || p == "شهدت" || p == "شهد" || p == "مدينه" || p == "داخل" || p == "قرب")
      return true;
    // "مطار طرابلس", "وسط الدوحة", "جنوبي دمشق", "مقرها طرابلس": a part of the city or a site in it.
    // (Not a site's noun: "غارات على محيط مطار دمشق الدولي" strikes Syria, as the gold codes it.)
    if (IsPlaceNoun(p)) return true;
    // "على بعد 150 كلم من صنعاء": a distance is measured from a place.
    if (p == "من" && i >= begin + 2 && IsDistanceUnit(doc.token_keys[i - 2])) return true;
    if (i >= begin + 2 && doc.token_keys[i - 2] == "عاصمه") return true;  // العاصمة الليبية طرابلس
    return false;
  }

  // A state or capital that names a meeting or an accord after its place (class named_meeting):
  // "قمة سنغافورة", "اتفاق الصخيرات", "اجتماع باريس". The noun is in construct (no article), and no
  // second actor follows with و ("اتفاق تركيا وروسيا" is theirs).
  bool NamesMeeting(idx_t i, idx_t len, Range sent) {
    if (i == sent.begin || (doc.tokens[i - 1].proclitics & kProAl)) return false;
    if (!lex.InClass(Lexicon::WordClass::kNamedMeeting, doc.token_keys[i - 1])) return false;
    return i + len >= sent.end || !(doc.tokens[i + len].proclitics & kProWa);
  }

  // A dateline: "القاهرة، مصر (CNN)": the capital, a comma, then its own state's name.
  bool IsDateline(idx_t i, idx_t len, idx_t end, const std::string& code) {
    if (i != doc.sentences[doc.tokens[i].sentence].tokens.begin) return false;
    idx_t k = i + len;
    if (k + 1 >= end || !(doc.tokens[k].flags & kTokPunct)) return false;
    lex.MatchAt(doc, doc.token_keys, k + 1, &hits);
    idx_t alen = 0;
    idx_t a = PickActor(hits, &alen);
    return a != kNone && lex.actors()[a].code.compare(0, 3, code, 0, 3) == 0;
  }

  // The country of a nationality adjective at token k ("حركة النهضة التونسية"), or "".
  std::string DemonymAt(idx_t k, idx_t end, idx_t* len) {
    if (k >= end || !(doc.tokens[k].flags & kTokWord)) return "";
    lex.MatchAt(doc, doc.token_keys, k, &hits);
    const LexHit* dem = First(hits, LexHit::kDemonym);
    if (!dem) return "";
    *len = dem->length;
    return lex.demonyms()[dem->row];
  }

  // "صاروخ إسرائيلي", "طائرة أميركية بدون طيار", "ضربة جوية أميركية": a noun of force_nouns.tsv with a
  // nationality adjective within three words (two for event words) is that state's military. Grammar
  // words, clitics, punctuation and other actors stop the search ("هجوم على مواقع إسرائيلية" names the
  // target's country, not the attacker's). Returns the token after the mention, or 0.
  idx_t ForceNounPhrase(idx_t i, idx_t end, idx_t s) {
    auto f = forces.find(doc.token_keys[i]);
    if (f == forces.end()) return 0;
    const idx_t reach = f->second.adjective_only ? 2 : 3;
    for (idx_t k = i + 1; k < end && k <= i + reach; ++k) {
      const Token& t = doc.tokens[k];
      if (!(t.flags & kTokWord) || (t.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa))) return 0;
      if (IsGrammarWord(doc.token_keys[k])) return 0;
      idx_t dlen = 0;
      std::string cc = DemonymAt(k, end, &dlen);
      if (!cc.empty()) {
        idx_t from = f->second.adjective_only ? k : i;
        Add({from, k + dlen}, s, cc + f->second.role, "", "", ActorKind::kGroup, MentionVia::kRole, false);
        // The adjective's own words name the mention: "أميركية" or "صاروخ إسرائيلي"; reading goes on after
        // it (not at the adjective again, which would add the state a second time over the same word).
        return k + dlen;
      }
      lex.MatchAt(doc, doc.token_keys, k, &hits);
      for (const LexHit& h : hits)
        if (h.table == LexHit::kActor || h.table == LexHit::kRole) return 0;
    }
    return 0;
  }

  // "وقّعت حركتا فتح وحماس": the dual of a name head in ة (حركتا، جبهتا، منظمتا، جماعتا) over two names
  // joined by و names the first with the head's singular ("حركة فتح", a dictionary name whose bare word
  // is left out); the second is read on its own. Returns the token after the first name, or 0.
  idx_t DualHeadName(idx_t i, idx_t end, idx_t s) {
    const std::string& k = doc.token_keys[i];
    const std::string_view ta = "\xd8\xaa\xd8\xa7";  // تا
    if (i + 2 >= end || k.size() <= ta.size() + 4 || k.compare(k.size() - ta.size(), ta.size(), ta) != 0) return 0;
    if ((doc.tokens[i].proclitics & kProAl) || doc.tokens[i].enclitic != Enclitic::kNone) return 0;
    std::string singular = k.substr(0, k.size() - ta.size()) + "\xd9\x87";  // ة, matched as ه
    if (!heads.count(singular)) return 0;
    // (the singular in the word's place while the dictionaries are asked, then the word back)
    std::swap(doc.token_keys[i], singular);
    std::vector<LexHit> found;
    lex.MatchAt(doc, doc.token_keys, i, &found);
    std::swap(doc.token_keys[i], singular);
    for (const LexHit& h : found) {
      if (h.table != LexHit::kActor || h.length < 2) continue;
      // (the second name must follow, joined by و: "حركتا فتح وحماس")
      const idx_t after = i + h.length;
      if (after >= end || !(doc.tokens[after].proclitics & kProWa)) return 0;
      const ActorEntry& e = lex.actors()[h.row];
      Add({i, after}, s, e.code, e.name, e.id, e.kind, e.via, false);
      return after;
    }
    return 0;
  }

  // "حركة الأحرار", "جبهة تحرير مورو", "كتيبة الفاروق": an indefinite head noun of name_heads.tsv
  // followed by words no dictionary knows is an organization of its own, kept as unknown. Returns the
  // token after it, or 0 when token i starts no such name.
  idx_t UnknownOrganization(idx_t i, idx_t end, idx_t s) {
    const Token& t = doc.tokens[i];
    // "الحركة" refers back and "منظمتنا" is the speaker's: a name follows a bare indefinite head.
    if ((t.proclitics & kProAl) || t.enclitic != Enclitic::kNone || doc.TokenText(i).substr(0, 4) == "لل") return 0;
    auto h = heads.find(doc.token_keys[i]);
    if (h == heads.end()) return 0;
    idx_t e = ReadOrganizationName(doc, lex, i + 1, end);
    if (e == i + 1) return 0;
    bool quoted = doc.tokens[i + 1].flags & kTokQuote;
    // The head without a leading clitic ("لحزب" -> "حزب"), then the name without its quotes.
    Range head = doc.tokens[i].norm;
    head.begin = std::max(head.begin, WordStartKeepingArticle(doc, i));
    std::string name = doc.OrigText(head) + " " + doc.OrigText(doc.TokensNorm({quoted ? i + 2 : i + 1, quoted ? e - 1 : e}));
    idx_t dlen = 0;
    std::string country = DemonymAt(e, end, &dlen);
    if (!country.empty()) e += dlen;
    Add({i, e}, s, (country.empty() ? "---" : country) + h->second.role, name, std::string(kUnknownActorId),
        h->second.kind, MentionVia::kName, false);
    return e;
  }

  // "العميد جبار مساعد", "رجل الأعمال الليبي حسونة تاتاناكي", "ضابط يدعى موشيه": a singular person
  // title, definite or with a nationality, then a name no dictionary knows: an unknown person with the
  // title's code. Returns the token after the name, or 0 when no name follows.
  idx_t UnknownPerson(idx_t i, idx_t j, idx_t end, idx_t s, const RoleEntry& r, const std::string& country,
                      const std::string& roles) {
    if (r.kind != ActorKind::kPerson || r.plural || j >= end) return 0;
    // Definite by its article, its genitive ("وزير الدفاع") or its nationality ("مسؤول ليبي").
    bool definite = !country.empty();
    for (idx_t t = i; t < j && !definite; ++t) definite = doc.tokens[t].proclitics & kProAl;
    idx_t k = j;
    std::string_view key = doc.token_keys[k];
    bool called = key == "يدعي" || key == "مدعو" || key == "تدعي";
    if (called) ++k;
    if (!definite && !called) return 0;
    // "التقى الرئيس التشادي وأوباسانجو": someone named before, not the title's name.
    if (auto sn = surnames.empty() ? surnames.end() : FindSurname(k); sn != surnames.end() && !sn->second.common) return 0;
    idx_t e = ReadPersonName(doc, lex, k, end, called);
    if (e == k) return 0;
    std::string name = doc.OrigText(doc.TokensNorm({k, e}));
    std::string cc = country;
    idx_t dlen = 0;
    if (cc.empty()) {
      cc = DemonymAt(e, end, &dlen);
      e += dlen;
    }
    // "المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري": a titled name right after a person
    // (or after a comma that follows one) is that person's apposition, of their country.
    if (cc.empty() && !doc.mentions.empty()) {
      const Mention& prev = doc.mentions.back();
      idx_t gap = i;
      if (gap > 0 && (doc.tokens[gap - 1].flags & kTokClauseSep)) --gap;
      if (prev.tokens.end == gap && prev.kind == ActorKind::kPerson && prev.code.size() >= 3 &&
          prev.code.compare(0, 3, "---") != 0)
        cc = prev.code.substr(0, 3);
    }
    Add({i, e}, s, (cc.empty() ? "---" : cc) + roles, name, std::string(kUnknownActorId), ActorKind::kPerson,
        MentionVia::kName, false);
    if (CleanName(k, e - dlen)) RememberSurname(k, e - dlen);
    return e;
  }

  // The guest or the host of the latest visit in this sentence or the three before it: after a verb
  // of receiving ("استقبل الرئيس المصري ... نظيره الإيراني") its subject is the host and the next
  // actor the guest; after a verb of arriving ("حط وزير الخارجية الأميركي في بغداد ... والتقى رئيس
  // الوزراء") its subject is the guest and the next person or body the host. kNone when none.
  idx_t VisitParty(idx_t s, bool guest) {
    static const char* const kReceive[] = {"استقبل", "يستقبل", "استقبلت", "تستقبل", "استقبلوا", "استقبال"};
    static const char* const kArrive[] = {"زار", "يزور", "زارت", "تزور", "حط", "حطت", "وصل", "وصلت", "يصل", "تصل"};
    auto is_any = [](std::string_view k, const char* const* words, size_t n) {
      for (size_t w = 0; w < n; ++w)
        if (k == words[w]) return true;
      return false;
    };
    for (idx_t back = 0; back <= 3 && back <= s; ++back) {
      const Range r = doc.sentences[s - back].tokens;
      for (idx_t t = r.begin; t < r.end; ++t) {
        const std::string& k = doc.token_keys[t];
        const bool receive = is_any(k, kReceive, std::size(kReceive));
        if (!receive && !is_any(k, kArrive, std::size(kArrive))) continue;
        // The subject: the first mention after the verb; the other party: the next one of another actor.
        idx_t first = kNone, second = kNone;
        for (idx_t m = 0; m < doc.mentions.size(); ++m) {
          const Mention& c = doc.mentions[m];
          if (c.tokens.begin <= t || c.tokens.begin >= r.end || c.code.empty() || c.via == MentionVia::kPronoun) continue;
          if (first == kNone) {
            first = m;
          } else if (c.actor_id != doc.mentions[first].actor_id || c.code != doc.mentions[first].code) {
            if (receive || c.kind != ActorKind::kState) {
              second = m;
              break;
            }
          }
        }
        if (first == kNone || second == kNone) return kNone;
        return (receive != guest) ? first : second;
      }
    }
    return kNone;
  }

  // "هذا البلد", "الأخير": mentions whose actor coreference fills in later (event stage).
  idx_t MatchReference(idx_t i, idx_t end, idx_t s) {
    for (const auto& ref : refs) {
      if (i + ref.words.size() > end) continue;
      bool ok = true;
      for (size_t w = 0; w < ref.words.size() && ok; ++w) ok = doc.token_keys[i + w] == ref.words[w];
      if (!ok) continue;
      idx_t n = static_cast<idx_t>(ref.words.size());
      // "في الأسابيع الأخيرة", "الفترة الأخيرة": after a definite noun it is an adjective ("recent").
      if (ref.refers == "actor" && n == 1 && i > doc.sentences[s].tokens.begin) {
        const Token& prev = doc.tokens[i - 1];
        bool prev_actor = !doc.mentions.empty() && doc.mentions.back().tokens.end == i;
        if ((prev.flags & kTokWord) && (prev.proclitics & kProAl) && !prev_actor) return 0;
        // "في الأربعة أعوام الأخيرة": after a noun of time, with or without the article, too.
        if ((prev.flags & kTokWord) && IsTimeNoun(doc.token_keys[i - 1])) return 0;
      }
      // "الضيف", "ضيفه", "مضيفه": only with the article or a possessor (a bare "ضيف" is "a guest").
      const bool visit_role = ref.refers == "guest" || ref.refers == "host";
      if (visit_role && n == 1 && !(doc.tokens[i].proclitics & kProAl) && doc.tokens[i].enclitic == Enclitic::kNone)
        return 0;
      if (ref.refers == "kingdom") return MatchKingdom(i, n, s, ref.countries);
      if (ref.refers == "group") return MatchGroup(i, n, s);
      if (ref.refers == "same_head") return MatchSameHead(i, n, s);
      if (ref.refers == "issuer") return MatchIssuer(i, n, s);
      // Resolve now: the nearest earlier mention of the right kind.
      idx_t ante = visit_role ? VisitParty(s, ref.refers == "guest") : kNone;
      if (visit_role && ante == kNone) return 0;
      // "الأخير" (masculine) is the latter of two people or bodies, seldom a state (which Arabic makes
      // feminine): "التقى الصفدي بلينكن. وحثه على الضغط على إسرائيل ...، فيما جدد له الأخير" is Blinken.
      const bool latter_m = ref.refers == "actor" && n == 1 && doc.token_keys[i] == "اخير";
      // "هذا البلد" is a country the story names, before one only named by a region of it ("تحتضن
      // الجزائر مفاوضات بين ... وحركات مسلحة من شمال مالي. ودعا هذا البلد" is Algeria).
      const bool state = ref.refers == "state";
      for (int pass = latter_m || state ? 0 : 1; pass < 2 && ante == kNone && !visit_role; ++pass) {
        for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
          const Mention& cand = doc.mentions[m];
          if (cand.code.empty()) continue;
          if (state && cand.kind != ActorKind::kState) continue;
          if (pass == 0 && state && RegionOfCountry(cand.tokens.begin)) continue;
          if (pass == 0 && !state && (cand.kind == ActorKind::kState || cand.sentence + 2 < s)) continue;
          ante = m;
          break;
        }
      }
      if (ante == kNone) return 0;
      const Mention a = doc.mentions[ante];
      Add({i, i + n}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, a.plural);
      doc.mentions.back().antecedent = ante;
      return n;
    }
    return 0;
  }

  // "المملكة" alone (not "المملكة المتحدة", a name the lexicon holds): the monarchy the article named
  // last, by any of its mentions ("العاهل السعودي ... صوب المملكة" is Saudi Arabia), as a state mention.
  idx_t MatchKingdom(idx_t i, idx_t n, idx_t s, const std::vector<std::string>& countries) {
    lex.MatchAt(doc, doc.token_keys, i, &hits);
    for (const LexHit& h : hits)
      if (h.length > n && (h.table == LexHit::kActor || h.table == LexHit::kDemonym)) return 0;
    for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
      const std::string& code = doc.mentions[m].code;
      if (code.size() < 3) continue;
      const std::string cc = code.substr(0, 3);
      if (std::find(countries.begin(), countries.end(), cc) == countries.end()) continue;
      Add({i, i + n}, s, cc, lex.CountryName(cc), "state:" + cc, ActorKind::kState, MentionVia::kDescription, false);
      doc.mentions.back().antecedent = m;
      return n;
    }
    return 0;
  }

  // "الجماعة" alone, with its article ("جماعة حملة" introduces someone new): the group the article named
  // last, in the last five sentences: first one headed by the same word ("جماعة الإخوان المسلمين" in
  // Egyptian news, an earlier "الجماعة"), else a non-state armed or opposition group (REB, INS, OPP, UAF).
  // Nobody when there is none.
  idx_t MatchGroup(idx_t i, idx_t n, idx_t s) {
    if (!(doc.tokens[i].proclitics & kProAl) || doc.tokens[i].enclitic != Enclitic::kNone) return 0;
    // (headed by the same word: "جماعة الإخوان", or "الجماعة" resolved before, which keeps the chain)
    auto named_so = [&](const Mention& c) { return doc.token_keys[c.tokens.begin] == doc.token_keys[i]; };
    auto armed_group = [](const Mention& c) {
      if (c.kind != ActorKind::kGroup || c.code.size() != 6) return false;
      const std::string_view r = std::string_view(c.code).substr(3);
      return r == "REB" || r == "INS" || r == "OPP" || r == "UAF";
    };
    for (int pass = 0; pass < 2; ++pass) {
      for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
        const Mention& c = doc.mentions[m];
        if (s - c.sentence > 5) break;
        if (c.code.empty() || c.via == MentionVia::kPronoun) continue;
        if (pass == 0 ? !named_so(c) : !armed_group(c)) continue;
        const Mention a = c;
        Add({i, i + n}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, a.plural);
        doc.mentions.back().antecedent = m;
        return n;
      }
    }
    return 0;
  }

  // "اللجنة" alone, with its article (not "اللجنة الأولمبية", nor a name the lexicon holds): the body
  // the last five sentences named with the same head word ("اللجنة الدولية للصليب الأحمر ... ودعت
  // اللجنة"), or nothing (then it is read as any other word).
  idx_t MatchSameHead(idx_t i, idx_t n, idx_t s) {
    if (!(doc.tokens[i].proclitics & kProAl) || doc.tokens[i].enclitic != Enclitic::kNone) return 0;
    lex.MatchAt(doc, doc.token_keys, i, &hits);
    for (const LexHit& h : hits)
      if (h.length > n && (h.table == LexHit::kActor || h.table == LexHit::kRole)) return 0;
    const idx_t next = i + n;
    if (next < doc.sentences[s].tokens.end && (doc.tokens[next].flags & kTokWord) && Lexicon::IsNisba(doc.token_keys[next]) &&
        (doc.tokens[next].proclitics & kProAl))
      return 0;  // "اللجنة الأولمبية": a body of its own
    for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
      const Mention& c = doc.mentions[m];
      if (s - c.sentence > 5) break;
      if (c.code.size() < 3 || c.code.compare(0, 3, "---") == 0 || c.via == MentionVia::kPronoun ||
          doc.token_keys[c.tokens.begin] != doc.token_keys[i])
        continue;  // (a body of no known country tells no more than the word itself)
      if (c.tokens.end == c.tokens.begin + 1 && c.via != MentionVia::kDescription) continue;  // a bare role, no name
      const Mention a = c;
      Add({i, i + n}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, a.plural);
      doc.mentions.back().antecedent = m;
      return n;
    }
    return 0;
  }

  // "واتهم البيان الختامي ...": a statement as the subject of a verb stands for whoever issued it, the
  // international body or organization the last five sentences named last (not a state, nor a person:
  // "البيان الختامي لاجتماع عقدته دول منظمة التعاون الإسلامي"). Not "البيان الصادر عن X", which names it.
  // With its article only, no pronoun on it, governed by no preposition ("في البيان", "وفق البيان"), and
  // no issuer after it ("البيان الصادر عن X", "البيان لـX").
  idx_t MatchIssuer(idx_t i, idx_t n, idx_t s) {
    const Token& tk = doc.tokens[i];
    if (!(tk.proclitics & kProAl) || (tk.proclitics & (kProBi | kProLi | kProKa)) || tk.enclitic != Enclitic::kNone) return 0;
    if (i > doc.sentences[s].tokens.begin && Lexicon::IsPreposition(doc.token_keys[i - 1])) return 0;
    const idx_t next = i + n;
    if (next < doc.sentences[s].tokens.end &&
        (doc.token_keys[next] == "صادر" || doc.token_keys[next] == "منسوب" || (doc.tokens[next].proclitics & kProLi)))
      return 0;
    for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
      const Mention& c = doc.mentions[m];
      if (s - c.sentence > 5) break;
      if (c.via == MentionVia::kPronoun || c.code.size() < 3) continue;
      const bool body = c.code.compare(0, 3, "IGO") == 0 || c.code.compare(0, 3, "NGO") == 0;
      if (!body) continue;
      const Mention a = c;
      Add({i, i + n}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, a.plural);
      doc.mentions.back().antecedent = m;
      return n;
    }
    return 0;
  }

  // Whether the mention starting at token k names a region of its country ("شمال مالي", "جنوب لبنان").
  bool RegionOfCountry(idx_t k) const {
    std::string_view w = doc.token_keys[k];
    return w == "شمال" || w == "جنوب" || w == "شرق" || w == "غرب" || w == "وسط";
  }

  // True when token k is a finite verb or a speech verb by the lexicon (not a verbal noun).
  bool IsVerbWord(idx_t k) {
    lex.MatchAt(doc, doc.token_keys, k, &hits);
    for (const LexHit& h : hits)
      if (h.table == LexHit::kCue || (h.table == LexHit::kPattern && !lex.patterns()[h.row].noun)) return true;
    return false;
  }

  // Words of a role entry that are mostly common nouns: "القضاء على" (eliminating), "الأمن القومي"
  // (national security), a bare indefinite "نظام"/"إدارة"/"أمن" (a system, management, security), a
  // nisba adjective after an indefinite noun ("تدخل عسكري", "مؤتمر صحفي", "تقرير برلماني").
  bool CommonNounUse(idx_t i, const LexHit& role, idx_t end, idx_t s) {
    const Token& t = doc.tokens[i];
    std::string_view key = doc.token_keys[i];
    idx_t next = i + role.length;
    std::string_view after = next < end ? std::string_view(doc.token_keys[next]) : std::string_view();
    if (role.length == 1 && key == "قضاء" && after == "علي") return true;
    // "رأس السلطات الثلاث": the three branches of power (and "تلك السلطات" after them), no authorities.
    if (role.length == 1 && key == "سلطات" && (after == "ثلاث" || after == "الثلاث")) return true;
    if (role.length == 1 && key == "سلطات" && i > doc.sentences[s].tokens.begin && doc.token_keys[i - 1] == "تلك") {
      for (idx_t k = doc.sentences[s].tokens.begin; k + 1 < i; ++k)
        if (doc.token_keys[k] == "سلطات" && doc.token_keys[k + 1] == "ثلاث") return true;
    }
    // "أحرقوا الأعلام الأميركية", "رافعين الأعلام": flags, which unvocalized text spells as "الإعلام"
    // (the media) once the hamza is dropped.
    if (key == "اعلام" && i > doc.sentences[s].tokens.begin) {
      std::string orig = doc.OrigText(doc.tokens[i].norm);
      std::string_view pk = doc.token_keys[i - 1];
      if (pk.size() > 4 && pk.substr(0, 2) == "ب") pk.remove_prefix(2);
      static const char* const kFlagVerbs[] = {"احراق", "حرق", "احرقوا", "يحرقون", "احرق", "رفع", "رفعوا",
                                               "يرفعون", "رافعين", "حاملين", "يحملون", "حملوا", "لوحوا", "تمزيق",
                                               "مزقوا", "داسوا"};
      bool flag_verb = false;
      for (const char* v : kFlagVerbs) flag_verb = flag_verb || pk == v;
      if (flag_verb || orig.find("أعلام") != std::string::npos) return true;
    }
    // "نيابة عن فلان", "بالنيابة": on behalf of, not the prosecution.
    if (role.length == 1 && key == "نيابه" && (after == "عن" || (t.proclitics & kProBi))) return true;
    // "أمضى أسبوعين في المستشفى": a hospital or a school where someone is, a place. (Not with ب: "عميد
    // كلية الإدارة بجامعة بغداد" is the dean's university.)
    const RoleEntry& re = lex.roles()[role.row];
    if ((re.role == "HLH" || re.role == "EDU") && re.kind == ActorKind::kOrganization &&
        i > doc.sentences[s].tokens.begin && doc.token_keys[i - 1] == "في")
      return true;
    if (role.length == 1 && key == "امن" &&
        (after == "قومي" || after == "اقليمي" || after == "دولي" || after == "غذايي" || after == "مايي" ||
         after == "شخصي" || after == "بحري" || after == "سيبراني" || after == "طاقوي" || after == "عالمي"))
      return true;
    // "لإحلال السلم والأمن والاستقرار", "تهديد للأمن": security joined to peace or stability, or
    // threatened, is the state of things, not the police.
    if (role.length == 1 && key == "امن" && (t.proclitics & kProAl)) {
      auto abstract = [](std::string_view k) {
        return k == "سلم" || k == "سلام" || k == "استقرار" || k == "وسلم" || k == "واستقرار" || k == "وسلام";
      };
      const std::string_view before = i > doc.sentences[s].tokens.begin ? std::string_view(doc.token_keys[i - 1]) : "";
      const bool threat = before == "تهديد" || before == "تهديدا";
      if (abstract(after) || ((t.proclitics & kProWa) && abstract(before)) || (threat && (t.proclitics & kProLi))) return true;
    }
    // "ناشطون مجهولون": "unknown" right after a person's mention says who they are, no second actor.
    if ((key == "مجهولون" || key == "مجهولين") && !doc.mentions.empty() && doc.mentions.back().tokens.end == i)
      return true;
    // "عمل كرئيس تنفيذي", "كوزير للخارجية": كـ on a role names a capacity held, no one acting.
    if (t.proclitics & kProKa) return true;
    // "النظام الدفاعي", "النظام الانتخابي": a system (word class system_adjective), not the regime
    // ("النظام السوري", "النظام الصهيوني", "النظام العسكري").
    if (role.length == 1 && key == "نظام" && (t.proclitics & kProAl) && next < end &&
        (doc.tokens[next].proclitics & kProAl) && lex.InClass(Lexicon::WordClass::kSystemAdjective, after))
      return true;
    bool bare = !(t.proclitics & kProAl) && t.enclitic == Enclitic::kNone;
    if (!bare || role.length != 1) return false;
    // "نظام دفاع صاروخي", "على أمن وحياة الأهالي", "طريقة إدارة المنطقة": no article, no owner.
    if (key == "نظام" || key == "اداره" || key == "امن" || key == "قضاء" || key == "امن") {
      bool owner = false, state_owner = false;
      if (next < end && (doc.tokens[next].flags & kTokWord)) {
        lex.MatchAt(doc, doc.token_keys, next, &hits);
        for (const LexHit& h : hits) {
          owner = owner || h.table == LexHit::kActor || h.table == LexHit::kDemonym;
          state_owner = state_owner || (h.table == LexHit::kActor && lex.actors()[h.row].kind == ActorKind::kState);
        }
      }
      if (!owner) return true;
      // "مهمة لأمن أوروبا", "أمن مصر خط أحمر": a state's security, not its police ("أمن حماس" is
      // Hamas's security service; "الأمن المصري" is definite and never reaches here).
      if (key == "امن" && state_owner) return true;
    }
    // A nisba adjective ("عسكري", "صحفي", "داخلية") right after an indefinite noun that is no verb.
    if (!Lexicon::IsNisba(key) || (t.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa)) || i == doc.sentences[s].tokens.begin)
      return false;
    const Token& prev = doc.tokens[i - 1];
    if (!(prev.flags & kTokWord) || (prev.proclitics & kProAl) || prev.enclitic != Enclitic::kNone) return false;
    std::string_view pk = doc.token_keys[i - 1];
    if (IsGrammarWord(pk) || IsQuantityWord(pk) || IsRoleModifier(pk)) return false;
    // "مصدر ميداني", "شخص عسكري": the noun is a person and the adjective says which; "تقرير برلماني",
    // "بيان عسكري", "وفد أمني": a body's voice or envoys, which coders read as that body.
    static const char* const kOwned[] = {"مصدر", "مصادر", "شخص", "رجل", "امراه", "عنصر", "تقرير", "تقارير",
                                         "بيان", "تصريح", "تصريحات", "رساله", "وفد", "متحدث", "ناطق"};
    for (const char* o : kOwned)
      if (pk == o) return false;
    if (!doc.mentions.empty() && doc.mentions.back().tokens.end == i) return false;  // "مسؤول عسكري"
    if (std::isdigit(static_cast<unsigned char>(doc.TokenText(i - 1)[0]))) return false;
    return !IsVerbWord(i - 1);
  }

  // A sound plural or dual head of one word that keeps its ن (the role at i, the next word at j) is in
  // no construct: "مسلحون عامل إغاثة", "حقوقيون المجتمع الدولي" are two phrases (the construct would
  // be "مسلحو", "حقوقيو").
  bool KeepsNun(const RoleEntry& r, idx_t i, idx_t j) const {
    const std::string_view last = doc.token_keys[j - 1];
    return r.plural && j == i + 1 && last.size() > 4 &&
           (last.ends_with("\xd9\x88\xd9\x86") || last.ends_with("\xd9\x8a\xd9\x86") ||
            last.ends_with("\xd8\xa7\xd9\x86"));  // ون، ين، ان
  }

  // An indefinite role phrase of several words that ends in its adjective ("جماعة مسلحة", "منظمة
  // حقوقية": word class closing_adjective; not any nisba, "وزير خارجية مصر" is a construct) is
  // complete: what follows at j is the next actor ("هاجمت جماعة مسلحة الشرطة الليبية", "... حرس
  // السواحل الليبي"), since a genitive comes before the adjective in Arabic, never after it.
  bool ClosedByAdjective(idx_t i, idx_t len, idx_t j) const {
    if (len < 2 || j != i + len || (doc.tokens[i].proclitics & kProAl)) return false;
    const idx_t last = i + len - 1;
    if (doc.tokens[last].proclitics & kProAl) return false;
    return lex.InClass(Lexicon::WordClass::kClosingAdjective, doc.token_keys[last]);
  }

  // A role noun, then optional modifiers, a nationality or a country/actor, and a name.
  idx_t RolePhrase(idx_t i, const LexHit& role, idx_t end, idx_t s) {
    const RoleEntry& r = lex.roles()[role.row];
    idx_t j = i + role.length;
    if (CommonNounUse(i, role, end, s)) return j;
    // "قناة "سي أن أن" الأمريكية", "صحيفة "الغارديان"": a body's noun before its quoted name, which the
    // dictionary knows, is no second actor; the name is the mention.
    if (r.kind == ActorKind::kOrganization && j + 1 < end && (doc.tokens[j].flags & kTokQuote)) {
      lex.MatchAt(doc, doc.token_keys, j + 1, &hits);
      idx_t alen = 0;
      if (PickActor(hits, &alen) != kNone) return j;
    }
    // "وصف ترامب بأنه سياسي هزلي": an indefinite noun after "بأنه" is what someone is called, a label.
    // (A quote may open the label: بأنه "سياسي هزلي ومغرور".)
    if (idx_t q = i > doc.sentences[s].tokens.begin && (doc.tokens[i - 1].flags & kTokQuote) ? i - 1 : i;
        q > doc.sentences[s].tokens.begin && !(doc.tokens[i].proclitics & kProAl)) {
      const std::string_view k = doc.token_keys[q - 1];  // (the segmenter may leave "بأنه" whole)
      if (k == "بانه" || k == "بانها" || k == "بانهم" ||
          (k == "ان" && (doc.tokens[q - 1].proclitics & kProBi) && doc.tokens[q - 1].enclitic != Enclitic::kNone))
        return j;
    }
    std::string country;
    std::string person_code, person_name, person_id;
    idx_t name_begin = kNone;  // first token of the person's name, when one follows the role
    ActorKind kind = r.kind;
    // Roles chain: "ضابط استخبارات", "قائد قوات" — take the later, more specific role codes too.
    std::string roles = r.role;
    // ("فصله من الجيش عام 2012": عام before a number is the year, not "general")
    auto skip_mods = [&]() {
      while (j < end && IsRoleModifier(doc.token_keys[j]) && !(doc.tokens[j].proclitics & kProWa) &&
             !(doc.token_keys[j] == "عام" && j + 1 < end && (doc.tokens[j + 1].flags & kTokNumber)))
        ++j;
    };
    static const std::string kDeputy = Lexicon::MatchKey(NormalizeForMatch("نائب"));
    static const std::string kHead = Lexicon::MatchKey(NormalizeForMatch("رئيس"));
    static const std::string kMinisters = Lexicon::MatchKey(NormalizeForMatch("الوزراء"));
    static const std::string kGovernment = Lexicon::MatchKey(NormalizeForMatch("الحكومة"));
    for (int step = 0; step < 4 && j < end; ++step) {
      skip_mods();
      if (j >= end || !(doc.tokens[j].flags & kTokWord)) break;
      // "ريك مشار النائب السابق للرئيس": the deputy of a president or prime minister is in government,
      // not a member of parliament (نائب alone is an MP; "نائب الرئيس" is a row of its own).
      if (step == 0 && r.role == "LEG" && doc.token_keys[i] == kDeputy && (doc.tokens[j].proclitics & kProLi) &&
          doc.token_keys[j] == kHead) {
        roles = "GOV";
        ++j;
        if (j < end && (doc.token_keys[j] == kMinisters || doc.token_keys[j] == kGovernment)) ++j;
        continue;
      }
      // "المدعي العام للمجلس الوطني الانتقالي الليبي": a body right after the role with لـ is whose
      // office it is (not a medium spoken to: "قال مسؤول لرويترز"; not a person: "رسالة لحفتر").
      // (Not for a definite word right after a definite noun, its adjective: "المكتب السياسي لحركة حماس".)
      if (step == 0 && country.empty() && (doc.tokens[j].proclitics & kProLi) &&
          !(i > doc.sentences[s].tokens.begin && (doc.tokens[i - 1].proclitics & kProAl) && (doc.tokens[i].proclitics & kProAl) &&
            Lexicon::IsNisba(doc.token_keys[i])) &&
          !(doc.tokens[j].proclitics & (kProBi | kProWa | kProFa | kProKa))) {
        lex.MatchAt(doc, doc.token_keys, j, &hits);
        idx_t alen = 0;
        idx_t a = PickActor(hits, &alen);
        if (a != kNone) {
          const ActorEntry& e = lex.actors()[a];
          if (e.kind != ActorKind::kPerson && e.code.size() >= 3 && e.code.compare(0, 3, "---") != 0 &&
              e.code.compare(0, 3, "IGO") != 0 && e.code.find("MED") == std::string::npos) {
            country = e.code.substr(0, 3);
            j += alen;
            continue;
          }
        }
      }
      // "رسالة وجهتها الدبلوماسية الجزائرية لحفتر": a preposition starts another phrase.
      if (doc.tokens[j].proclitics & (kProBi | kProLi | kProWa | kProFa | kProKa)) break;
      lex.MatchAt(doc, doc.token_keys, j, &hits);
      std::vector<LexHit> hs = hits;
      // "منظمة الإنقاذ الألمانية": an organization's own name word (no actor, role or nationality),
      // then its nationality. After a definite head that word can only be an adjective, a nisba
      // ("الحكومة الانتقالية السودانية"), not a noun ("المنظمة الصادرات البريطانية" is two phrases).
      // An indefinite head may take a foreign proper name with no article: "صحيفة بيلد الألمانية".
      const bool head_al = doc.tokens[i].proclitics & kProAl, name_al = doc.tokens[j].proclitics & kProAl;
      if (country.empty() && r.kind == ActorKind::kOrganization &&
          ((name_al && (!head_al || Lexicon::IsNisba(doc.token_keys[j]))) || (!head_al && !name_al)) &&
          !First(hs, LexHit::kActor) && !First(hs, LexHit::kRole) && !First(hs, LexHit::kDemonym) && j + 1 < end &&
          !(doc.tokens[j + 1].proclitics & (kProBi | kProLi | kProWa | kProFa | kProKa))) {
        lex.MatchAt(doc, doc.token_keys, j + 1, &hits);
        if (First(hits, LexHit::kDemonym) != nullptr) {
          ++j;
          continue;
        }
      }
      if (hs.empty()) {
        // "في حزب الليكود", "باسم الحكومة": a preposition then an actor gives the country.
        std::string_view k = doc.token_keys[j];
        // "المبعوث الأممي", "المنسقة الأممية": the UN's, not the article's country.
        // "كبار قادة التنظيم": "التنظيم" alone, definite, is the armed organization the story is about
        // (a named one, "تنظيم القاعدة", is an actor of its own and never reaches here).
        if (k == "تنظيم" && step == 0 && (doc.tokens[j].proclitics & kProAl) && !(doc.tokens[i].proclitics & kProAl) &&
            kind != ActorKind::kState) {
          roles = "REB";
          ++j;
          break;
        }
        if ((k == "اممي" || k == "امميه") && country.empty()) {
          country = "IGO";
          roles = "UNO";
          ++j;
          break;
        }
        // "حكومة ماي", "قوات الرزوقي": a genitive of someone named in full before gives the country.
        if (country.empty() && !surnames.empty()) {
          auto sn = FindSurname(j);
          if (sn != surnames.end() && ((doc.tokens[j].proclitics & kProAl) != 0) == sn->second.article &&
              !(doc.tokens[j].proclitics & (kProWa | kProFa))) {
            const std::string& c = doc.mentions[sn->second.mention].code;
            if (c.size() >= 3 && c.compare(0, 3, "---") != 0) {
              country = c.substr(0, 3);
              ++j;
              break;
            }
          }
        }
        // "في حزب الليكود", "التابع للجيش التركي": the actor after gives the country.
        bool belongs = k == "تابع" || k == "تابعه" || k == "تابعين" || k == "موالي" || k == "مواليه" ||
                       k == "مواليه" || k == "موالين";
        // "فصائل من المعارضة السورية", "عناصر من الشرطة العراقية": a plural role's partitive من names
        // whose members they are.
        const bool partitive = k == "من" && r.plural && step == 0;
        if ((k == "في" || k == "باسم" || k == "لدي" || belongs || partitive) && j + 1 < end && country.empty()) {
          lex.MatchAt(doc, doc.token_keys, j + 1, &hits);
          std::vector<LexHit> h2 = hits;
          idx_t alen = 0;
          idx_t a = PickActor(h2, &alen);
          const LexHit* r3 = First(h2, LexHit::kRole);
          if (a != kNone) {
            country = lex.actors()[a].code.substr(0, 3);
            j = j + 1 + alen;
            continue;
          }
          if (belongs && r3) {
            // "تابع للجيش التركي": read the owner's role phrase for its country.
            idx_t save = static_cast<idx_t>(doc.mentions.size());
            idx_t next = RolePhrase(j + 1, *r3, end, s);
            if (doc.mentions.size() > save) {
              const std::string c = doc.mentions.back().code;
              if (c.size() >= 3 && c.compare(0, 3, "---") != 0) country = c.substr(0, 3);
              doc.mentions.pop_back();
            }
            j = next;
            continue;
          }
        }
        break;
      }
      const LexHit* dem = First(hs, LexHit::kDemonym);
      idx_t alen = 0;
      idx_t a = PickActor(hs, &alen);
      const LexHit* role2 = First(hs, LexHit::kRole);
      if (dem && country.empty() && (a == kNone || dem->length >= alen)) {
        country = lex.demonyms()[dem->row];
        j += dem->length;
        continue;
      }
      if (a != kNone) {
        const ActorEntry& e = lex.actors()[a];
        if (e.kind == ActorKind::kPerson) {
          // "انتقد وزير الخارجية الفرنسي ترامب": a title of another country than the name's is
          // another actor; the name is the next mention.
          if (!country.empty() && e.code.size() >= 3 && e.code.compare(0, 3, country) != 0) break;
          // A title before the name is the person ("الرئيس الأوكراني فيكتور يانوكوفيتش"); a body before
          // it is his regime or forces ("نظام القذافي", "كتائب القذافي"), coded as in his time.
          person_code = r.kind == ActorKind::kPerson ? CodeAtPublication(a, hs) : e.code;
          person_name = e.name;
          person_id = e.id;
          name_begin = j;
          j += alen;
          break;  // the name ends the phrase
        }
        // "حقوقيون المجتمع الدولي": an indefinite plural that keeps its ن takes no definite genitive
        // (a definite head agrees with a definite nisba: "المقاتلين الأكراد").
        const bool no_construct = KeepsNun(r, i, j) && !(doc.tokens[i].proclitics & kProAl) &&
                                  (doc.tokens[j].proclitics & kProAl) && !doc.token_keys[j - 1].ends_with("\xd8\xa7\xd9\x86");
        // A definite head is in no construct either, and an indefinite noun after it is no adjective:
        // "وبايع اللواء تنظيم الدولة" is the brigade and the organization it pledged to (a title before a
        // person's name is read above; "المقاتلين الأكراد" agree).
        const bool definite_head_then_noun = step == 0 && role.length == 1 && j == i + 1 && (doc.tokens[i].proclitics & kProAl) &&
                                             !(doc.tokens[j].proclitics & kProAl) && doc.token_keys[j] != "باسم";
        if (country.empty() && !no_construct && !definite_head_then_noun && !ClosedByAdjective(i, role.length, j)) {
          // Genitive: "قوات حفتر" is handled as a person above; "وزير خارجية الجزائر", "جيش الاحتلال".
          country = e.code.substr(0, 3);
          // A spokesman takes the role of the body he speaks for ("المتحدث باسم الجيش الوطني الليبي":
          // LBYMIL), as roles.tsv says.
          std::string_view head = doc.token_keys[i];
          const bool spokes = head == "متحدث" || head == "متحدثه" || head == "ناطق" || head == "ناطقه";
          if (e.kind != ActorKind::kState && e.code.size() > 3 && (roles.empty() || spokes)) roles = e.code.substr(3);
          j += alen;
          continue;
        }
        break;
      }
      // "مسلحون العميد ...": a definite singular title after a plural is the next actor (a verb's
      // object), not a genitive of the first ("ضابط استخبارات", "جنود الجيش").
      bool next_actor = role2 && r.plural && !lex.roles()[role2->row].plural &&
                        lex.roles()[role2->row].kind == ActorKind::kPerson && (doc.tokens[j].proclitics & kProAl);
      // A definite head takes no genitive: "الوفد الحكومة" is two phrases, "الوفد الحكومي" one.
      const bool genitive_ok = (!(doc.tokens[i].proclitics & kProAl) || Lexicon::IsNisba(doc.token_keys[j])) && !KeepsNun(r, i, j);
      const bool closed = ClosedByAdjective(i, role.length, j);
      if (role2 && step == 0 && country.empty() && !next_actor && genitive_ok && !closed) {
        const RoleEntry& r2 = lex.roles()[role2->row];
        // the later noun is the more specific ("ضابط استخبارات"), but a family stays civilian ("عائلة
        // المرشح" are the candidate's relatives, not the elite he belongs to)
        const bool family = lex.InClass(Lexicon::WordClass::kFamilyNoun, doc.token_keys[i]);
        if (!r2.role.empty() && r2.role != roles && !family) roles = r2.role;
        j += role2->length;
        continue;
      }
      break;
    }
    std::string code, name, id;
    MentionVia via = MentionVia::kRole;
    if (!person_code.empty()) {
      code = person_code;
      if (code.size() == 3 && !roles.empty()) code += roles.substr(0, 3);
      name = person_name;
      id = person_id;
      kind = ActorKind::kPerson;
      via = MentionVia::kName;
    } else {
      code = (country.empty() ? "---" : country) + roles;
      name = doc.OrigText(doc.TokensNorm({i, j}));
      if (roles.empty() && !country.empty()) kind = ActorKind::kState;
    }
    if (country.empty() && person_code.empty() && roles.empty()) return i + role.length;  // "الجانب" alone
    // A bare definite role right after a definite noun is an adjective, not an actor:
    // "العلاقات الدبلوماسية", "علاقاتها الدبلوماسية", "العملية العسكرية".
    if (country.empty() && person_code.empty() && i > doc.sentences[s].tokens.begin) {
      const Token& prev = doc.tokens[i - 1];
      const Token& cur = doc.tokens[i];
      // (a word with a pronoun is definite as a noun, "علاقاتها الدبلوماسية", but may be a verb with its
      // object: "الاتفاقات التي أبرمتها الحكومة"; only a nisba is an adjective there)
      // (a weekday is no noun that a plural role describes: "ودعت الشركة الخميس المقاطعين إلى"; a
      // singular one there still needs a country of its own, "الثلاثاء الوزير السابق في حكومة ساركوزي")
      const bool after_weekday = r.plural && timex::MonthLexicon::Get().Weekday(doc.TokenText(i - 1)) >= 0;
      bool prev_definite = (prev.flags & kTokWord) && !after_weekday &&
                           ((prev.proclitics & kProAl) ||
                            (prev.enclitic != Enclitic::kNone && Lexicon::IsNisba(doc.token_keys[i])));
      bool cur_adjective = (cur.proclitics & kProAl) && !(cur.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa));
      bool prev_is_actor = !doc.mentions.empty() && doc.mentions.back().tokens.end == i;
      if (prev_definite && cur_adjective && !prev_is_actor && j == i + role.length) return j;
      // "تنظيم الإخوان الإرهابي", "داعش الإرهابي": a definite nisba right after an actor's name is its
      // adjective.
      if (prev_is_actor && cur_adjective && j == i + role.length && Lexicon::IsNisba(doc.token_keys[i]) &&
          doc.mentions.back().via == MentionVia::kName)
        return j;
      // "دعمها اللوجستي والإعلامي": a definite nisba joined by و to a definite nisba before it is that
      // noun's second adjective.
      const bool wa_al = (cur.proclitics & kProWa) && (cur.proclitics & kProAl) &&
                         !(cur.proclitics & (kProFa | kProBi | kProLi | kProKa));
      if (wa_al && role.length == 1 && j == i + 1 && Lexicon::IsNisba(doc.token_keys[i]) && (prev.flags & kTokWord) &&
          (prev.proclitics & kProAl) && Lexicon::IsNisba(doc.token_keys[i - 1]) && !prev_is_actor)
        return j;
      // "مطار بنينا العسكري", "قاعدة أبو ستة البحرية": a definite nisba adjective after a proper name of
      // a place (one or two words no dictionary knows, after a noun of places) is the place's adjective.
      if (Lexicon::IsNisba(doc.token_keys[i]) && cur_adjective && !prev_is_actor && j == i + role.length) {
        for (idx_t words = 1; words <= 2; ++words) {
          if (i < doc.sentences[s].tokens.begin + words + 1 || !IsSiteNoun(doc.token_keys[i - words - 1])) continue;
          bool unknown = true;
          for (idx_t k = i - words; k < i && unknown; ++k) {
            lex.MatchAt(doc, doc.token_keys, k, &hits);
            unknown = (doc.tokens[k].flags & kTokWord) && hits.empty();
          }
          if (unknown) return j;
        }
      }
    }
    // "التأزم السياسي اللبناني", "الوضع الأمني العراقي": a relational adjective (سياسي، عسكري، أمني)
    // after a definite noun stays an adjective when a nationality follows it too.
    if (!country.empty() && person_code.empty() && role.length == 1 && i > doc.sentences[s].tokens.begin &&
        IsRoleModifier(doc.token_keys[i])) {
      const Token& prev = doc.tokens[i - 1];
      const Token& cur = doc.tokens[i];
      bool prev_definite = (prev.flags & kTokWord) && (prev.proclitics & kProAl) && !IsGrammarWord(doc.token_keys[i - 1]);
      bool cur_adjective = (cur.proclitics & kProAl) && !(cur.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa));
      bool prev_is_actor = !doc.mentions.empty() && doc.mentions.back().tokens.end == i;
      if (prev_definite && cur_adjective && !prev_is_actor) return j;
    }
    if (person_code.empty() && !roles.empty()) {
      if (idx_t next = UnknownPerson(i, j, end, s, r, country, roles)) return next;
    }
    // A bare definite title refers back; an indefinite one ("عبر ضابط يدعى موشيه") introduces someone new,
    // and so does one with a number after it, a unit's name ("استهداف الكتيبة 101", "اللواء 105").
    idx_t ante = kNone;
    const bool numbered = j < doc.tokens.size() && doc.tokens[j].sentence == s && (doc.tokens[j].flags & kTokNumber);
    // A plural refers back only to a group named with the same head word ("الوحدات" after "وحدات حماية
    // الشعب"), never to any group of its role.
    if (country.empty() && person_code.empty() && (doc.tokens[i].proclitics & kProAl) && j == i + role.length && !numbered) {
      // A bare title ("اللواء المتقاعد", "الوزير") refers back to the latest actor named with the same
      // title word ("الوزير السابق" -> "وزير النفط الليبي السابق", not a former president), else to the
      // latest actor with that role.
      for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0 && ante == kNone;) {
        const Mention& c = doc.mentions[m];
        if (s - c.sentence > 5) break;
        if (c.via == MentionVia::kPronoun || c.code.size() <= 3 || c.code.compare(0, 3, "---") == 0) continue;
        // the title word heads the mention ("وزير النفط الليبي السابق", not "القوات الموالية للحكومة");
        // migrants named again keep no country ("المهاجرين" after "المهاجرين الأفارقة" is any of them)
        if (doc.token_keys[c.tokens.begin] == doc.token_keys[i] && !(r.plural && roles == "REF")) ante = m;
      }
      for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0 && ante == kNone && !r.plural;) {
        const Mention& c = doc.mentions[m];
        if (s - c.sentence > 5) break;
        if (c.code.size() > 3 && c.code.compare(0, 3, "---") != 0 && c.code.substr(3, 3) == roles.substr(0, 3)) {
          ante = m;
          break;
        }
      }
    }
    // "تقييد حريتهم في الحركة", "يكون الوطن والمواطن غاية الحوار": "الحركة" that names no movement
    // named before is movement, "المواطن" alone the citizen in general; neither is an actor.
    if (ante == kNone && country.empty() && person_code.empty() && j == i + 1 && (doc.tokens[i].proclitics & kProAl) &&
        lex.InClass(Lexicon::WordClass::kGenericNoun, doc.token_keys[i]))
      return j;
    // "ويرى المسؤولان", "ما إذا كان الوفدان قد اجتمعا": a definite dual with no country is the two
    // sides of a meeting the story told, most often of two states: no one actor (the same dual named
    // before is found above).
    // (A dual is a singular word + ان: "مسؤولان", "وفدان"; "السكان", "اللجان" are broken plurals.)
    if (ante == kNone && country.empty() && person_code.empty() && r.plural && j == i + role.length &&
        (doc.tokens[i].proclitics & kProAl)) {
      const std::string& k = doc.token_keys[i];
      if (k.size() > 6 && k.ends_with("\xd8\xa7\xd9\x86") && lex.IsKnownWord(std::string_view(k).substr(0, k.size() - 4)))
        return j;
    }
    if (ante != kNone) {
      const Mention a = doc.mentions[ante];
      Add({i, j}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, false);
      doc.mentions.back().antecedent = ante;
      return j;
    }
    Add({i, j}, s, code, name, id, kind, via, r.plural);
    if (name_begin != kNone) RememberSurname(name_begin, j);
    if (country.empty() && j < end && (doc.token_keys[j] == "دول" || doc.token_keys[j] == "بلدان"))
      doc.mentions.back().confidence = kForeignOwner;
    return j;
  }
};

// A role with no country of its own ("قوات الأمن", "المسلحين") belongs, as annotators code it, to
// the country the article is about: the one its named actors belong to most often.
// The country whose cities the document names most often ("في البصرة", "قرب نابلس"), counting only
// names that belong to one country; "" when none.
// (With `only`, the one sentence of that index, read alone: "" also when it names the cities of two
// countries or a name of several countries' towns.)
std::string CityCountry(const Doc& doc, const Gazetteer& places, const Lexicon& lex, idx_t only = kNone) {
  const FormCache forms = only == kNone ? FormCache(doc) : FormCache(doc, doc.sentences[only].tokens);
  std::vector<LexHit> hits;
  std::unordered_map<std::string, int> count;
  std::string best;
  int best_n = 0;
  std::vector<idx_t> ids;
  const idx_t first = only == kNone ? 0 : only;
  const idx_t last = only == kNone ? static_cast<idx_t>(doc.sentences.size()) : only + 1;
  for (idx_t si = first; si < last; ++si) {
    const mizan::Sentence& s = doc.sentences[si];
    for (idx_t t = s.tokens.begin; t < s.tokens.end;) {
      idx_t len = 0;
      ids.clear();
      if (!(doc.tokens[t].flags & kTokWord) || !places.MatchCity(forms, t, s.tokens.end, &len, &ids) || len == 0) {
        ++t;
        continue;
      }
      // A place name that is also a dictionary word ("جامعة": a town in Algeria, and "university")
      // counts only when nothing else reads it.
      lex.MatchAt(doc, doc.token_keys, t, &hits);
      bool word = false;
      for (const LexHit& h : hits) word = word || h.table != LexHit::kActor;  // a capital is fine
      if (word) {
        t += len;
        continue;
      }
      const std::string& cc = places.place(ids[0]).country;
      bool one = true;
      for (idx_t id : ids) one = one && places.place(id).country == cc;
      if (only != kNone) {
        // In one sentence a name counts only where a place word or ب introduces it ("في نعلين", "سجن
        // قرب الموصل"; not "ساحة البرج"), and a name of several countries' towns decides nothing.
        const std::string_view prev = t > s.tokens.begin ? std::string_view(doc.token_keys[t - 1]) : std::string_view();
        const bool introduced = (doc.tokens[t].proclitics & kProBi) || lex.InClass(Lexicon::WordClass::kPlacePrep, prev) ||
                                lex.InClass(Lexicon::WordClass::kOriginPrep, prev) || IsPlaceNoun(prev) ||
                                IsSiteNoun(prev) || IsTownNoun(prev);
        if (!introduced) {
          t += len;
          continue;
        }
        if (!one) return "";
      }
      if (one && (++count[cc]) > best_n) {
        best_n = count[cc];
        best = cc;
      }
      t += len;
    }
  }
  if (only != kNone && count.size() > 1) return "";
  return best;
}

// The country of the city a role is placed in, right after it: "مسلحون في منبج", "جماعة مسلحة في
// مدينة صبراتة", "الشرطة بمدينة البصرة"; "" when none, or when the name is also a word or names cities of
// several countries.
std::string PlacedIn(const Doc& doc, const Gazetteer& places, const Lexicon& lex, const Mention& m,
                     std::vector<LexHit>* hits, std::vector<idx_t>* ids) {
  const idx_t end = doc.sentences[m.sentence].tokens.end;
  idx_t t = m.tokens.end;
  bool in = false, from = false, noun = false;
  if (t < end && (doc.token_keys[t] == "في" || doc.token_keys[t] == "من")) {
    in = true;
    from = doc.token_keys[t] == "من";
    ++t;
  }
  if (t < end && (in || (doc.tokens[t].proclitics & kProBi))) {
    const std::string& k = doc.token_keys[t];
    if (IsTownNoun(k)) {
      in = noun = true;
      ++t;
    }
  }
  // (A bare بـ is too weak: "المتشددين بكافة أطيافهم" is no town; a bare من is a partitive or a
  // source: "مسؤولون من الحكومة".)
  if (t >= end || !in || (from && !noun)) return "";
  // "مسؤولون في قاعدة بحرية ليبية", "نواب في المعارضة الكويتية": the place or the body after في
  // carries its country as an adjective (up to three words on, no punctuation or و between; an actor's
  // name first ends the search). Not any noun: "مسلحين في ضربة جوية أميركية" were struck by it.
  auto place_or_body = [&](idx_t w) {
    const std::string& k = doc.token_keys[w];
    if (IsTownNoun(k) || IsPlaceNoun(k) || IsSiteNoun(k) || k == "قطاع" || k == "اقليم" || k == "اراضي" || k == "مناطق" ||
        k == "حدود")
      return true;
    lex.MatchAt(doc, doc.token_keys, w, hits);
    for (const LexHit& h : *hits)
      if (h.table == LexHit::kRole) return true;
    return false;
  };
  if (!from && (doc.tokens[t].flags & kTokWord) && place_or_body(t)) {
    for (idx_t at = t + 1; at < end && at <= t + 3; ++at) {
      const Token& tk = doc.tokens[at];
      if (!(tk.flags & kTokWord) || (tk.proclitics & (kProWa | kProFa | kProBi | kProLi))) break;
      lex.MatchAt(doc, doc.token_keys, at, hits);
      const LexHit* dem = nullptr;
      bool actor = false;
      for (const LexHit& h : *hits) {
        actor = actor || h.table == LexHit::kActor;  // (a role word may be the adjective: "بحرية")
        if (h.table == LexHit::kDemonym && !dem) dem = &h;
      }
      if (dem && !actor) return lex.demonyms()[dem->row];
      if (actor) break;
    }
  }
  // After a noun of places the town may be one the gazetteer lacks, placed by a city after it:
  // "المواطنين من قرية كفر قليل جنوب نابلس" (up to three words of name, no punctuation between).
  const idx_t last = noun ? std::min<idx_t>(end, t + 4) : t + 1;
  const FormCache forms(doc, Range{t, std::min<idx_t>(end, last + 3)});
  for (idx_t at = t; at < last; ++at) {
    if (doc.tokens[at].flags & kTokPunct) return "";
    idx_t len = 0;
    ids->clear();
    if (!places.MatchCity(forms, at, end, &len, ids) || len == 0) continue;
    lex.MatchAt(doc, doc.token_keys, at, hits);
    bool actor = false;
    for (const LexHit& h : *hits) actor = actor || h.table == LexHit::kActor;
    if (actor) return "";
    const std::string& cc = places.place((*ids)[0]).country;
    for (idx_t id : *ids)
      if (places.place(id).country != cc) return "";
    return cc;
  }
  return "";
}

// "انفجرت عبوة بقواته": a role that ends in a pronoun ("قواته", "جنودها") is its antecedent's, so its
// country is the antecedent's (the coalition's forces, not the article's country); "" when the pronoun
// finds no antecedent with a country.
std::string Possessor(const Doc& doc, const Mention& m) {
  if (m.via != MentionVia::kRole || m.tokens.size() != 1) return "";
  const idx_t t = m.tokens.begin;
  const Enclitic e = doc.tokens[t].enclitic;
  if (e != Enclitic::kHu && e != Enclitic::kHa && e != Enclitic::kHum && e != Enclitic::kHuma) return "";
  const idx_t a = FindAntecedent(doc, t, e, "");
  if (a == kNone || doc.mentions[a].code.size() < 3 || doc.mentions[a].code.compare(0, 3, "---") == 0) return "";
  return doc.mentions[a].code.substr(0, 3);
}

// "مسؤولان أمريكيان في وزارة الدفاع": a body right after "في" that follows an actor whose own words
// named a country is that country's (the Americans work in their own ministry); "" otherwise.
std::string MemberOf(const Doc& doc, const Mention& m) {
  const idx_t b = m.tokens.begin;
  if (m.via != MentionVia::kRole || b < 2 || doc.tokens[b - 1].sentence != m.sentence || doc.token_keys[b - 1] != "في")
    return "";
  for (const Mention& c : doc.mentions) {
    if (c.tokens.end != b - 1 || c.via == MentionVia::kPronoun || c.confidence < 1.0f || c.code.size() < 3 ||
        c.code.compare(0, 3, "---") == 0 || c.code.compare(0, 3, "IGO") == 0 || c.kind == ActorKind::kState)
      continue;
    return c.code.substr(0, 3);
  }
  return "";
}

// "موظف باللجنة", "المتحدثة باسم اللجنة", "مسؤول في الأمم المتحدة": a person named by a role right
// before "بـ"/"في"/"لدى" and an organization (or ending in "باسم" before it) works for it and is coded
// as it: the whole code of an international or non-governmental body (NGOHLHIRC, not YEMLAB), else
// the body's country. "" when no organization follows.
std::string WorksFor(const Doc& doc, const Mention& m) {
  if (m.via != MentionVia::kRole || m.kind != ActorKind::kPerson) return "";
  idx_t t = m.tokens.end;
  if (t >= doc.tokens.size() || doc.tokens[t].sentence != m.sentence) return "";
  const bool named_for = doc.token_keys[t - 1] == "باسم";
  const std::string& k = doc.token_keys[t];
  if (!named_for && (k == "في" || k == "لدى")) ++t;
  else if (!named_for && !(doc.tokens[t].proclitics & kProBi)) return "";
  for (const Mention& o : doc.mentions) {
    if (o.tokens.begin != t || o.sentence != m.sentence || o.kind != ActorKind::kOrganization) continue;
    if (o.via != MentionVia::kName && o.via != MentionVia::kDescription) continue;
    if (o.confidence < 1.0f || o.code.size() < 3 || o.code.compare(0, 3, "---") == 0) continue;
    if (o.code.compare(0, 3, "IGO") == 0 || o.code.compare(0, 3, "NGO") == 0) return o.code;
    return o.code.substr(0, 3);
  }
  return "";
}

// A bare definite plural role ("المسؤولون", "المقاتلين") is of the country of the latest plural with the
// same role, up to three sentences back, whose own words named one ("مسؤولان أمريكيان ... كما انتقد
// المسؤولون"): a group named again, not a new one of the article's country; "" when none.
std::string PluralNamedBefore(const Doc& doc, const Mention& m) {
  if (m.via != MentionVia::kRole || !m.plural || m.code.size() != 6 || m.tokens.size() > 2 ||
      !(doc.tokens[m.tokens.begin].proclitics & kProAl))
    return "";
  const Mention* latest = nullptr;
  for (const Mention& c : doc.mentions) {
    if (c.tokens.begin >= m.tokens.begin || m.sentence - c.sentence > 3) continue;
    if (c.via != MentionVia::kRole || !c.plural || c.confidence < 1.0f || c.code.size() != 6 ||
        c.code.compare(0, 3, "---") == 0 || c.code.compare(0, 3, "IGO") == 0 || c.code.compare(3, 3, m.code, 3, 3) != 0)
      continue;
    if (!latest || c.tokens.begin > latest->tokens.begin) latest = &c;
  }
  return latest ? latest->code.substr(0, 3) : "";
}

// "مسؤولون ليبيون بأن قوات خفر السواحل الوطنية": a body called "national" is the country of the
// nearest actor before it in its sentence that has one (whose words or rules gave it); "" otherwise.
std::string NationalOf(const Doc& doc, const Mention& m, const std::vector<bool>& from_default) {
  const idx_t e = m.tokens.end;
  if (m.via != MentionVia::kRole || e >= doc.tokens.size() || doc.tokens[e].sentence != m.sentence) return "";
  const std::string& k = doc.token_keys[e];
  if (k != "وطني" && k != "وطنيه") return "";
  const Mention* best = nullptr;
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& c = doc.mentions[i];
    if (c.sentence != m.sentence || c.tokens.end > m.tokens.begin || from_default[i] || c.code.size() < 3) continue;
    if (c.code.compare(0, 3, "---") == 0 || c.code.compare(0, 3, "IGO") == 0 || c.code.compare(0, 3, "NGO") == 0) continue;
    if (!best || c.tokens.begin > best->tokens.begin) best = &c;
  }
  return best ? best->code.substr(0, 3) : "";
}

// "قوات خفر السواحل الوطنية ... إن خفر السواحل انتشل": a role with no country whose words end an
// earlier role of the same code, in the last five sentences, is that body named again and takes its
// country, when the earlier one's came from its own words or a rule, not from the article's default.
std::string RoleNamedBefore(const Doc& doc, const Mention& m, const std::vector<bool>& from_default) {
  if (m.via != MentionVia::kRole || m.code.size() < 6) return "";
  const idx_t n = m.tokens.size();
  const Mention* latest = nullptr;
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& c = doc.mentions[i];
    if (c.tokens.begin >= m.tokens.begin || m.sentence - c.sentence > 5 || from_default[i]) continue;
    if (c.via != MentionVia::kRole || c.code.size() != m.code.size() || c.tokens.size() < n) continue;
    if (c.code.compare(0, 3, "---") == 0 || c.code.compare(0, 3, "IGO") == 0 || c.code.compare(3, std::string::npos, m.code, 3) != 0)
      continue;
    bool same = true;
    for (idx_t j = 0; j < n && same; ++j)
      same = doc.token_keys[m.tokens.begin + j] == doc.token_keys[c.tokens.end - n + j];
    if (same && (!latest || c.tokens.begin > latest->tokens.begin)) latest = &c;
  }
  return latest ? latest->code.substr(0, 3) : "";
}

// "متهم في عمليات إرهابية في مصر، أهمها استهداف الكتيبة 101": the one state the role's sentence
// names after في (where it happens) is the country of a role that has none, before the article's
// (on the 80 default countries labelled by hand: 2 more right, none fewer; on the dev mentions 4 change,
// 3 to the right country).
std::string SentencePlaceState(const Doc& doc, const Mention& r) {
  std::string cc;
  for (const Mention& m : doc.mentions) {
    if (m.sentence != r.sentence || m.kind != ActorKind::kState || m.via != MentionVia::kName || m.code.size() != 3) continue;
    const idx_t b = m.tokens.begin;
    if (b == 0 || doc.tokens[b - 1].sentence != m.sentence || doc.token_keys[b - 1] != "في") continue;
    if (!cc.empty() && cc != m.code) return "";
    cc = m.code;
  }
  return cc;
}

// "المقاتلين الأكراد المتمركزين في شمال العراق", "يسيطر عليها الأكراد في شمال سوريا": the state named
// after في within four words after the mention (past a word of direction), or "".
std::string StateAfterIn(const Doc& doc, const Mention& r) {
  const idx_t end = doc.sentences[r.sentence].tokens.end;
  for (idx_t t = r.tokens.end; t + 1 < end && t < r.tokens.end + 4; ++t) {
    if (doc.tokens[t].flags & kTokPunct) return "";
    if (doc.token_keys[t] != "في") continue;
    // (past up to two words of direction: "في شمال غربي سوريا")
    auto direction = [&](idx_t k) {
      for (std::string_view w : {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})
        if (doc.token_keys[k] == w) return true;
      return false;
    };
    idx_t at = t + 1;
    while (at < end && at < t + 3 && direction(at)) ++at;
    for (const Mention& m : doc.mentions)
      if (m.sentence == r.sentence && m.kind == ActorKind::kState && m.code.size() == 3 &&
          (m.tokens.begin == at || m.tokens.begin == t + 1))
        return m.code;
    return "";
  }
  return "";
}

constexpr std::string_view kKurds = "KUR";  // the code of the Kurds as a people (organizations.tsv "kurds")

void AssignDefaultCountry(Doc& doc, const Gazetteer& places, const Lexicon& lex) {
  std::unordered_map<std::string, int> count;
  std::string best;
  int best_n = 0;
  for (const Mention& m : doc.mentions) {
    if (m.code.size() < 3 || m.code.compare(0, 3, "---") == 0) continue;
    if (m.code.compare(0, 3, "IGO") == 0 || m.code.compare(0, 3, "NGO") == 0) continue;
    if (m.code.compare(0, 3, kKurds) == 0) continue;  // a people of four states, no state of its own (below)
    // News agencies and papers report from everywhere: "وكالة رويترز" does not make the article British,
    // nor a dateline ("دبي، الإمارات العربية المتحدة (CNN)") Emirati.
    if (m.code.size() >= 6 && m.code.compare(3, 3, "MED") == 0) continue;
    if (m.kind == ActorKind::kState && IsDatelineState(doc, m)) continue;
    // Named actors decide; role phrases ("قوات النظام السوري") only break ties or stand alone.
    int n = (count[m.code.substr(0, 3)] += m.via == MentionVia::kRole ? 1 : 100);
    if (n > best_n) {
      best_n = n;
      best = m.code.substr(0, 3);
    }
  }
  // The Kurds (KUR) are a people of Syria, Turkey, Iraq and Iran: coded as the armed Kurds of the state
  // they are placed in ("مواجهات مع الأكراد في عفرين"), or of the one the article is about when it is
  // one of those four; as a people of no state otherwise.
  {
    std::vector<LexHit> hits;
    std::vector<idx_t> ids;
    for (Mention& m : doc.mentions) {
      if (m.code.compare(0, 3, kKurds) != 0 || m.via == MentionVia::kPronoun) continue;
      std::string cc = PlacedIn(doc, places, lex, m, &hits, &ids);
      if (cc.empty()) cc = StateAfterIn(doc, m);
      if (cc.empty()) cc = SentencePlaceState(doc, m);
      // ("أرسلت تركيا قوات إلى سوريا لقتال المسلحين الأكراد": where the fight was taken to)
      for (const Mention& s : doc.mentions) {
        if (!cc.empty()) break;
        const idx_t b = s.tokens.begin;
        if (s.sentence == m.sentence && s.kind == ActorKind::kState && b > 0 && doc.tokens[b - 1].sentence == m.sentence &&
            doc.token_keys[b - 1] == "الي" && (s.code == "SYR" || s.code == "IRQ"))
          cc = s.code;
      }
      if (cc.empty() && (best == "SYR" || best == "TUR" || best == "IRQ" || best == "IRN")) cc = best;
      if (cc != "SYR" && cc != "TUR" && cc != "IRQ" && cc != "IRN") continue;
      m.code = cc + (m.code.size() > 3 ? m.code.substr(3) : "REB");  // ("المقاتلين الأكراد": KURREB)
      m.confidence = 0.5f;
    }
  }
  // A non-governmental body of no stated country ("سفينة إنقاذ", "منظمة غير حكومية") is coded by CAMEO's
  // international code NGO, as the gold and the schema do, not as ---NGO: the article's country is no
  // evidence of its own (below).
  // (Not a bare "منظمة" or "جمعية", which names an international body or a local association as often.)
  for (Mention& m : doc.mentions) {
    if (m.code.size() < 6 || m.code.compare(0, 6, "---NGO") != 0) continue;
    const std::string_view head = doc.token_keys[m.tokens.begin];
    const bool bare = m.tokens.end == m.tokens.begin + 1 &&
                      (head == "منظمه" || head == "منظمات" || head == "جمعيه" || head == "جمعيات");
    if (!bare) m.code = m.code.substr(3);
  }
  bool generic = false;
  for (const Mention& m : doc.mentions) generic = generic || m.code.compare(0, 3, "---") == 0;
  if (!generic) return;
  if (best.empty()) best = CityCountry(doc, places, lex);
  std::vector<LexHit> hits;
  std::vector<idx_t> ids;
  std::vector<bool> from_default(doc.mentions.size(), false);  // took the article's country, no better
  std::unordered_map<idx_t, std::string> city_of_sentence;
  for (idx_t mi = 0; mi < doc.mentions.size(); ++mi) {
    Mention& m = doc.mentions[mi];
    // A dictionary entry coded "---" on purpose (transnational groups: داعش) keeps it.
    if (m.via == MentionVia::kName && !m.actor_id.empty() && m.actor_id != kUnknownActorId) continue;
    if (m.via == MentionVia::kPronoun || m.via == MentionVia::kDescription) continue;
    // Migrants and refugees come from elsewhere and NGOs are often foreign: the article's country is no
    // evidence of theirs ("إنقاذ المهاجرين", "منظمة أس أو أس"); an international body has no state
    // ("المنظمات الدولية" in an article about Yemen is no YEMIGO).
    if (m.code.size() >= 6 && (m.code.compare(3, 3, "REF") == 0 || m.code.compare(3, 3, "NGO") == 0 ||
                               m.code.compare(3, 3, "IGO") == 0))
      continue;
    // Companies trade across borders ("شركة Arconic" in a German's story); parties and armed groups
    // are nearly always of the country the article is about.
    if (m.actor_id == kUnknownActorId && m.code.size() >= 6 && m.code.compare(3, 3, "BUS") == 0) continue;
    if (m.confidence == kForeignOwner) continue;
    if (m.code.size() > 3 && m.code.compare(0, 3, "---") == 0) {
      if (std::string body = WorksFor(doc, m); !body.empty()) {
        m.code = body.size() > 3 ? body : body + m.code.substr(3);
        m.confidence = 0.5f;
        continue;
      }
      std::string cc = PlacedIn(doc, places, lex, m, &hits, &ids);
      if (cc.empty()) cc = Possessor(doc, m);
      if (cc.empty()) cc = MemberOf(doc, m);
      if (cc.empty()) cc = PluralNamedBefore(doc, m);
      if (cc.empty()) cc = NationalOf(doc, m, from_default);
      if (cc.empty()) cc = RoleNamedBefore(doc, m, from_default);
      // (a body or a group: a person's office is more often named apart, "رئيس حكومة تصريف الأعمال
      // اللبنانية نجيب ميقاتي ... في سوريا")
      if (cc.empty() && m.kind != ActorKind::kPerson) cc = SentencePlaceState(doc, m);
      // "يحررون 716 سنيا من سجن تلعفر من بينهم 52 امرأة و4 أطفال": civilians are where their sentence
      // is, when it names the cities of one country.
      if (cc.empty() && m.code.compare(3, 3, "CVL") == 0) {
        cc = SentencePlaceState(doc, m);  // ("مخيم الرشيدية ... أكبر مخيمات الفلسطينيين في لبنان")
        if (cc.empty()) {  // (read once per sentence: a sentence often names several civilians)
          auto [it, fresh] = city_of_sentence.try_emplace(m.sentence);
          if (fresh) it->second = CityCountry(doc, places, lex, m.sentence);
          cc = it->second;
        }
      }
      if (cc.empty()) {
        cc = best;
        from_default[mi] = true;
      }
      if (cc.empty()) continue;
      m.code = cc + m.code.substr(3);
      m.confidence = 0.5f;
    }
  }
}

}  // namespace

namespace {

// "صاحب السمو الملكي الأمير محمد بن سلمان", "فخامة الرئيس ترامب", "معالي الوزير": an honorific is part
// of the person's mention, so that the person stands right after the word that governs it ("لدى لقائه
// صاحب السمو ..." meets him). Only a run that holds a title word (class honorific of word_classes.tsv:
// سمو، فخامة، معالي …) is taken; "الملكي" alone ("الحرس الملكي") is not one; "صاحب" opens the run.
void AbsorbHonorifics(Doc& doc, const Lexicon& lex) {
  auto is_title = [&](std::string_view k) { return lex.InClass(Lexicon::WordClass::kHonorific, k); };
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (idx_t t = m.tokens.begin; t < m.tokens.end && t < covered.size(); ++t) covered[t] = true;
  for (Mention& m : doc.mentions) {
    if (m.kind != ActorKind::kPerson || m.via == MentionVia::kPronoun || m.tokens.begin == 0) continue;
    const idx_t first = doc.sentences[m.sentence].tokens.begin;
    idx_t b = m.tokens.begin;
    bool title = false;
    while (b > first && !covered[b - 1] && (doc.tokens[b - 1].flags & kTokWord)) {
      std::string_view k = doc.token_keys[b - 1];
      if (is_title(k)) title = true;
      else if (!(k == "ملكي" && b >= first + 2 && doc.token_keys[b - 2] == "سمو") && !(k == "صاحب" && title)) break;
      --b;
      if (k == "صاحب") break;
    }
    if (!title || b == m.tokens.begin) continue;
    const Token& tk = doc.tokens[b];
    idx_t nb = tk.stem.begin;
    if ((tk.proclitics & kProAl) && nb >= tk.norm.begin + 4 && doc.norm.compare(nb - 4, 4, "ال") == 0) nb -= 4;
    m.tokens.begin = b;
    m.norm.begin = std::max(tk.norm.begin, nb);
  }
}

// "مبايعة تنظيم "أنصار بيت المقدس"", "بايع جماعة «بوكو حرام»": a group's name in quotes after a head
// noun of name_heads.tsv is found without it; the head and the quote are its mention's too, so that the
// group stands right after the word that governs it (the noun's genitive, the verb's object).
void AbsorbQuotedNameHeads(Doc& doc, const std::unordered_map<std::string, ActorStage::NameHead>& heads) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (idx_t t = m.tokens.begin; t < m.tokens.end && t < covered.size(); ++t) covered[t] = true;
  for (Mention& m : doc.mentions) {
    if (m.via == MentionVia::kPronoun || (m.kind != ActorKind::kGroup && m.kind != ActorKind::kOrganization)) continue;
    const idx_t first = doc.sentences[m.sentence].tokens.begin;
    const idx_t q = m.tokens.begin;
    if (q < first + 2 || !(doc.tokens[q - 1].flags & kTokQuote) || covered[q - 2] ||
        !(doc.tokens[q - 2].flags & kTokWord) || doc.tokens[q - 2].enclitic != Enclitic::kNone)
      continue;
    // (an opening quote: written against the name, not against the head)
    if (doc.tokens[q - 1].norm.end != doc.tokens[q].norm.begin) continue;
    if (!heads.contains(doc.token_keys[q - 2])) continue;
    // (and the closing quote, when it ends the name: the mention reads تنظيم "أنصار بيت المقدس")
    const idx_t e = m.tokens.end;
    const bool closed = e < doc.tokens.size() && doc.tokens[e].sentence == m.sentence && (doc.tokens[e].flags & kTokQuote) &&
                        doc.tokens[e - 1].norm.end == doc.tokens[e].norm.begin && !covered[e];
    if (!closed) continue;
    const Token& tk = doc.tokens[q - 2];
    m.tokens = {q - 2, e + 1};
    m.norm = {tk.stem.begin >= tk.norm.begin + 4 && (tk.proclitics & kProAl) ? tk.stem.begin - 4 : tk.stem.begin,
              doc.tokens[e].norm.end};
    covered[q - 2] = covered[q - 1] = covered[e] = true;
  }
}

// "تولى الرئاسة بين 2007 و2012", "شغل منصب وزير الخارجية": a role right after a verb of holding office
// or "منصب" (class office_word of word_classes.tsv) names the office, not an actor acting.
void DropOffices(Doc& doc, const Lexicon& lex) {
  std::vector<bool> drop(doc.mentions.size(), false);
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    drop[i] = m.via == MentionVia::kRole && m.tokens.begin > 0 && doc.tokens[m.tokens.begin - 1].sentence == m.sentence &&
              lex.InClass(Lexicon::WordClass::kOfficeWord, doc.token_keys[m.tokens.begin - 1]);
    // "تسلمت وزارة الخارجية المصرية مذكرة احتجاج": a feminine verb right before a body is its subject
    // receiving something (one takes over a ministry with "تسلم", the office holder's verb).
    const std::string_view verb = drop[i] ? std::string_view(doc.token_keys[m.tokens.begin - 1]) : std::string_view();
    if (drop[i] && m.kind == ActorKind::kOrganization && verb.size() > 2 && verb.ends_with("\xd8\xaa") &&  // ت
        verb != "\xd8\xaa\xd9\x88\xd9\x84\xd8\xaa")  // (not تولت)
      drop[i] = false;
  }
  doc.EraseMentions(drop);
}

// "أنقذ 948 مهاجرا جلهم من أفريقيا", "لاجئين من سوريا": refugees or migrants with no country of their
// own, then من (after "most of them") and a state or region, are of that origin.
void RefugeeOrigins(Doc& doc) {
  static const char* const kMostOfThem[] = {"جلهم", "معظمهم", "اغلبهم", "غالبيتهم", "اكثرهم", "بينهم"};
  std::vector<idx_t> starting(doc.tokens.size(), kNone);
  for (idx_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].via != MentionVia::kPronoun && doc.mentions[i].tokens.begin < starting.size())
      starting[doc.mentions[i].tokens.begin] = i;
  for (Mention& m : doc.mentions) {
    if (m.via != MentionVia::kRole || m.code != "---REF") continue;
    idx_t k = m.tokens.end;
    if (k < doc.tokens.size() && doc.tokens[k].sentence == m.sentence)
      for (const char* w : kMostOfThem)
        if (doc.token_keys[k] == w) {
          ++k;
          break;
        }
    if (k + 1 >= doc.tokens.size() || doc.tokens[k + 1].sentence != m.sentence || doc.token_keys[k] != "من") continue;
    const idx_t o = starting[k + 1];
    if (o == kNone || doc.mentions[o].code.size() != 3 || doc.mentions[o].code == "---") continue;
    m.code = doc.mentions[o].code + "REF";
  }
}

}  // namespace

Status ActorStage::Process(Doc& doc) const {
  if (!doc.Has("segment")) return FailedPrecondition("actors: run segment first");
  doc.token_keys = lex_->TokenKeys(doc);
  Finder f{*lex_, references_, name_heads_, force_nouns_, doc, {}, {}, KeyFilter(10)};
  for (idx_t s = 0; s < doc.sentences.size(); ++s) f.Sentence(s);
  AbsorbHonorifics(doc, *lex_);
  AbsorbQuotedNameHeads(doc, name_heads_);
  DropOffices(doc, *lex_);
  RefugeeOrigins(doc);
  AssignDefaultCountry(doc, places_, *lex_);
  return Status::Ok();
}

}  // namespace mizan
