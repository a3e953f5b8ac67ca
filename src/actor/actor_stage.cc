#include "actor/actor_stage.h"

#include <algorithm>
#include <unordered_map>

#include "lex/tsv.h"

namespace mizan {

std::string NormalizeForMatch(std::string_view utf8);  // text/normalize.h

bool DateInRange(std::string_view date, std::string_view from, std::string_view to) {
  if (date.empty()) return to.empty();  // undated text: prefer the current holder of an office
  if (!from.empty() && date.substr(0, from.size()) < from) return false;
  if (!to.empty() && date.substr(0, to.size()) > to) return false;
  return true;
}

StatusOr<std::unique_ptr<ActorStage>> ActorStage::Create(const Lexicon* lex, const std::string& data_dir) {
  std::unique_ptr<ActorStage> s(new ActorStage(lex));
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(data_dir + "/actors/references.tsv", "references", 1));
  for (size_t r = 0; r < t.rows(); ++r) {
    Reference ref;
    for (const auto& w : SplitWords(NormalizeForMatch(t.Get(r, "surface")))) ref.words.push_back(Lexicon::MatchKey(w));
    ref.refers = std::string(t.Get(r, "refers"));
    if (ref.words.empty() || (ref.refers != "state" && ref.refers != "actor"))
      return InvalidArgument(t.Where(r) + ": need a surface and refers = state|actor");
    s->references_.push_back(std::move(ref));
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
                                      "عام", "مقرب", "رفيع", "كبير", "امني", "عسكري", "سياسي"};
  for (const char* m : kMods)
    if (key == m) return true;
  return false;
}

struct Finder {
  const Lexicon& lex;
  const std::vector<ActorStage::Reference>& refs;
  Doc& doc;
  std::vector<LexHit> hits;

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
      const LexHit* role = First(hs, LexHit::kRole);
      const LexHit* dem = First(hs, LexHit::kDemonym);
      if (role && (actor == kNone || role->length > alen)) {
        i = RolePhrase(i, *role, sent.tokens.end, s);
        continue;
      }
      if (actor != kNone) {
        const ActorEntry& e = lex.actors()[actor];
        Add({i, i + alen}, s, e.code, e.name, e.id, e.kind, e.via, false);
        i += alen;
        continue;
      }
      if (dem) {
        // A nationality adjective alone is an actor only as a plural noun: "الإسرائيليين".
        std::string_view key = doc.token_keys[i];
        bool plural = key.size() > 4 && (key.substr(key.size() - 4) == "ون" || key.substr(key.size() - 4) == "ين");
        bool after_noun = i > sent.tokens.begin && (doc.tokens[i - 1].flags & kTokWord) &&
                          !(doc.tokens[i].proclitics & (kProBi | kProLi | kProWa | kProFa));
        if (plural && !after_noun) {
          const std::string& cc = lex.demonyms()[dem->row];
          Add({i, i + dem->length}, s, cc, lex.CountryName(cc), "state:" + cc, ActorKind::kGroup,
              MentionVia::kDescription, true);
        }
        i += dem->length;
        continue;
      }
      ++i;
    }
  }

  // "هذا البلد", "الأخير": mentions whose actor coreference fills in later (event stage).
  idx_t MatchReference(idx_t i, idx_t end, idx_t s) {
    for (const auto& ref : refs) {
      if (i + ref.words.size() > end) continue;
      bool ok = true;
      for (size_t w = 0; w < ref.words.size() && ok; ++w) ok = doc.token_keys[i + w] == ref.words[w];
      if (!ok) continue;
      idx_t n = static_cast<idx_t>(ref.words.size());
      // Resolve now: the nearest earlier mention of the right kind.
      idx_t ante = kNone;
      for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
        const Mention& cand = doc.mentions[m];
        if (cand.code.empty()) continue;
        if (ref.refers == "state" && cand.kind != ActorKind::kState) continue;
        ante = m;
        break;
      }
      if (ante == kNone) return 0;
      const Mention a = doc.mentions[ante];
      Add({i, i + n}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, a.plural);
      doc.mentions.back().antecedent = ante;
      return n;
    }
    return 0;
  }

  // A role noun, then optional modifiers, a nationality or a country/actor, and a name.
  idx_t RolePhrase(idx_t i, const LexHit& role, idx_t end, idx_t s) {
    const RoleEntry& r = lex.roles()[role.row];
    idx_t j = i + role.length;
    std::string country;
    std::string person_code, person_name, person_id;
    ActorKind kind = r.kind;
    // Roles chain: "ضابط استخبارات", "قائد قوات" — take the later, more specific role codes too.
    std::string roles = r.role;
    auto skip_mods = [&]() {
      while (j < end && IsRoleModifier(doc.token_keys[j]) && !(doc.tokens[j].proclitics & kProWa)) ++j;
    };
    for (int step = 0; step < 4 && j < end; ++step) {
      skip_mods();
      if (j >= end || !(doc.tokens[j].flags & kTokWord)) break;
      // "رسالة وجهتها الدبلوماسية الجزائرية لحفتر": a preposition starts another phrase.
      if (doc.tokens[j].proclitics & (kProBi | kProLi | kProWa | kProFa | kProKa)) break;
      lex.MatchAt(doc, doc.token_keys, j, &hits);
      std::vector<LexHit> hs = hits;
      if (hs.empty()) {
        // "في حزب الليكود", "باسم الحكومة": a preposition then an actor gives the country.
        std::string_view k = doc.token_keys[j];
        // "في حزب الليكود", "التابع للجيش التركي": the actor after gives the country.
        bool belongs = k == "تابع" || k == "تابعه" || k == "تابعين" || k == "موالي" || k == "مواليه" ||
                       k == "مواليه" || k == "موالين";
        if ((k == "في" || k == "باسم" || k == "لدي" || belongs) && j + 1 < end && country.empty()) {
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
          person_code = e.code;
          person_name = e.name;
          person_id = e.id;
          j += alen;
          break;  // the name ends the phrase
        }
        if (country.empty()) {
          // Genitive: "قوات حفتر" is handled as a person above; "وزير خارجية الجزائر", "جيش الاحتلال".
          country = e.code.substr(0, 3);
          if (e.kind != ActorKind::kState && e.code.size() > 3 && roles.empty()) roles = e.code.substr(3);
          j += alen;
          continue;
        }
        break;
      }
      if (role2 && step == 0 && country.empty()) {
        const RoleEntry& r2 = lex.roles()[role2->row];
        if (!r2.role.empty() && r2.role != roles) roles = r2.role;  // the later noun is the more specific
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
      bool prev_definite = (prev.flags & kTokWord) && ((prev.proclitics & kProAl) || prev.enclitic != Enclitic::kNone);
      bool cur_adjective = (cur.proclitics & kProAl) && !(cur.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa));
      bool prev_is_actor = !doc.mentions.empty() && doc.mentions.back().tokens.end == i;
      if (prev_definite && cur_adjective && !prev_is_actor && j == i + role.length) return j;
    }
    // A bare definite title refers back; an indefinite one ("عبر ضابط يدعى موشيه") introduces someone new.
    idx_t ante = kNone;
    if (country.empty() && person_code.empty() && !r.plural && (doc.tokens[i].proclitics & kProAl) &&
        j == i + role.length) {
      // A bare title ("اللواء المتقاعد", "الوزير") refers back to the latest actor with that role.
      for (idx_t m = static_cast<idx_t>(doc.mentions.size()); m-- > 0;) {
        const Mention& c = doc.mentions[m];
        if (s - c.sentence > 5) break;
        if (c.code.size() > 3 && c.code.compare(0, 3, "---") != 0 && c.code.substr(3, 3) == roles.substr(0, 3)) {
          ante = m;
          break;
        }
      }
    }
    if (ante != kNone) {
      const Mention a = doc.mentions[ante];
      Add({i, j}, s, a.code, a.name, a.actor_id, a.kind, MentionVia::kDescription, false);
      doc.mentions.back().antecedent = ante;
      return j;
    }
    Add({i, j}, s, code, name, id, kind, via, r.plural);
    return j;
  }
};

// A role with no country of its own ("قوات الأمن", "المسلحين") belongs, as annotators code it, to
// the country the article is about: the one its named actors belong to most often.
void AssignDefaultCountry(Doc& doc) {
  std::unordered_map<std::string, int> count;
  std::string best;
  int best_n = 0;
  for (const Mention& m : doc.mentions) {
    if (m.code.size() < 3 || m.code.compare(0, 3, "---") == 0) continue;
    if (m.code.compare(0, 3, "IGO") == 0 || m.code.compare(0, 3, "NGO") == 0) continue;
    // Named actors decide; role phrases ("قوات النظام السوري") only break ties or stand alone.
    int n = (count[m.code.substr(0, 3)] += m.via == MentionVia::kRole ? 1 : 100);
    if (n > best_n) {
      best_n = n;
      best = m.code.substr(0, 3);
    }
  }
  if (best.empty()) return;
  for (Mention& m : doc.mentions) {
    if (m.code.size() > 3 && m.code.compare(0, 3, "---") == 0) {
      m.code = best + m.code.substr(3);
      m.confidence = 0.5f;
    }
  }
}

}  // namespace

Status ActorStage::Process(Doc& doc) const {
  if (!doc.Has("segment")) return FailedPrecondition("actors: run segment first");
  doc.token_keys = lex_->TokenKeys(doc);
  Finder f{*lex_, references_, doc, {}};
  for (idx_t s = 0; s < doc.sentences.size(); ++s) f.Sentence(s);
  AssignDefaultCountry(doc);
  return Status::Ok();
}

}  // namespace mizan
