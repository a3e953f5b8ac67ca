#include "event/event_stage.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "actor/coref.h"
#include "actor/unused_mentions.h"
#include "event/argument_cues.h"
#include "attrib/claim_stage.h"
#include "mizan/coder.h"

namespace mizan {


namespace {

struct Trigger {
  idx_t tok, len, pattern;
};

class SentenceCoder {
 public:
  // candidates: in one-sided mode, also emit PROTEST/ASSAULT triggers with no identified actor, for
  // the detection filter to judge.
  SentenceCoder(const Lexicon& lex, Doc& doc, bool one_sided, bool candidates)
      : lex_(lex), doc_(doc), one_sided_(one_sided), candidates_(candidates) {
    // MIZAN_DEBUG_EVENTS=1 prints every trigger with the arguments it found (stderr).
    const char* d = std::getenv("MIZAN_DEBUG_EVENTS");
    debug_ = d && *d && *d != '0';
  }

  void Run() {
    for (idx_t r = 0; r < lex_.patterns().size() && demonstrate_row_ == kNone; ++r)
      if (lex_.patterns()[r].id == "demonstrate") demonstrate_row_ = r;
    mention_at_.assign(doc_.tokens.size(), kNone);
    added_from_ = static_cast<idx_t>(doc_.mentions.size());
    Index();
    // A word inside a date phrase is no trigger: "الاثنين" (Monday) is also a form of أثنى 'praised'.
    in_time_.assign(doc_.tokens.size(), false);
    for (const TimeExpr& te : doc_.times)
      for (idx_t t = te.tokens.begin; t < te.tokens.end && t < in_time_.size(); ++t) in_time_[t] = true;
    for (idx_t s = 0; s < doc_.sentences.size(); ++s) Sentence(s);
  }

 private:
  const Lexicon& lex_;
  Doc& doc_;
  bool debug_ = false;
  bool one_sided_ = false;             // also emit protests and attacks with one identified actor
  bool candidates_ = false;            // ... and with none, for the detection filter
  std::vector<idx_t> mention_at_;      // token -> mention (named/role/description mentions)
  std::vector<idx_t> span_end_;        // mention -> end of its words and of its apposition, if any
  std::vector<idx_t> same_as_;         // mention -> the mention whose actor it is (a title -> the name after it)
  idx_t added_from_ = 0;               // mentions from here on were added by argument rules
  std::vector<bool> in_time_;          // token -> inside a date phrase
  std::vector<bool> that_before_;      // token -> a complementizer (ThatComplementizer) earlier in its sentence
  std::vector<idx_t> last_sources_;
  std::vector<idx_t> consumed_;        // tail words of light-verb patterns
  std::vector<idx_t> verb_heads_;      // the sentence's verb triggers, in order (ResolveEventClaims)
  std::vector<idx_t> sent_src_;        // the source of the sentence's latest verb event
  EventActor sent_src_pron_;
  bool have_sent_src_pron_ = false;
  idx_t sent_src_tok_ = 0;
  std::string sent_src_root_;          // that verb's CAMEO root ("11")
  idx_t last_time_ = kNone;
  std::vector<idx_t> prev_noun_src_;   // the agent of the sentence's latest verbal-noun event
  std::vector<idx_t> strike_noun_src_;  // the agent named right after the latest noun of violence
  idx_t strike_noun_end_ = kNone;        // the token after that agent ("غارات للطيران التركي|")
  idx_t agentless_strike_end_ = kNone;   // the token after an indefinite noun of violence with no agent
  idx_t prev_noun_tok_ = 0;            // that event's trigger token
  // An act a later sentence may name back ("هذه المحادثات", "بالاتفاق", "الرئيسان"): its sides and sentence.
  struct NamedAct {
    std::vector<idx_t> sides;
    idx_t sent = kNone;
    bool Within(idx_t s, idx_t back) const { return sent != kNone && s - sent <= back; }
  };
  NamedAct last_meeting_;  // the document's latest meeting or talks (root 04)
  NamedAct last_accord_;   // the document's latest agreement (057, 03)
  std::vector<idx_t> harm_src_;        // the agent of the sentence's latest event of roots 17-20
  idx_t harm_tok_ = 0;                 // that event's trigger token
  std::vector<LexHit> hits_;
  std::string pair_key_;  // a noun and its adjective, for NamesAThing
  idx_t demonstrate_row_ = kNone;      // the pattern "demonstrate" (141), for ProtestersAct

  void Index() {
    span_end_.assign(doc_.mentions.size(), 0);
    same_as_.resize(doc_.mentions.size());
    for (idx_t m = 0; m < doc_.mentions.size(); ++m) same_as_[m] = m;
    for (idx_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mm = doc_.mentions[m];
      span_end_[m] = mm.tokens.end;
      if (mm.via == MentionVia::kPronoun) continue;
      // "أعربت الحكومة، حسبما ذكرته وكالة الأنباء الرسمية، عن رفضها": who only reports is no argument.
      if (Lexicon::AfterReportingAside(doc_, mm.tokens.begin)) continue;
      for (idx_t t = mm.tokens.begin; t < mm.tokens.end; ++t)
        if (mention_at_[t] == kNone) mention_at_[t] = m;
    }
    // "الرئيس الفرنسي، إيمانويل ماكرون، ...": a mention set off by a comma that names the same actor as
    // the one before it is an apposition, not a second argument or a list item. Its words point at the
    // head mention, so argument rules see one actor, spanning both (span_end_).
    for (idx_t t = 1; t + 1 < doc_.tokens.size(); ++t) {
      std::string_view k = doc_.token_keys[t];
      if (k != "،" && k != ",") continue;
      idx_t head = mention_at_[t - 1], n = mention_at_[t + 1];
      if (head == kNone || n == kNone || n == head || doc_.mentions[n].tokens.begin != t + 1) continue;
      if (span_end_[head] != t || !Apposed(doc_.mentions[head], doc_.mentions[n])) continue;
      for (idx_t u = doc_.mentions[n].tokens.begin; u < doc_.mentions[n].tokens.end; ++u)
        if (mention_at_[u] == n) mention_at_[u] = head;
      span_end_[head] = doc_.mentions[n].tokens.end;
    }
    // "مستوطنون إسرائيليون": a nationality right after an actor of that country (a name the actor stage
    // read without it) is that actor's adjective, not a second actor (the object of "هاجم مستوطنون
    // إسرائيليون المواطنين").
    for (idx_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& a = doc_.mentions[m];
      if (a.via == MentionVia::kPronoun || a.code.size() < 6 || mention_at_[a.tokens.begin] != m) continue;
      const idx_t t = span_end_[m];
      if (t >= doc_.tokens.size() || t == 0 || doc_.tokens[t].sentence != a.sentence) continue;
      const idx_t n = mention_at_[t];
      if (n == kNone || n == m || doc_.mentions[n].tokens.begin != t) continue;
      const Mention& b = doc_.mentions[n];
      if (b.kind != ActorKind::kState || b.code.size() != 3 || a.code.compare(0, 3, b.code) != 0) continue;
      if (doc_.tokens[t].proclitics != 0) continue;  // "وإسرائيل": a second actor
      for (idx_t u = b.tokens.begin; u < b.tokens.end; ++u)
        if (mention_at_[u] == n) mention_at_[u] = m;
      span_end_[m] = b.tokens.end;
    }
    // "اتهم زعيم حزب العمال المعارض جيرمي كوربن حكومة ماي": a person's title right before their name,
    // with no comma, is the same actor; the name, the more precise of the two, stands for both. Not
    // when the title names another country ("انتقد الوزير الفرنسي ترامب": two actors).
    for (idx_t m = 0; m + 1 < doc_.mentions.size(); ++m) {
      const Mention& a = doc_.mentions[m];
      const Mention& b = doc_.mentions[m + 1];
      if (a.via != MentionVia::kRole || a.kind != ActorKind::kPerson || b.via != MentionVia::kName ||
          b.kind != ActorKind::kPerson || a.tokens.end != b.tokens.begin || a.sentence != b.sentence)
        continue;
      if (a.code.size() < 3 || b.code.size() < 3) continue;
      if (a.code.compare(0, 3, b.code, 0, 3) != 0 && a.confidence > 0.5f) continue;
      if (mention_at_[a.tokens.begin] != m || span_end_[m] != a.tokens.end || mention_at_[b.tokens.begin] != m + 1)
        continue;
      // The title's mention heads the words of both (mention_at_ never points forward), and acts as
      // the name (same_as_).
      for (idx_t u = b.tokens.begin; u < b.tokens.end; ++u)
        if (mention_at_[u] == m + 1) mention_at_[u] = m;
      span_end_[m] = span_end_[m + 1];
      same_as_[m] = m + 1;
    }
  }

  // Whether mention b, right after a and a comma, renames a: a person's name after a role of the same
  // country ("وزير الخارجية الإيراني، محمد جواد ظريف"), or a role after a name with the same code
  // ("ماكرون، الرئيس الفرنسي"). Two names, or two roles, are a list ("ترامب، بنس، وبومبيو").
  static bool Apposed(const Mention& a, const Mention& b) {
    if (a.sentence != b.sentence || a.code.size() < 3 || b.code.size() < 3) return false;
    if (a.code.compare(0, 3, "---") == 0 || a.code.compare(0, 3, b.code, 0, 3) != 0) return false;
    auto is_name = [](const Mention& m) { return m.via == MentionVia::kName && m.kind == ActorKind::kPerson; };
    if (a.via == MentionVia::kRole && is_name(b)) return true;
    return is_name(a) && b.via == MentionVia::kRole && a.code == b.code;
  }

  // Where mention m's words and its apposition end (mentions added by argument rules have none).
  idx_t SpanEnd(idx_t m) const { return m < span_end_.size() ? span_end_[m] : doc_.mentions[m].tokens.end; }

  bool IsMentionStart(idx_t m) const { return m != kNone; }

  // The preposition that introduces the mention starting at token t ("" = none).
  std::string PrepBefore(idx_t t, idx_t floor) const {
    const Token& tk = doc_.tokens[t];
    if (tk.proclitics & kProBi) return "ب";
    if (tk.proclitics & kProLi) return "ل";
    // ("فيها"، "فيه" govern their pronoun, not the next word: "تعهدت فيها كوريا الشمالية")
    // "ضد \"الإرهابيين\"": scare quotes between a preposition and its object.
    if (t > floor + 1 && (doc_.tokens[t - 1].flags & kTokQuote) && Lexicon::IsPreposition(doc_.token_keys[t - 2])) --t;
    if (t > floor && !(doc_.tokens[t - 1].enclitic != Enclitic::kNone && doc_.token_keys[t - 1] == "في")) {
      std::string_view prev = doc_.token_keys[t - 1];
      if (Lexicon::IsPreposition(prev)) {
        // "كل من X و Y": من here lists the actors, it is no preposition.
        if (prev == "من" && t >= 2 && (doc_.token_keys[t - 2] == "كل" || doc_.token_keys[t - 2] == "كلا")) return "";  // كلاً من
        // "قوة من الشرطة العراقية قامت بـ", "ثلاثة من عناصر حماس": a partitive, no preposition.
        if (prev == "من" && t >= 2 + floor && IsPartitive(doc_, t - 2)) return "";
        return std::string(prev);
      }
    }
    // "تجاه أمن واستقرار المملكة", "لأمن اليمن": nouns of a state's interests between a preposition and
    // the state leave it the preposition's object.
    idx_t u = t;
    while (u > floor && t - u < 3 && mention_at_[u - 1] == kNone &&
           lex_.InClass(Lexicon::WordClass::kInterestNoun, doc_.token_keys[u - 1]) && !(doc_.tokens[u - 1].proclitics & kProAl))
      --u;
    if (u < t) {
      if (doc_.tokens[u].proclitics & kProBi) return "ب";
      if (doc_.tokens[u].proclitics & kProLi) return "ل";
      if (u > floor && Lexicon::IsPreposition(doc_.token_keys[u - 1])) return std::string(doc_.token_keys[u - 1]);
    }
    return "";
  }

  // Mentions coordinated with m by و: "الجزائر ومصر والإمارات".
  std::vector<idx_t> Group(idx_t m) const {
    std::vector<idx_t> out{m};
    size_t listed = 1;  // items up to the last one joined by و: a list ends with "وX"
    idx_t end = SpanEnd(m);
    while (end < doc_.tokens.size()) {
      idx_t t = end;
      // allow a comma between items: "الجزائر، مصر، وتونس"
      if ((doc_.tokens[t].flags & kTokClauseSep) && t + 1 < doc_.tokens.size()) ++t;
      idx_t n = mention_at_[t];
      if (n == kNone || doc_.mentions[n].tokens.begin != t) break;
      bool wa = doc_.tokens[t].proclitics & kProWa;
      if (!(wa || t != end) || doc_.tokens[t].sentence != doc_.tokens[end - 1].sentence) break;
      out.push_back(n);
      if (wa) listed = out.size();
      end = SpanEnd(n);
    }
    // Items joined by commas alone, with no و after them, are no list: "اتهم الرئيس، ...، الحكومة
    // الإيطالية" names the object after the subject's apposition.
    out.resize(listed);
    // "تحالف عربي تقوده السعودية والإمارات": the leaders of another country than the coalition's code
    // act with it (the coalition is coded as its first leader's forces).
    if (out.size() == 1) {
      const idx_t lead = LeaderAfter(SpanEnd(m));
      if (lead != kNone && doc_.mentions[lead].sentence == doc_.mentions[m].sentence)
        for (idx_t n : Group(lead))
          if (doc_.mentions[n].code.size() >= 3 && doc_.mentions[m].code.size() >= 3 &&
              doc_.mentions[n].code.compare(0, 3, doc_.mentions[m].code, 0, 3) != 0)
            out.push_back(n);
    }
    return out;
  }

  // The mention right after a word of leading ("تقوده", "بقيادة"; word class led_by) at token t, past
  // a relative pronoun ("الذي تقوده"), or kNone.
  idx_t LeaderAfter(idx_t t) const {
    if (t < doc_.tokens.size() && (doc_.token_keys[t] == "ذي" || doc_.token_keys[t] == "تي")) ++t;
    if (t + 1 >= doc_.tokens.size()) return kNone;
    const Token& tk = doc_.tokens[t];
    if (!lex_.InClass(Lexicon::WordClass::kLedBy, doc_.token_keys[t]) ||
        !(tk.enclitic == Enclitic::kHu || tk.enclitic == Enclitic::kHa || (tk.proclitics & kProBi)))
      return kNone;
    const idx_t n = mention_at_[t + 1];
    return n != kNone && doc_.mentions[n].tokens.begin == t + 1 ? n : kNone;
  }

  // A verb whose first letter carries a damma in the original text is passive (اُستُهدف، قُتل، أُفرج).
  bool IsMarkedPassive(idx_t t) const {
    const Token& tk = doc_.tokens[t];
    Range orig = doc_.OrigBytes({tk.stem.begin, tk.stem.end});
    const std::string& text = doc_.text();
    // skip the first letter (2 bytes in Arabic), then look for a damma (U+064F = D9 8F)
    size_t i = orig.begin + 2;
    return i + 1 < text.size() && i + 1 < orig.end && static_cast<unsigned char>(text[i]) == 0xD9 &&
           static_cast<unsigned char>(text[i + 1]) == 0x8F;
  }

  // The agent of a passive verb: the actor after "على يد" or "من قبل" in the clause.
  // The token after a date phrase that starts at token t ("قتل أمس 40", "قتل الاثنين نحو 60"), else t.
  idx_t PastTimeAt(idx_t t, idx_t hi) const {
    for (const TimeExpr& x : doc_.times)
      if (x.tokens.begin == t && x.tokens.end < hi) return x.tokens.end;
    return t;
  }

  // An active participle used as a circumstantial clause: right after a comma, no article nor clitic,
  // م... written with the accusative alef, ة or ين ("متهما", "متهمة", "مطالبين"), or داعيا/داعية.
  bool CircumstantialParticiple(idx_t t) const {
    if (t == 0 || !(doc_.tokens[t - 1].flags & kTokClauseSep)) return false;
    const Token& tk = doc_.tokens[t];
    if (tk.proclitics != 0 || tk.enclitic != Enclitic::kNone) return false;
    const std::string w = doc_.OrigText(tk.norm);
    const std::string& k = doc_.token_keys[t];
    if (k.size() < 8) return false;
    const bool mim = k.compare(0, 2, "\xd9\x85") == 0;                                       // م
    const bool daa = k.compare(0, 6, "\xd8\xaf\xd8\xa7\xd8\xb9") == 0;                     // داع
    auto ends = [&](std::string_view e) { return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    const bool accusative = ends("\xd8\xa7") || ends("\xd8\xa7\xd9\x8b") || ends("\xd9\x8b\xd8\xa7");  // ا، اً، ًا
    const bool feminine = ends("\xd8\xa9");                                                     // ة
    const bool plural = ends("\xd9\x8a\xd9\x86");                                             // ين
    return (mim || daa) && (accusative || feminine || plural);
  }

  // Whether token t comes right after a circumstantial participle (past an opening quote): مؤكدة "إدانتها.
  bool AfterParticiple(idx_t t) const {
    idx_t g = PastOpeningQuotes(t);
    // (past the participle's own preposition: "مؤكدا على التزامه")
    if (g > 1 && doc_.token_keys[g - 1] == "علي" && doc_.tokens[g - 1].enclitic == Enclitic::kNone &&
        CircumstantialParticiple(g - 2))
      --g;
    return g > 0 && doc_.tokens[g - 1].sentence == doc_.tokens[t].sentence && CircumstantialParticiple(g - 1);
  }

  // The first actor after "مع" in [from, hi), in the clause (no clause separator before it), or kNone.
  idx_t PartnerAfter(idx_t from, idx_t hi) const {
    for (idx_t t = from; t < hi; ++t) {
      if (doc_.tokens[t].flags & kTokClauseSep) return kNone;
      if (ClauseOpener(t)) return kNone;
      const idx_t m = mention_at_[t];
      if (m != kNone && doc_.mentions[m].tokens.begin == t) return PrepBefore(t, from) == "مع" ? m : kNone;
    }
    return kNone;
  }

  // "بالحوار بين روسيا وفرنسا وأوروبا" for a French actor: the sides after بين in [from, hi) (its clause)
  // other than the own country's, when the own country is one of them; empty otherwise.
  std::vector<idx_t> OtherSidesBetween(idx_t from, idx_t hi, const std::string& own) const {
    if (own.size() < 3) return {};
    for (idx_t t = from; t + 1 < hi; ++t) {
      if ((doc_.tokens[t].flags & kTokClauseSep) || mention_at_[t] != kNone) return {};
      if (doc_.token_keys[t] != "بين") continue;
      const idx_t m = mention_at_[t + 1];
      if (m == kNone || doc_.mentions[m].tokens.begin != t + 1) return {};
      std::vector<idx_t> others, states;
      bool self = false;
      for (idx_t x : Group(m)) {
        if (doc_.mentions[x].code.compare(0, 3, own, 0, 3) == 0) {
          self = true;
        } else {
          others.push_back(x);
          if (doc_.mentions[x].kind == ActorKind::kState) states.push_back(x);
        }
      }
      // (the states among them, where there are any: "بين روسيا وفرنسا وأوروبا" is towards Russia)
      if (!self) return {};
      return states.empty() ? others : states;
    }
    return {};
  }

  // The pledged measure of a government's pledge to no one named: the verbal noun right after the verb
  // and its subject (a date between), bare or with بـ ("بإيجاد حلول", "سحب مشروع القانون"); kNone for
  // "بذلك", a clause ("بأن"), an actor, or a pledge made "in" something ("وثيقة تعهدت فيها").
  idx_t DomesticPledgeObject(const Trigger& tr, const std::vector<idx_t>& src, const std::string& sc, idx_t hi) const {
    if (!(sc.size() == 3 || (sc.size() == 6 && sc.compare(3, 3, "GOV") == 0))) return kNone;
    // (past the subject's apposition and a date, each between commas: "تعهد الرئيس الأميركي، دونالد
    // ترمب، الأربعاء، اتخاذ إجراءات")
    idx_t x = PastSubject(tr.tok + tr.len, src);
    const idx_t end = doc_.sentences[doc_.tokens[tr.tok].sentence].tokens.end;
    for (idx_t steps = 0; x < end && x <= hi && steps < 4; ++steps) {
      if (doc_.tokens[x].flags & kTokClauseSep) {
        ++x;
      } else if (idx_t m = mention_at_[x]; m != kNone && doc_.mentions[m].tokens.begin == x && x > tr.tok + tr.len &&
                                         (doc_.tokens[x - 1].flags & kTokClauseSep) && doc_.mentions[m].code == sc) {
        x = SpanEnd(m);
      } else if (in_time_[x]) {
        x = PastTimeAt(x, end);
        if (in_time_[x]) return kNone;
      } else {
        break;
      }
    }
    if (x >= end || x > hi || mention_at_[x] != kNone || (doc_.tokens[x].flags & kTokPunct) || in_time_[x]) return kNone;
    if (doc_.tokens[x].enclitic != Enclitic::kNone) return kNone;  // "فيها", "بذلك"-like pronoun words
    static const WordSet kNot = {"ذلك", "هذا", "هذه", "ان", "انه", "انها", "ما", "في", "الي", "علي", "عن", "من", "مع", "امام"};
    if (kNot.Has(doc_.token_keys[x]) || Lexicon::IsPreposition(doc_.token_keys[x])) return kNone;
    return x;
  }

  // The token after the trigger's end `after` and any subject of src that follows it (VSO).
  idx_t PastSubject(idx_t after, const std::vector<idx_t>& src) const {
    idx_t from = after;
    for (idx_t m : src)
      if (doc_.mentions[m].tokens.begin >= after && SpanEnd(m) > from) from = SpanEnd(m);
    return from;
  }

  // A verb written in the third person plural: the perfect's وا ("وصلوا"), the imperfect's ون ("يصلون").
  bool PluralVerb(idx_t t) const {
    std::string_view w = doc_.TokenText(t);
    auto ends = [&](std::string_view s) { return w.size() > s.size() + 4 && w.substr(w.size() - s.size()) == s; };
    return ends("وا") || ((w.rfind("ي", 0) == 0 || w.rfind("وي", 0) == 0) && ends("ون"));
  }

  // "سحبت السعودية سفيرها من كندا", "سحبت قواتها من": a role with a possessive pronoun on it is the
  // subject's own agent, moved or recalled; the state it leaves (after the preposition) is the target.
  bool OwnRole(idx_t m) const {
    const Mention& x = doc_.mentions[m];
    return x.via == MentionVia::kRole && x.tokens.end == x.tokens.begin + 1 &&
           doc_.tokens[x.tokens.begin].enclitic != Enclitic::kNone;
  }

  // The ")" that closes a "(" at token t within six tokens and before hi, or kNone.
  idx_t ClosingBracket(idx_t t, idx_t hi) const {
    if (doc_.TokenText(t) != "(") return kNone;
    for (idx_t u = t + 1; u < hi && u <= t + 7; ++u)
      if (doc_.TokenText(u) == ")") return u;
    return kNone;
  }

  // "عملية "تريتون"": a name of a few words in quotes right after a noun, opening at t; the closing
  // quote, or kNone (not for an actor's name, nor for a longer quotation).
  idx_t ClosingNameQuote(idx_t t, idx_t hi) const {
    if (!(doc_.tokens[t].flags & kTokQuote) || t == 0 || !(doc_.tokens[t - 1].flags & kTokWord)) return kNone;
    for (idx_t u = t + 1; u < hi && u <= t + 4; ++u) {
      // (the name ends a phrase: no genitive of it after, "مراكز "فرز" المهاجرين", and no comma)
      if (doc_.tokens[u].flags & kTokQuote)
        return u > t + 1 && u + 1 < hi && mention_at_[u + 1] == kNone && !(doc_.tokens[u + 1].flags & kTokPunct) ? u : kNone;
      if (!(doc_.tokens[u].flags & kTokWord) || mention_at_[u] != kNone) return kNone;
    }
    return kNone;
  }

  // "على يد", "على أيدي", "من قبل" at token t: the agent of a passive act follows.
  bool AgentCueAt(idx_t t) const {
    if (t + 1 >= doc_.tokens.size()) return false;
    std::string_view a = doc_.token_keys[t], b = doc_.token_keys[t + 1];
    return (a == "علي" && (b == "يد" || b == "ايدي")) || (a == "من" && b == "قبل");
  }

  idx_t AgentAfter(idx_t from, idx_t hi) const {
    for (idx_t t = from; t + 2 <= hi && t + 2 < doc_.tokens.size(); ++t) {
      std::string_view a = doc_.token_keys[t];
      bool cue = AgentCueAt(t);
      // "في عمليات نفذها قراصنة صوماليون", "هجمات شنتها القاعدة": the subject of a relative verb of
      // carrying out, whose pronoun is the act, is its agent.
      if (!cue && doc_.tokens[t].enclitic != Enclitic::kNone && mention_at_[t] == kNone &&
          lex_.InClass(Lexicon::WordClass::kCarryOutVerb, a)) {
        if (idx_t m = mention_at_[t + 1]; m != kNone && doc_.mentions[m].tokens.begin == t + 1) return m;
        continue;
      }
      if (!cue) continue;
      idx_t m = mention_at_[t + 2];
      if (m != kNone) return m;
    }
    return kNone;
  }

  // Whether token t carries ب ("برصاص", "بغارة"), with *key set to the word after it; the segmenter
  // keeps unknown words whole, so a key starting with ب counts too.
  bool AfterBi(idx_t t, std::string_view* key) const {
    *key = doc_.token_keys[t];
    if (doc_.tokens[t].proclitics & kProBi) return true;
    if (key->substr(0, 2) != "ب") return false;
    key->remove_prefix(2);
    return true;
  }

  // "قتل 60 شخصا برصاص القوات": the actor after a weapon phrase (برصاص، بنيران، بقذائف) is the agent of
  // a violent verb whose passive the text does not mark.
  idx_t WeaponAgent(idx_t from, idx_t hi) const {
    for (idx_t t = from; t + 1 < hi && t < from + 10; ++t) {
      std::string_view k;
      if (!AfterBi(t, &k) || !lex_.InClass(Lexicon::WordClass::kFireNoun, k)) continue;
      idx_t m = mention_at_[t + 1];
      if (m != kNone && doc_.mentions[m].tokens.begin == t + 1) return m;
    }
    return kNone;
  }

  // "قُتل سليماني، فجر اليوم، بغارة جوية أميركية": the nationality on the strike or weapon (after ب)
  // that did the harm is the agent, as a state mention; kNone when there is none.
  idx_t StrikeNationality(idx_t from, idx_t end) {
    for (idx_t t = from; t < end && t < from + 16; ++t) {
      std::string_view k;
      if (!AfterBi(t, &k) || !lex_.InClass(Lexicon::WordClass::kStrikeNoun, k)) continue;
      // the nationality right after the noun or after one adjective ("جوية", "مدفعي")
      for (idx_t u = t + 1; u < end && u < t + 3; ++u) {
        if (idx_t m = mention_at_[u]; m != kNone) return doc_.mentions[m].tokens.begin == u ? m : kNone;
        if (!(doc_.tokens[u].flags & kTokWord)) return kNone;
        if (idx_t len = DemonymAt(u); len)
          return AddStateMention(u, u + len, lex_.demonyms()[hits_[demonym_hit_].row], 0.6f);
      }
      return kNone;
    }
    return kNone;
  }

  // A definite nisba adjective with no other clitic ("العسكرية", "الجوي").
  bool DefiniteNisba(idx_t t) const {
    const Token& tk = doc_.tokens[t];
    if (!(tk.flags & kTokWord) || tk.proclitics != kProAl || tk.enclitic != Enclitic::kNone) return false;
    return Lexicon::IsNisba(doc_.token_keys[t]);
  }

  // Where token t's word starts once conjunctions and prepositions are taken off, keeping the
  // article and any letters the segmenter read as one ("التقى" stays whole, "وقدمت" -> "قدمت").
  idx_t WordStart(idx_t t) const {
    const Token& tk = doc_.tokens[t];
    idx_t b = tk.stem.begin;
    if (tk.proclitics & kProAl) {
      bool li = tk.proclitics & kProLi;  // "للرئيس": ل + ل(ال)
      idx_t art = li ? 2 : 4;
      if (b >= tk.norm.begin + art) b -= art;
    }
    return b;
  }

  // The nationality adjective at [t, t + len) (DemonymAt just matched it) as the agent of an act, added
  // as a state mention; Europe does not act, the Union does ("المقترح الأوروبي", "العقوبات الأوروبية").
  idx_t NationalityAgent(idx_t t, idx_t len) {
    const std::string& cc = lex_.demonyms()[hits_[demonym_hit_].row];
    if (cc == "EUR")
      for (idx_t q = added_from_; q < doc_.mentions.size(); ++q)
        if (doc_.mentions[q].tokens.begin == t && doc_.mentions[q].code == "IGOEUREEC") return q;
    idx_t added = AddStateMention(t, t + len, cc, 0.6f);
    if (cc == "EUR") {
      Mention& eu = doc_.mentions[added];
      eu.code = "IGOEUREEC";
      eu.name = "الاتحاد الأوروبي";
      eu.actor_id = "org:european_union";
      eu.kind = ActorKind::kOrganization;
    }
    return added;
  }

  // The agent of a fight named as a purpose ("لقتال", "لمواجهة") whose genitive follows it: the subject
  // of the clause's verb, or of the noun before it ("تدخل عسكري تقوده السعودية لقتال الحوثيين"), when
  // one was found close before and is of another country than that genitive. Empty otherwise. (Not
  // every noun of purpose: "لإطلاق المليشيات صواريخ" has its agent for genitive, "لدعم" and "لزيارة"
  // took wrong objects on the dev articles.)
  std::vector<idx_t> PurposeAgent(const Trigger& tr, const PatternEntry& p, idx_t after, idx_t genitive) const {
    const Token& tk = doc_.tokens[tr.tok];
    if (!p.noun || !p.symmetric || p.cameo.compare(0, 2, "19") != 0 || !(tk.proclitics & kProLi) || genitive == kNone ||
        doc_.mentions[genitive].tokens.begin > after + 1)
      return {};
    const idx_t sent_begin = doc_.sentences[tk.sentence].tokens.begin;
    std::vector<idx_t> agent;
    if (!sent_src_.empty() && sent_src_tok_ >= sent_begin && sent_src_tok_ < tr.tok && tr.tok <= sent_src_tok_ + 15)
      agent = sent_src_;
    else if (!prev_noun_src_.empty() && prev_noun_tok_ >= sent_begin && prev_noun_tok_ < tr.tok && tr.tok <= prev_noun_tok_ + 8)
      agent = prev_noun_src_;
    for (idx_t m : agent)
      if (InGroup(genitive, m) || doc_.mentions[m].code.compare(0, 3, doc_.mentions[genitive].code, 0, 3) == 0) return {};
    return agent;
  }

  // "شكره لخادم الحرمين على مبادرته ولدولتي الكويت والإمارات على تجاوبهما": a later "و + لـ" in the
  // clause (before the next trigger `hi`) adds its actors, with or without a noun before them, to the
  // لـ-targets in *tgt. Stops at a clause separator or at any other actor.
  void LaterDativeTargets(std::vector<idx_t>* tgt, idx_t hi) const {
    idx_t t = SpanEnd(tgt->back());
    const idx_t end = std::min<idx_t>(hi, doc_.sentences[doc_.tokens[t - 1].sentence].tokens.end);
    for (; t < end && t < SpanEnd(tgt->back()) + 8; ++t) {
      const Token& tk = doc_.tokens[t];
      if ((tk.flags & kTokPunct) || ClauseOpener(t)) return;
      idx_t m = mention_at_[t];
      const bool wa_li = (tk.proclitics & kProWa) && (tk.proclitics & kProLi);
      // another actor ends it; a possessive pronoun does not ("على مبادرته")
      if (m != kNone && doc_.mentions[m].via == MentionVia::kPronoun) continue;
      if (m != kNone && !(wa_li && doc_.mentions[m].tokens.begin == t)) return;
      if (!wa_li) continue;
      if (m == kNone && t + 1 < end) m = mention_at_[t + 1];
      if (m == kNone || doc_.mentions[m].tokens.begin > t + 1) return;
      for (idx_t n : Group(m))
        if (std::find(tgt->begin(), tgt->end(), n) == tgt->end()) tgt->push_back(n);
      return;
    }
  }

  // "لكن", "بينما" (word class clause_opener): a new clause with its own subject starts at token t.
  bool ClauseOpener(idx_t t) const { return lex_.InClass(Lexicon::WordClass::kClauseOpener, doc_.token_keys[t]); }

  // The agent named inside an object phrase: a genitive actor right after a noun ("قرار البيت
  // الأبيض"), a nationality adjective on the noun ("الهجوم التركي", added as a state mention), or the
  // subject of a relative clause ("العقوبات التي أقرتها واشنطن").
  idx_t ObjectAgent(idx_t from, idx_t hi) {
    if (idx_t rel = RelativeAgent(from + 1, hi); rel != kNone) return rel;
    if (idx_t by = IssuerAgent(from + 1, hi); by != kNone) return by;
    for (idx_t t = from; t < hi && t < from + 5; ++t) {
      const Token& tk = doc_.tokens[t];
      if (tk.flags & kTokPunct) break;
      idx_t m = mention_at_[t];
      if (m == kNone && ClauseOpener(t)) break;  // "... داخل المخيم لكن الشرطة": another clause
      if (m != kNone) {
        // a genitive: the actor follows a noun directly, with no preposition of its own
        bool genitive = t > from && doc_.mentions[m].tokens.begin == t && PrepBefore(t, from).empty() &&
                        mention_at_[t - 1] == kNone;
        return genitive ? m : kNone;
      }
      if (t == from) continue;  // the object noun itself
      idx_t len = DemonymAt(t);
      // Only an act has an agent: "الهجوم التركي", not "القضية الليبية" or "الحدود الأردنية".
      if (len && !IsActNoun(t - 1)) return kNone;
      if (!len) continue;
      return NationalityAgent(t, len);
    }
    return kNone;
  }

  // True when token t is a verbal noun of some pattern ("الهجوم", "الانسحاب", "التحركات" is not).
  bool IsActNoun(idx_t t) {
    std::vector<LexHit> hs;
    lex_.MatchAt(doc_, doc_.token_keys, t, &hs);
    for (const LexHit& h : hs)
      if (h.table == LexHit::kPattern && lex_.patterns()[h.row].noun) return true;
    return false;
  }

  // An act that is only supposed: "أي هجوم" (any attack), or a condition before the trigger in its
  // clause ("في حال أقدمت إسرائيل على ضرب", "إذا هاجمت", "لو"). Such a sentence reports no event.
  bool Hypothetical(const Trigger& tr, const mizan::Sentence& sent) const {
    if (tr.tok > sent.tokens.begin && doc_.token_keys[tr.tok - 1] == "اي") return true;
    for (idx_t t = tr.tok; t-- > sent.tokens.begin && t + 6 > tr.tok;) {
      if (doc_.tokens[t].flags & kTokClauseSep) break;
      std::string_view k = doc_.token_keys[t];
      if (k == "اذا" || k == "لو" || ((k == "حال" || k == "حاله") && t > sent.tokens.begin && doc_.token_keys[t - 1] == "في"))
        return true;
    }
    return false;
  }

  // Whether trigger k is what an earlier call or demand of its sentence (CAMEO 02, 10) asks for: right
  // after the word that governs it (at most three words after إلى، بأن، أن; the word with بـ/لـ on it or
  // the next), with nothing between the call and it that closes the clause. "طالبت بالتحقيق في الهجوم" asks for the
  // inquiry, not the attack: a preposition on the way ends the governed phrase.
  bool CalledFor(const std::vector<Trigger>& trig, size_t k) const {
    const Trigger& tr = trig[k];
    idx_t call_end = kNone;
    for (size_t j = k; j-- > 0;) {
      const std::string& c = lex_.patterns()[trig[j].pattern].cameo;
      if (c.compare(0, 2, "02") == 0 || c.compare(0, 2, "10") == 0) {
        call_end = trig[j].tok + trig[j].len;
        break;
      }
    }
    if (call_end == kNone || tr.tok < call_end || tr.tok - call_end > 12) return false;
    idx_t g = kNone;  // the governing word
    for (idx_t t = tr.tok + 1; t-- > call_end && g == kNone;) {
      if (t < tr.tok && (doc_.tokens[t].flags & kTokClauseSep)) return false;
      const std::string& key = doc_.token_keys[t];
      if (key == "الي" || key == "بان" || key == "ان") {
        if (t == tr.tok || tr.tok - t > 3) return false;
        g = t;
      } else if (doc_.tokens[t].proclitics & (kProBi | kProLi)) {
        if (tr.tok - t > 2) return false;
        g = t;
      } else if (t < tr.tok && (Lexicon::IsPreposition(key) || mention_at_[t] != kNone)) {
        return false;
      }
    }
    if (g == kNone) return false;
    // Between the call and the governing word its subject, its object, a date, an aside, but no other
    // preposition's phrase: "دعت دول المنظمة مساء الجمعة إلى" ("ويقول نصر إنه تعرض خلال الاستجواب في مصر
    // للتعذيب": the name read as a demand is no call).
    for (idx_t t = call_end; t < g; ++t) {
      if (mention_at_[t] != kNone || in_time_[t]) continue;
      if (Lexicon::IsPreposition(doc_.token_keys[t]) || (doc_.tokens[t].proclitics & (kProBi | kProLi))) return false;
    }
    return true;
  }

  // A form of تعرّض at most 15 words before token `tok` in its sentence (the subject between them may
  // be long and carry a date: "تعرض قيادي في حماس هو وكيل وزارة النقل، الثلاثاء، للخطف"), or kNone.
  idx_t ExposureBefore(idx_t tok, idx_t begin) const {
    for (idx_t t = tok; t-- > begin && t + 15 > tok;)
      if (IsExposureWord(doc_.token_keys[t])) return t;
    return kNone;
  }

  // The length of a nationality adjective at token t (0 = none); hits_[demonym_hit_] is its hit.
  idx_t DemonymAt(idx_t t) {
    lex_.MatchAt(doc_, doc_.token_keys, t, &hits_);
    for (size_t i = 0; i < hits_.size(); ++i) {
      if (hits_[i].table != LexHit::kDemonym) continue;
      demonym_hit_ = i;
      return hits_[i].length;
    }
    // The indefinite accusative "مصورا فرنسيا": the dictionary has فرنسي, the text فرنسيا.
    const std::string& k = doc_.token_keys[t];
    if (k.size() > 6 && k.compare(k.size() - 4, 4, "يا") == 0) {
      if (alt_keys_.size() != doc_.token_keys.size()) alt_keys_ = doc_.token_keys;
      alt_keys_[t] = k.substr(0, k.size() - 2);
      lex_.MatchAt(doc_, alt_keys_, t, &hits_);
      alt_keys_[t] = k;
      for (size_t i = 0; i < hits_.size(); ++i) {
        if (hits_[i].table != LexHit::kDemonym || hits_[i].length != 1) continue;
        demonym_hit_ = i;
        return 1;
      }
    }
    return 0;
  }
  std::vector<std::string> alt_keys_;  // token_keys with one word changed (made on first use)
  size_t demonym_hit_ = 0;

  // A mention over the word at t for the actor of mention `of` (a description: "الاتهامات" for their
  // maker, "بانتهاكات" for their perpetrator), appended to doc.mentions; returns its index.
  idx_t AddReferenceMention(idx_t t, idx_t of) {
    return AddMentionOf(doc_, t, {WordStart(t), doc_.tokens[t].norm.end}, of, MentionVia::kDescription, false, 0.5f);
  }

  // "ونددت هيومن رايتس ووتش بانتهاكات خطيرة وجرائم حرب" with no perpetrator named: the violations are
  // those the story charged someone with in the last three sentences, the target of the latest
  // accusation or charge (11, 173) or the agent of the latest act of force (18-20) that is not of the
  // condemning side's country. kNone when the object is no such word or nothing fits.
  idx_t ViolationReference(idx_t from, idx_t hi, const std::vector<idx_t>& src) {
    if (src.empty() || from >= hi) return kNone;
    static const WordSet kViolations = {"انتهاكات", "الانتهاكات", "انتهاك", "الانتهاك", "جرائم", "الجرائم",
                                        "تجاوزات", "التجاوزات", "فظائع", "الفظائع", "ممارسات", "الممارسات"};
    const idx_t t = from;
    if (!(doc_.tokens[t].flags & kTokWord) || !(doc_.tokens[t].proclitics & kProBi) ||
        !kViolations.Has(doc_.token_keys[t]))
      return kNone;
    const std::string& own = doc_.mentions[src[0]].code;
    if (own.size() < 3) return kNone;
    const idx_t sentence = doc_.tokens[t].sentence;
    for (size_t i = doc_.events.size(); i-- > 0;) {
      const Event& e = doc_.events[i];
      if (e.sentence + 3 < sentence) break;
      if (e.negated) continue;
      const std::string_view r = std::string_view(e.cameo).substr(0, 2);
      const EventActor* who = nullptr;
      if (r == "11" || e.cameo == "173") who = &e.target;
      else if (r == "18" || r == "19" || r == "20") who = &e.source;
      if (who == nullptr || who->mention == kNone || who->code.size() < 3) continue;
      if (who->code.compare(0, 3, own, 0, 3) == 0 || who->code.compare(0, 3, "---") == 0) continue;
      return AddReferenceMention(t, who->mention);
    }
    return kNone;
  }

  // "رفض X الاتهامات", "نفت المنظمة صحة هذه الاتهامات": the accusations are the latest accusation
  // (root 11) or charge (173: "وجه مولر إلى غيتس 12 اتهاما") made against X's country by another actor
  // in the last five sentences; their maker is the target, as a mention over the word "الاتهامات".
  // kNone when the object is no such word or no accusation fits.
  idx_t AccusationReference(idx_t from, idx_t hi, const std::vector<idx_t>& src) {
    if (src.empty()) return kNone;
    static const WordSet kDeterminers = {"صحة", "هذه", "تلك", "كل", "جميع", "كافة"};
    static const WordSet kCharges = {"اتهامات", "اتهام", "الاتهامات", "الاتهام", "مزاعم", "المزاعم", "ادعاءات",
                                     "الادعاءات", "تهم", "التهم", "تهمة", "التهمة", "اتهاما"};
    idx_t t = from;
    while (t < hi && t < from + 2 && kDeterminers.Has(doc_.token_keys[t])) ++t;
    if (t >= hi || !(doc_.tokens[t].flags & kTokWord) || !kCharges.Has(doc_.token_keys[t])) return kNone;
    const std::string& own = doc_.mentions[src[0]].code;
    if (own.size() < 3) return kNone;
    const idx_t sentence = doc_.tokens[t].sentence;
    for (size_t i = doc_.events.size(); i-- > 0;) {
      const Event& e = doc_.events[i];
      if (e.sentence + 5 < sentence) break;
      if ((e.cameo.compare(0, 2, "11") != 0 && e.cameo != "173") || e.source.mention == kNone || e.negated) continue;
      // against X's country, by someone else: a court or rival at home counts ("USAJUD" accusing "USAELI")
      if (e.target.code.compare(0, 3, own, 0, 3) != 0 || e.source.code == own) continue;
      return AddReferenceMention(t, e.source.mention);
    }
    return kNone;
  }

  // Adds a mention of state cc over tokens [b, e) that an argument rule found (a nationality
  // adjective on an object noun, a place named as a victim) and returns its index.
  idx_t AddStateMention(idx_t b, idx_t e, const std::string& cc, float confidence) {
    // One mention per phrase, however many events name it; it is no subject for later verbs, so it
    // stays out of mention_at_.
    for (idx_t m = added_from_; m < doc_.mentions.size(); ++m)
      if (doc_.mentions[m].tokens.begin == b && doc_.mentions[m].via == MentionVia::kDescription &&
          doc_.mentions[m].code == cc)
        return m;
    Mention st;
    st.tokens = {b, e};
    st.norm = {WordStart(b), doc_.tokens[e - 1].norm.end};
    st.sentence = doc_.tokens[b].sentence;
    st.code = cc;
    st.name = lex_.CountryName(cc);
    st.actor_id = "state:" + cc;
    st.kind = ActorKind::kState;
    st.via = MentionVia::kDescription;
    st.confidence = confidence;
    doc_.mentions.push_back(std::move(st));
    return static_cast<idx_t>(doc_.mentions.size() - 1);
  }

  // "خطفوا مصورا فرنسيا", "انفجرت على دورية بريطانية", "أحرقوا الأعلام الأميركية": a nationality
  // adjective on a noun within a few words of `from` names the state the act is done to. Stops at
  // punctuation and at an actor (who would be named instead); kNone when there is none.
  idx_t DemonymObject(idx_t from, idx_t hi, idx_t reach) {
    for (idx_t t = from; t < hi && t < from + reach; ++t) {
      const Token& tk = doc_.tokens[t];
      if ((tk.flags & kTokPunct) && !(tk.flags & kTokQuote)) break;
      if (mention_at_[t] != kNone) break;
      if (lex_.InClass(Lexicon::WordClass::kLandmarkWord, doc_.token_keys[t])) break;  // "قرية قرب الحدود التركية"
      // An adjective follows its noun; after a number the nationality is the noun ("60 فلسطينيا").
      // (scare quotes around the adjective: "عشرات الأهداف "الإيرانية"")
      const idx_t prev = t > from && (doc_.tokens[t - 1].flags & kTokQuote) ? t - 1 : t;
      if (prev == from || !(doc_.tokens[prev - 1].flags & (kTokWord | kTokNumber))) continue;
      if (tk.proclitics & (kProWa | kProBi | kProLi | kProFa | kProKa)) continue;
      if (idx_t len = DemonymAt(t)) return AddStateMention(t, t + len, lex_.demonyms()[hits_[demonym_hit_].row], 0.5f);
    }
    return kNone;
  }

  // "خطفوا أربعة أوروبيين يعملون في مجال المساعدات وطيارين كينيين اثنين": a second object joined by و,
  // with a nationality of its own, after the victims in *tgt (before hi), is a victim too.
  void AppendJoinedNationality(std::vector<idx_t>* tgt, idx_t hi) {
    if (tgt->empty()) return;
    const idx_t from = doc_.mentions[tgt->back()].tokens.end;
    for (idx_t t = from; t < hi && t < from + 8; ++t) {
      const Token& tk = doc_.tokens[t];
      if ((tk.flags & kTokPunct) || mention_at_[t] != kNone) return;
      // و, split off or left on a word the segmenter does not know ("ومترجما")
      const bool wa = (tk.proclitics & kProWa) || doc_.TokenText(t).substr(0, 2) == "\xd9\x88";
      if (!wa || (tk.proclitics & (kProBi | kProLi))) continue;
      idx_t m = DemonymObject(t, hi, 4);
      if (m == kNone) return;
      for (idx_t v : *tgt)
        if (doc_.mentions[v].code.compare(0, 3, doc_.mentions[m].code, 0, 3) == 0) return;
      tgt->push_back(m);
      return;
    }
  }

  // A noun of places or of a place's part: "مدينة", "القرية", "مخيم", "شمال".
  bool IsPlaceNoun(idx_t t) const {
    static const WordSet kPlaceNouns = {"مدينة", "بلدة", "قرية", "مستوطنة", "مخيم", "منطقة", "محافظة", "حي",
                                        "إقليم", "ولاية", "شمال", "جنوب", "شرق", "غرب", "وسط", "قطاع"};
    return kPlaceNouns.Has(doc_.token_keys[t]);
  }

  // The country of the place a noun of places at t names, from what follows it in its phrase: a
  // nationality ("قرية خان الأحمر الفلسطينية", "المدينة السورية") or a gazetteer place ("مدينة حلب").
  // Empty when it names none.
  std::string PlaceNounCountry(idx_t t) {
    if (!IsPlaceNoun(t)) return {};
    const idx_t end = std::min<idx_t>(doc_.sentences[doc_.tokens[t].sentence].tokens.end, t + 5);
    for (const Cue& c : doc_.cues)
      if (c.kind == CueKind::kPlace && c.country.size() == 3 && c.tokens.begin > t && c.tokens.begin <= t + 3 &&
          c.tokens.end <= end)
        return c.country;
    for (idx_t u = t + 1; u < end; ++u) {
      const Token& tk = doc_.tokens[u];
      if ((tk.flags & kTokPunct) || mention_at_[u] != kNone) break;
      if (lex_.InClass(Lexicon::WordClass::kLandmarkWord, doc_.token_keys[u])) break;  // "قرية قرب الحدود التركية"
      if (tk.proclitics & (kProWa | kProBi | kProLi | kProFa | kProKa)) break;
      if (DemonymAt(u)) return lex_.demonyms()[hits_[demonym_hit_].row];
    }
    return {};
  }

  // "توجهوا إلى القرية": a definite noun of places with no name of its own is the latest place the
  // text named with that noun ("قرية خان الأحمر الفلسطينية"); its country, or empty.
  std::string PlaceNounBackReference(idx_t t) {
    if (!IsPlaceNoun(t)) return {};
    if (std::string cc = PlaceNounCountry(t); !cc.empty()) return cc;
    if (!(doc_.tokens[t].proclitics & kProAl)) return {};
    for (idx_t u = t; u-- > 0;)
      if (doc_.token_keys[u] == doc_.token_keys[t]) {
        if (std::string cc = PlaceNounCountry(u); !cc.empty()) return cc;
      }
    return {};
  }

  // "سقط أحدها في مدينة عسقلان", "فجرت نفسها في بلدة بلدروز": a place of the gazetteer in [from, hi),
  // as the state it belongs to (the victim of an attack with no other target), or kNone.
  idx_t PlaceVictim(idx_t from, idx_t hi) {
    for (const Cue& c : doc_.cues) {
      if (c.kind != CueKind::kPlace || c.country.size() != 3 || c.tokens.begin < from || c.tokens.end > hi) continue;
      if (mention_at_[c.tokens.begin] != kNone) continue;
      // A one-word name of three letters is too often a common word ("عين" of عين أميناس is Al Ain
      // in the gazetteer): take it only after a noun of places ("مدينة", "بلدة", "شمال").
      bool short_name = c.tokens.size() == 1 && doc_.StemText(c.tokens.begin).size() <= 6;
      if (short_name && !(c.tokens.begin > from && IsPlaceNoun(c.tokens.begin - 1))) continue;
      return AddStateMention(c.tokens.begin, c.tokens.end, c.country, 0.4f);
    }
    return kNone;
  }

  // "الدبلوماسيين الذين حاولوا التوجه إلى القرية هم القناصل العامون لفرنسا والسويد": in a pseudo-cleft
  // the doer of a relative clause with no subject of its own is named after the هم/هي/هو that closes
  // it. The mention named there, or kNone.
  idx_t CleftSubject(const Trigger& tr, const Sentence& sent) const {
    auto relative = [](std::string_view k) {
      return k == "ذين" || k == "لذين" || k == "تي" || k == "لتي" || k == "ذي" || k == "لذي";
    };
    idx_t rel = kNone;  // the relative pronoun, up to three words before (a verb of trying between)
    for (idx_t t = tr.tok; t-- > sent.tokens.begin && t + 4 > tr.tok;) {
      if ((doc_.tokens[t].flags & kTokPunct) || mention_at_[t] != kNone) return kNone;
      if (relative(doc_.token_keys[t])) {
        rel = t;
        break;
      }
    }
    if (rel == kNone || rel == sent.tokens.begin) return kNone;
    // A verb with its own object pronoun ("التي وقعتها") makes the antecedent its object, not its doer.
    for (idx_t t = rel + 1; t < tr.tok + tr.len; ++t)
      if (doc_.tokens[t].enclitic != Enclitic::kNone) return kNone;
    for (idx_t t = tr.tok + tr.len; t + 1 < sent.tokens.end && t < tr.tok + tr.len + 8; ++t) {
      if (doc_.tokens[t].flags & kTokPunct) return kNone;
      if (idx_t m = mention_at_[t]; m != kNone) {  // a subject of the clause's own ends it
        if (PrepBefore(doc_.mentions[m].tokens.begin, rel).empty()) return kNone;
        t = doc_.mentions[m].tokens.end - 1;
        continue;
      }
      std::string_view k = doc_.token_keys[t];
      if ((k == "هم" || k == "هي" || k == "هو") && doc_.tokens[t].proclitics == 0) {
        const idx_t m = mention_at_[t + 1];
        return m != kNone && doc_.mentions[m].tokens.begin == t + 1 ? m : kNone;
      }
    }
    return kNone;
  }

  // A relative pronoun's key, its article dropped: التي، الذي، الذين، اللذين، اللتين، اللذان، اللتان.
  static bool IsRelativePronoun(std::string_view k) {
    return k == "تي" || k == "ذي" || k == "لتي" || k == "لذي" || k == "ذين" || k == "لذين" || k == "لتين" || k == "لذان" ||
           k == "لتان";
  }

  // "X، التي VERB": the mention X ending right before the relative pronoun at tok-1, or kNone.
  idx_t RelativeAntecedent(idx_t tok, idx_t floor) const {
    if (tok < floor + 2) return kNone;
    std::string_view k = doc_.token_keys[tok - 1];
    if (!IsRelativePronoun(k) || k == "لتين" || k == "لذان" || k == "لتان") return kNone;
    idx_t end = tok - 1;
    if (end > floor && (doc_.tokens[end - 1].flags & kTokClauseSep)) --end;
    idx_t found = kNone;
    for (idx_t m = 0; m < doc_.mentions.size() && found == kNone; ++m) {
      const Mention& mm = doc_.mentions[m];
      if (mm.via != MentionVia::kPronoun && mm.tokens.end == end && mm.tokens.begin >= floor) found = m;
    }
    // "المتمردين الحوثيين، الموالين لإيران، والذين سيطروا": الذين is plural and human; a state is
    // neither (it takes التي), so the antecedent is the plural before the state's phrase.
    if (found != kNone && (k == "ذين" || k == "لذين") && doc_.mentions[found].kind == ActorKind::kState &&
        !PrepBefore(doc_.mentions[found].tokens.begin, floor).empty()) {
      const idx_t limit = doc_.mentions[found].tokens.begin;
      idx_t best = kNone;
      for (idx_t m = 0; m < doc_.mentions.size(); ++m) {
        const Mention& mm = doc_.mentions[m];
        if (mm.via == MentionVia::kPronoun || mm.kind == ActorKind::kState || mm.tokens.end > limit ||
            mm.tokens.begin < floor || mm.tokens.end + 4 < limit)
          continue;
        if (best == kNone || mm.tokens.end > doc_.mentions[best].tokens.end) best = m;
      }
      return best;
    }
    // "أطراف الصراع في اليمن، التي تتقاتل": a state named as where the clause's head is (after في) is
    // not what the relative clause is about.
    if (found != kNone && doc_.mentions[found].kind == ActorKind::kState &&
        PrepBefore(doc_.mentions[found].tokens.begin, floor) == "في")
      return kNone;
    return found;
  }

  // "أدانت مصر الهجوم على السفارة", "ندد الأردن بالاعتداء", "دعت إلى وقف القصف": a noun of coercion or
  // violence governed by a verb that appeals, disapproves or rejects (roots 02, 11, 12) is somebody
  // else's act; the governing verb's subject is not its agent. (Not praise or defence, 05: "ماي تدافع عن
  // مشاركة بريطانيا بالضربة الجوية" defends her own side's strike; nor a demand, 10: "ترمب طلب ألا يقتصر
  // الهجوم على النظام السوري" is his own. A request, 02, can be too, but on 3,000 ANT articles the
  // appeals' nouns were mostly others' acts: "دعا القبائل إلى عدم ... القتال إلى جانب الميليشيات في حربهم".)
  bool ReactsToAnothersAct(const PatternEntry& p, idx_t tok) const {
    if (!p.noun || sent_src_root_.empty() || sent_src_tok_ >= tok) return false;
    const std::string_view r = std::string_view(p.cameo).substr(0, 2);
    if (r != "17" && r != "18" && r != "19" && r != "20") return false;
    const std::string& g = sent_src_root_;
    return g == "02" || g == "11" || g == "12";
  }

  // "السفير الفرنسي لدى تركيا": the mention right after "لدى" that ends the envoy's phrase, or kNone.
  idx_t PostedTo(idx_t envoy, const std::string& code) const {
    if (envoy == kNone || code.size() < 3) return kNone;
    const idx_t end = doc_.mentions[envoy].tokens.end;
    if (end + 1 >= doc_.tokens.size() || doc_.token_keys[end] != "لدي" ||
        doc_.tokens[end].sentence != doc_.tokens[end + 1].sentence)
      return kNone;
    const idx_t m = mention_at_[end + 1];
    if (m == kNone || doc_.mentions[m].tokens.begin != end + 1 || doc_.mentions[m].code.size() < 3 ||
        doc_.mentions[m].code.compare(0, 3, code, 0, 3) == 0)
      return kNone;
    return m;
  }

  // The verb at tok opens a relative clause ("الذي"، "التي"، "اللذين"، "اللتين"، "الذين", no و before it)
  // right after a word of no actor mention, with no comma between: the clause is about that noun.
  bool NonActorRelative(idx_t tok, idx_t floor) const {
    if (tok < floor + 2) return false;
    const idx_t rel = tok - 1;
    if (!IsRelativePronoun(doc_.token_keys[rel])) return false;
    if (doc_.tokens[rel].proclitics & (kProWa | kProFa)) return false;
    const idx_t before = rel - 1;
    if (doc_.tokens[before].flags & (kTokPunct | kTokClauseSep)) return false;
    // (a cleft's pronoun, "الحكومة ... هي التي تسيطر", stands for an actor)
    std::string_view b = doc_.token_keys[before];
    if (b == "هي" || b == "هو" || b == "هم" || b == "هن") return false;
    return mention_at_[before] == kNone;
  }

  // Whether the sentence's previous verb's subject (a speaker: "قالت بولندا والتشيك") ends right before
  // the complementizer at t (past commas and a date) and agrees with its pronoun: ه one man or body,
  // ها one state or body or several states (a plural of non-persons), هما two, هم several.
  bool SpeakerBeforeComplementizer(idx_t t, Enclitic e) const {
    if (sent_src_.empty() || sent_src_tok_ >= t || doc_.tokens[sent_src_tok_].sentence != doc_.tokens[t].sentence)
      return false;
    idx_t end = 0;
    for (idx_t m : sent_src_) end = std::max(end, doc_.mentions[m].tokens.end);
    if (end > t || end + 3 < t) return false;
    for (idx_t u = end; u < t; ++u)
      if (!(doc_.tokens[u].flags & kTokPunct) && !in_time_[u]) return false;
    return Agrees(sent_src_, e);
  }

  // Whether the pronoun e can stand for the actors g: ه one man or body, ها one state or body or several
  // states (a plural of non-persons), هما two, هم several.
  bool Agrees(const std::vector<idx_t>& g, Enclitic e) const {
    if (g.empty()) return false;
    const size_t n = g.size();
    const Mention& first = doc_.mentions[g[0]];
    bool all_states = true;
    for (idx_t m : g) all_states = all_states && doc_.mentions[m].kind == ActorKind::kState;
    switch (e) {
      case Enclitic::kHu: return n == 1 && !first.plural && first.kind != ActorKind::kState;
      case Enclitic::kHa: return (n == 1 && !first.plural && first.kind != ActorKind::kPerson) || (n >= 3 && all_states);
      case Enclitic::kHuma: return n == 2;
      case Enclitic::kHum: return n >= 2 || first.plural;
      default: return false;
    }
  }

  // Whether the complementizer at t follows a participle of speech after a comma, a حال of the
  // sentence's subject: "، مشيرا إلى أنه", "، مؤكدا أنها".
  bool AfterSpeechParticiple(idx_t t, idx_t floor) const {
    if (t < floor + 2) return false;
    idx_t g = t - 1;
    if (doc_.token_keys[g] == "الي" && g > floor + 1) --g;
    return CircumstantialParticiple(g);
  }

  // The subject that opens the sentence: an actor first (SVO), or right after its first word, a verb
  // (VSO: "وأضاف بومبيو"), with no preposition on it; kNone otherwise.
  idx_t OpeningSubject(const mizan::Sentence& sent) const {
    for (idx_t t = sent.tokens.begin; t < sent.tokens.end && t < sent.tokens.begin + 2; ++t) {
      const idx_t m = mention_at_[t];
      if (m != kNone && doc_.mentions[m].tokens.begin == t && doc_.mentions[m].via != MentionVia::kPronoun)
        return PrepBefore(t, sent.tokens.begin).empty() ? m : kNone;
      if (!(doc_.tokens[t].flags & kTokWord)) return kNone;
    }
    return kNone;
  }

  // The agent of a passive participle: the first actor after لـ, من or من قبل ("للدول الأربع
  // "السعودية والإمارات""، "من قبل واشنطن") within ten words, in its clause; kNone when an actor comes
  // first with no such cue ("في مصر") or there is none.
  idx_t ParticipleAgent(idx_t from, idx_t hi) const {
    bool cue = false;
    for (idx_t u = from; u < hi && u < from + 10; ++u) {
      const Token& tk = doc_.tokens[u];
      if ((tk.flags & kTokClauseSep) && !(tk.flags & kTokQuote)) return kNone;
      std::string_view k = doc_.token_keys[u];
      cue = cue || ((tk.proclitics & kProLi) && !(tk.proclitics & kProBi)) || k == "من" || k == "قبل";
      if (idx_t m = mention_at_[u]; m != kNone) {
        if (!cue) return kNone;
        return m;
      }
    }
    return kNone;
  }

  // "في مزاعم بأن حملة ساركوزي", "في اتهامات للوزير": the actor an allegation right after في (within
  // three words of from) is about, named within six words after it in its clause; kNone if none.
  idx_t AllegedAfter(idx_t from, idx_t hi, const std::vector<idx_t>& src) const {
    for (idx_t u = from; u + 1 < hi && u < from + 3; ++u) {
      if (doc_.tokens[u].flags & kTokClauseSep) return kNone;
      if (doc_.token_keys[u] != "في" || !lex_.InClass(Lexicon::WordClass::kAllegationNoun, doc_.token_keys[u + 1])) continue;
      for (idx_t v = u + 2; v < hi && v < u + 8; ++v) {
        if (doc_.tokens[v].flags & kTokClauseSep) return kNone;
        const idx_t m = mention_at_[v];
        if (m == kNone) continue;
        if (std::find(src.begin(), src.end(), m) != src.end()) return kNone;
        return m;
      }
      return kNone;
    }
    return kNone;
  }

  // "لانتقادات من شركائها في حلف شمال الأطلسي": one's partners, allies or fellow members "in" a body,
  // after من within six words of from (in the clause), are that body; its mention, or kNone.
  idx_t PartnersBodyAfter(idx_t from, idx_t end) const {
    static const WordSet kPartners = {"شركاء", "شركائ", "حلفاء", "حلفائ", "أعضاء", "أعضائ", "نظراء", "نظرائ"};
    for (idx_t t = from; t + 3 < end && t < from + 6; ++t) {
      if (doc_.tokens[t].flags & kTokClauseSep) return kNone;
      if (doc_.token_keys[t] != "من" || !kPartners.Has(doc_.token_keys[t + 1]) || doc_.token_keys[t + 2] != "في") continue;
      const idx_t m = mention_at_[t + 3];
      return m != kNone && doc_.mentions[m].tokens.begin == t + 3 ? m : kNone;
    }
    return kNone;
  }

  // The pronoun of "أنه", "إنها", "لأنهم" (matching forms "انه", "انها", "لانهم"), or kNone.
  Enclitic ComplementizerPronoun(idx_t t) const {
    std::string_view k = doc_.token_keys[t];
    // The segmenter may already have split the pronoun off: stem "ان" + enclitic.
    if ((k == "ان" || k == "لان") && doc_.tokens[t].enclitic != Enclitic::kNone) return doc_.tokens[t].enclitic;
    for (std::string_view c : {"لان", "ان"}) {
      if (k.substr(0, c.size()) != c) continue;
      std::string_view rest = k.substr(c.size());
      if (rest == "ه") return Enclitic::kHu;
      if (rest == "ها") return Enclitic::kHa;
      if (rest == "هم") return Enclitic::kHum;
      if (rest == "هما") return Enclitic::kHuma;
    }
    return Enclitic::kNone;
  }

  // "البيان الصادر عن مجلس الأمن", "المبادرة المقدمة من مصر": the actor a document or proposal comes
  // from, after its participle (الصادر/الصادرة, المقدم/المقدمة) and عن or من, or kNone.
  idx_t IssuerAgent(idx_t from, idx_t hi) const {
    for (idx_t t = from; t < hi && t < from + 3; ++t) {
      const Token& tk = doc_.tokens[t];
      if (!(tk.flags & kTokWord) || mention_at_[t] != kNone) return kNone;
      std::string_view k = doc_.token_keys[t];
      if (!(tk.proclitics & kProAl) || (k != "صادر" && k != "صادره" && k != "مقدم" && k != "مقدمه")) continue;
      if (t + 2 >= hi) return kNone;
      std::string_view prep = doc_.token_keys[t + 1];
      idx_t m = mention_at_[t + 2];
      if ((prep == "عن" || prep == "من") && m != kNone && doc_.mentions[m].tokens.begin == t + 2) return m;
      return kNone;
    }
    return kNone;
  }

  // "NOUN التي/الذي VERB X": X, the subject of a relative clause right after a verbal noun.
  idx_t RelativeAgent(idx_t from, idx_t hi) const {
    for (idx_t t = from; t < hi && t < from + 3; ++t) {
      std::string_view k = doc_.token_keys[t];
      if (k != "تي" && k != "ذي" && k != "لتي" && k != "لذي") continue;  // التي/الذي, article dropped
      for (idx_t u = t + 2; u < hi && u < t + 5; ++u) {
        idx_t m = mention_at_[u];
        if (m != kNone && doc_.mentions[m].tokens.begin == u && PrepBefore(u, t + 1).empty()) return m;
      }
      break;
    }
    return kNone;
  }

  // "غارة جوية شنتها طائرة أميركية": an indefinite noun takes a relative clause with no pronoun
  // (صفة جملة); a verb carrying the noun's pronoun (ها/ه) right after it, then an actor, names the agent.
  idx_t IndefiniteRelativeAgent(idx_t tok, idx_t from, idx_t hi) const {
    if (doc_.tokens[tok].proclitics & kProAl) return kNone;
    for (idx_t t = from; t < hi && t < from + 2; ++t) {
      const Token& tk = doc_.tokens[t];
      if (!(tk.flags & kTokWord)) return kNone;
      if (mention_at_[t] != kNone) return kNone;
      if (tk.enclitic != Enclitic::kHa && tk.enclitic != Enclitic::kHu) continue;
      idx_t m = t + 1 < hi ? mention_at_[t + 1] : kNone;
      if (m != kNone && doc_.mentions[m].tokens.begin == t + 1 && PrepBefore(t + 1, t + 1).empty()) return m;
      return kNone;
    }
    return kNone;
  }

  // "معارك بين قوات الناتو ومسلحي طالبان": the two sides after بين (the second after و within three
  // words), or false.
  bool BetweenSides(idx_t after, idx_t end, idx_t* a, idx_t* b) const {
    // (a short place may come first: "تواصل القتال في محاور أخرى بين")
    for (idx_t t = after; t < end && t < after + 5; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) || mention_at_[t] != kNone) return false;
      if (doc_.token_keys[t] != "بين") continue;
      // "بين وفدي الولايات المتحدة وحركة طالبان": a dual or plural of delegates before the sides is theirs.
      static const WordSet kDelegates = {"وفدي", "وفود", "ممثلي", "مندوبي", "حكومتي", "جيشي", "قوات"};
      if (t + 2 < end && mention_at_[t + 1] == kNone && kDelegates.Has(doc_.token_keys[t + 1])) ++t;
      idx_t m1 = t + 1 < end ? mention_at_[t + 1] : kNone;
      if (m1 == kNone || doc_.mentions[m1].tokens.begin != t + 1) return false;
      // (past an apposition: "بين رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، والرئيس الروسي")
      idx_t e = SpanEnd(m1);
      if (e < end && (doc_.tokens[e].flags & kTokClauseSep) && e > doc_.mentions[m1].tokens.end) ++e;
      for (idx_t u = e; u < end && u < e + 3; ++u) {
        idx_t m2 = mention_at_[u];
        if (m2 == kNone || m2 == m1 || doc_.mentions[m2].tokens.begin != u) continue;
        bool wa = false;
        for (idx_t v = e; v <= u; ++v) wa = wa || (doc_.tokens[v].proclitics & kProWa);
        if (!wa) return false;
        *a = m1;
        *b = m2;
        // "بين القوات التركية وفصائل المعارضة الموالية لها ووحدات حماية الشعب": the second item loyal
        // to the first fights on its side (Group(m1) holds both); the side against them comes next.
        const idx_t e2 = SpanEnd(m2);
        if (e2 + 2 < end && lex_.InClass(Lexicon::WordClass::kPatronAdjective, doc_.token_keys[e2]) &&
            (doc_.tokens[e2 + 1].proclitics & kProLi) == 0) {
          std::string_view pp;
          Enclitic en;
          if (!SplitPrepPronoun(doc_.token_keys[e2 + 1], &pp, &en) || pp != "ل") return true;
          for (idx_t w = e2 + 2; w < end && w < e2 + 4; ++w) {
            const idx_t m3 = mention_at_[w];
            if (m3 == kNone || doc_.mentions[m3].tokens.begin != w) continue;
            if (doc_.tokens[w].proclitics & kProWa) *b = m3;
            break;
          }
        }
        return true;
      }
      return false;
    }
    return false;
  }

  // "بين <plural actor>" with no second side joined by و: the members of one group act on each other
  // ("اندلعت اشتباكات بين الجماعات المسلحة", "هدنة بين الميليشيات المتحاربة"). kNone when not so.
  idx_t BetweenOnePlural(idx_t after, idx_t end) const {
    for (idx_t t = after; t < end && t < after + 3; ++t) {
      if (doc_.token_keys[t] != "بين") continue;
      idx_t m = t + 1 < end ? mention_at_[t + 1] : kNone;
      if (m == kNone || doc_.mentions[m].tokens.begin != t + 1 || !doc_.mentions[m].plural) return kNone;
      if (doc_.mentions[m].via == MentionVia::kPronoun) return kNone;
      // The group as a whole is definite ("الجماعات المسلحة"); "بين مسلحين حوثيين وقبليين" names two.
      if (!(doc_.tokens[t + 1].proclitics & kProAl)) return kNone;
      // Any word joined by و before the clause ends names a second side, known to the dictionaries or
      // not ("بين قوات من اللواء 35 والميليشيات", "بين قوات الجيش و #الحوثيين").
      for (idx_t u = SpanEnd(m); u < end && u < SpanEnd(m) + 6; ++u) {
        if (doc_.tokens[u].flags & kTokPunct) break;
        if ((doc_.tokens[u].proclitics & kProWa) || doc_.token_keys[u] == "و") return kNone;
      }
      return m;
    }
    return kNone;
  }

  bool InGroup(idx_t head, idx_t m) const {
    auto g = Group(head);
    return std::find(g.begin(), g.end(), m) != g.end();
  }

  // The whole coordination mention m belongs to, from its first item: for "الإمارات والكويت
  // والسعودية قدمت", the subject found before the verb is السعودية, and all three gave.
  std::vector<idx_t> Coordination(idx_t m) const {
    // Step back one item at a time: the mention ending just before (a comma between allowed) whose
    // group reaches m. O(list length), not a scan of the document's mentions per step.
    idx_t first = m;
    for (idx_t b; (b = doc_.mentions[first].tokens.begin) > 0;) {
      idx_t t = b - 1;
      if ((doc_.tokens[t].flags & kTokClauseSep) && t > 0) --t;
      idx_t q = mention_at_[t];
      if (q == kNone || q == first) break;
      auto g = Group(q);
      if (std::find(g.begin() + 1, g.end(), first) == g.end()) break;
      first = q;
    }
    return Group(first);
  }


  // "في أعقاب شن القوات التركية هجوما", "بعد شن", "لشن": a perfect form right after a word that
  // governs a noun (class masdar_governor of word_classes.tsv) or with لـ on it ("لشن") is the verbal noun
  // written like it (شَنّ): a preposition is never followed by a finite verb.
  bool GovernedPerfect(idx_t t) const {
    if (!lex_.VerbKeyIsPerfect(doc_.token_keys[t])) return false;
    if (doc_.tokens[t].proclitics & kProLi) return true;  // not بـ: "قامت القوات بقصف" keeps its verb reading
    const Token& tok = doc_.tokens[t];
    // "ودعمها اللوجستي": a form with a pronoun, then a definite nisba adjective, is a noun and its
    // adjective (a verb's object is no bare adjective).
    // So is one with an adjective of degree (word class degree_adjective): "جددت إدانتها الشديدة".
    // (Nouns of quantity look like a nisba and are the verb's subject: "رفضتها الغالبية العظمى".)
    static const WordSet kQuantityNouns = {"غالبية", "أغلبية", "أقلية", "بقية"};
    if (tok.enclitic != Enclitic::kNone && t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].sentence == tok.sentence &&
        doc_.tokens[t + 1].proclitics == kProAl && mention_at_[t + 1] == kNone && !kQuantityNouns.Has(doc_.token_keys[t + 1]) &&
        (Lexicon::IsNisba(doc_.token_keys[t + 1]) || lex_.InClass(Lexicon::WordClass::kDegreeAdjective, doc_.token_keys[t + 1])))
      return true;
    // (a quotation mark may open between the governor and its noun: مؤكدة "إدانتها)
    idx_t g = PastOpeningQuotes(t);
    if (g == 0 || doc_.tokens[g - 1].sentence != tok.sentence || mention_at_[g - 1] != kNone) return false;
    // "أعربت عن صدمتها ورفضها وغضبها": joined by و to nouns that a preposition governs and that carry the
    // same pronoun, it is a noun too.
    if ((tok.proclitics & kProWa) && tok.enclitic != Enclitic::kNone) {
      idx_t first = t;
      while (first > 0 && doc_.tokens[first - 1].sentence == tok.sentence && doc_.tokens[first - 1].enclitic == tok.enclitic &&
             mention_at_[first - 1] == kNone && (doc_.tokens[first].proclitics & kProWa))
        --first;
      if (first < t) {
        const idx_t q = PastOpeningQuotes(first);
        if ((doc_.tokens[first].proclitics & (kProBi | kProLi | kProKa)) ||
            (q > 0 && doc_.tokens[q - 1].sentence == tok.sentence && Lexicon::IsPreposition(doc_.token_keys[q - 1])))
          return true;
      }
    }
    return lex_.InClass(Lexicon::WordClass::kMasdarGovernor, doc_.token_keys[g - 1]);
  }

  // Token t, or the opening quotation marks right before it in its sentence: the first of them.
  idx_t PastOpeningQuotes(idx_t t) const {
    idx_t g = t;
    while (g > 0 && doc_.tokens[g - 1].sentence == doc_.tokens[t].sentence && (doc_.tokens[g - 1].flags & kTokQuote)) --g;
    return g;
  }

  // A verb's perfect written with the article is a noun: the verbal noun of a three-letter verb
  // ("القصف", "الدعم") or of forms V and VI ("التشاور", "التعاون"), which is written like the perfect;
  // a longer one is a participle of another verb ("البيان الصادر عن": صادر 'issued', not صادَرَ
  // 'confiscated'; "الحاكم" 'the ruler', not حاكَمَ 'tried').
  bool ArticleOnVerb(idx_t t, const PatternEntry& p) const {
    // "زياد تقي الدين": a key that only a verb written with its ال gives ("التقى") needs it in the text.
    if (!p.noun && !(doc_.tokens[t].proclitics & kProAl) && lex_.VerbNeedsArticle(doc_.token_keys[t])) return true;
    if (p.noun || !(doc_.tokens[t].proclitics & kProAl)) return false;
    if (p.no_article_noun) return true;  // "مفوض الاتحاد للسلم": the verb's noun is another word
    std::string_view k = doc_.token_keys[t];
    if (!lex_.VerbKeyIsPerfect(k)) return true;  // "النصف", "النصر": an imperfect with ال is a noun
    return k.size() > 6 && k.rfind("ت", 0) != 0;  // more than three Arabic letters (two bytes each)
  }

  // A noun flagged article_noun is its act only with the article ("تعرض للضرب"); without it, it is
  // another sense ("ضرب الاستقرار" striking at, "بضرب من الشعر" a kind of).
  bool MissingArticle(idx_t t, const LexHit& h) const {
    const PatternEntry& p = lex_.patterns()[h.row];
    if (!p.article_noun || h.length != 1 || (doc_.tokens[t].proclitics & kProAl)) return false;
    return doc_.StemText(t).substr(0, 4) != "ال";  // the segmenter leaves the article on a word it does not know
  }

  // "سبق لـX أن" (وسبق، كما سبق) right before the verb at t: the mention X (with لـ on it), else kNone.
  idx_t HadAlreadySubject(idx_t t) const {
    const idx_t begin = doc_.sentences[doc_.tokens[t].sentence].tokens.begin;
    if (t < begin + 3 || doc_.token_keys[t - 1] != "ان") return kNone;
    const idx_t m = mention_at_[t - 2];
    if (m == kNone || SpanEnd(m) != t - 1) return kNone;
    const idx_t b = doc_.mentions[m].tokens.begin;
    if (b == begin || !(doc_.tokens[b].proclitics & kProLi) || doc_.token_keys[b - 1] != "سبق") return kNone;
    return m;
  }

  // "أسفر عن" / "أسفرت عن" right before token t: (an act that) resulted in.
  // Not after a denial or a negation in the sentence ("نفت ... أي مسؤولية عن القصف الذي ...، وأسفر عن
  // مقتل"): the act denied is the harm's, and the harm would escape the denial's reach.
  bool ResultedIn(idx_t t) const {
    if (t < 2 || doc_.token_keys[t - 1] != "عن") return false;
    const std::string& k = doc_.token_keys[t - 2];
    if (k != "اسفر" && k != "اسفرت" && k != "يسفر" && k != "تسفر") return false;
    const idx_t s = doc_.tokens[t].sentence;
    for (const Cue& c : doc_.cues)
      if (c.sentence == s && c.tokens.begin < t &&
          (c.kind == CueKind::kNegation || (c.kind == CueKind::kCertainty && c.label == "denied")))
        return false;
    return true;
  }

  // The named actor right before a word of class accused_word ("والعشماوي متهم في") up to 20 words
  // before the trigger in its sentence; kNone when there is none.
  idx_t AccusedBefore(const Trigger& tr, const mizan::Sentence& sent) const {
    for (idx_t u = tr.tok; u-- > sent.tokens.begin + 1 && u + 20 >= tr.tok;) {
      if (!lex_.InClass(Lexicon::WordClass::kAccusedWord, doc_.token_keys[u])) continue;
      const idx_t m = mention_at_[u - 1];
      if (m != kNone && doc_.mentions[m].tokens.end == u && doc_.mentions[m].via != MentionVia::kPronoun) return m;
      return kNone;
    }
    return kNone;
  }

  // The named actor right after a verb of reaching (word class reach_verb, no pronoun on it) between the
  // trigger and `hi`; kNone when there is none.
  idx_t ReachedActor(const Trigger& tr, idx_t hi) const {
    for (idx_t u = tr.tok + tr.len; u + 1 < hi; ++u) {
      if (!lex_.InClass(Lexicon::WordClass::kReachVerb, doc_.token_keys[u]) || doc_.tokens[u].enclitic != Enclitic::kNone)
        continue;
      const idx_t m = mention_at_[u + 1];
      if (m != kNone && doc_.mentions[m].tokens.begin == u + 1 && doc_.mentions[m].via != MentionVia::kPronoun) return m;
      return kNone;
    }
    return kNone;
  }

  // An act's noun and the adjective after it that together name a thing, not the act (word class
  // thing_phrase): "على مواقع التواصل الاجتماعي" (social media) is no contact.
  // (one buffer for the two words: this runs for every trigger candidate)
  bool NamesAThing(idx_t t, const LexHit& h) {
    const idx_t n = t + h.length;
    if (h.length != 1 || n >= doc_.tokens.size() || doc_.tokens[n].sentence != doc_.tokens[t].sentence) return false;
    if (!lex_.patterns()[h.row].noun && !(doc_.tokens[t].proclitics & kProAl)) return false;
    pair_key_.assign(doc_.token_keys[t]).append(" ").append(doc_.token_keys[n]);
    return lex_.InClass(Lexicon::WordClass::kThingPhrase, pair_key_);
  }

  std::vector<Trigger> Triggers(const Sentence& sent) {
    std::vector<Trigger> out;
    for (idx_t i = sent.tokens.begin; i < sent.tokens.end;) {
      if (!(doc_.tokens[i].flags & kTokWord) || mention_at_[i] != kNone || in_time_[i] ||
          std::find(consumed_.begin(), consumed_.end(), i) != consumed_.end()) {
        ++i;
        continue;
      }
      lex_.MatchAt(doc_, doc_.token_keys, i, &hits_);
      const LexHit* best = nullptr;
      // More of a pattern's words is more specific; of two rows with as many, the one whose words stand
      // closer: "رفضت السماح لهم بالدخول" is "رفض السماح", not "رفض ... دخول" over the refused. Of two forms
      // of one row, the longer, whose words are all the act's ("جدد له التزام واشنطن بدعم").
      for (const LexHit& h : hits_) {
        if (h.table != LexHit::kPattern) continue;
        const bool same_row = best && lex_.patterns()[h.row].id == lex_.patterns()[best->row].id;
        const bool closer = same_row ? h.length > best->length : best && h.length < best->length;
        if (!best || h.words > best->words || (h.words == best->words && closer)) best = &h;
      }
      if (!best || ArticleOnVerb(i, lex_.patterns()[best->row]) || MissingArticle(i, *best) || NamesAThing(i, *best)) {
        ++i;
        continue;
      }
      out.push_back({i, best->length, best->row});
      // A pattern's tail words may have other words between them: the head is consumed, and the
      // words up to its last tail word ("اتصالا هاتفيا" after "أجرى") start no event of their own.
      const PatternEntry& pe = lex_.patterns()[best->row];
      for (idx_t t = i + 1; t < i + best->length; ++t) consumed_.push_back(t);
      i += pe.tail.empty() ? best->length : 1;
      while (i < sent.tokens.end && std::find(consumed_.begin(), consumed_.end(), i) != consumed_.end()) ++i;
    }
    return out;
  }

  EventActor FromMention(idx_t m) const {
    if (m < same_as_.size()) m = same_as_[m];
    EventActor a;
    a.mention = m;
    a.code = doc_.mentions[m].code;
    a.name = doc_.mentions[m].name;
    a.norm = doc_.mentions[m].norm;
    return a;
  }

  // A pronoun on token t (enclitic, or a preposition+pronoun word) as an event actor.
  bool PronounActor(idx_t t, std::string_view avoid, EventActor* out, std::string_view* prep,
                    PronounHost host = PronounHost::kUnknown) {
    const Token& tk = doc_.tokens[t];
    Enclitic e = tk.enclitic;
    Range pn{tk.stem.end, tk.norm.end};
    std::string_view p;
    if (e == Enclitic::kNone) {
      if (!SplitPrepPronoun(doc_.token_keys[t], &p, &e)) return false;
      std::string_view ptxt = EncliticText(e);
      pn = {tk.norm.end - static_cast<idx_t>(ptxt.size()), tk.norm.end};
    }
    if (prep) *prep = p;
    idx_t m = ResolvePronoun(doc_, t, e, pn, avoid, host);
    if (m == kNone) return false;
    *out = FromMention(m);
    return true;
  }

  void Sentence(idx_t s) {
    const mizan::Sentence& sent = doc_.sentences[s];
    std::vector<Trigger> trig = Triggers(sent);
    // The sentence's act verbs, coded or not, for the claims (a main verb after a reported clause).
    verb_heads_.clear();
    for (const Trigger& t : trig)
      if (!lex_.patterns()[t.pattern].noun) verb_heads_.push_back(t.tok);
    // One pass per sentence marks where a reported clause may have opened (for the that-clause rule).
    that_before_.resize(doc_.tokens.size());
    bool opened = false;
    for (idx_t t = sent.tokens.begin; t < sent.tokens.end; ++t) {
      that_before_[t] = opened;
      opened = opened || ThatComplementizer(t);
    }
    sent_src_.clear();
    sent_src_root_.clear();
    prev_noun_src_.clear();
    strike_noun_src_.clear();
    strike_noun_end_ = kNone;
    agentless_strike_end_ = kNone;
    harm_src_.clear();
    have_sent_src_pron_ = false;
    for (size_t k = 0; k < trig.size(); ++k) {
      // "تعرض لمحاولة اغتيال": تعرّض is read as عرض 'offer'; before a noun of violence it is the
      // victim's verb, no event of its own.
      if (IsExposureWord(doc_.token_keys[trig[k].tok])) {
        bool exposure = false;
        for (size_t j = k + 1; j < trig.size() && !exposure; ++j)
          exposure = ExposureBefore(trig[j].tok, sent.tokens.begin) == trig[k].tok &&
                     (doc_.tokens[trig[j].tok].proclitics & kProLi) &&
                     (lex_.patterns()[trig[j].pattern].noun || (doc_.tokens[trig[j].tok].proclitics & kProAl));
        if (exposure && lex_.patterns()[trig[k].pattern].cameo.compare(0, 2, "11") != 0) continue;
        // "الانتقادات التي تعرض لها", "تعرضت لانتقادات": with لـ right after it, تعرّض is exposure, not
        // an offer (عرض على).
        const idx_t n = trig[k].tok + trig[k].len;
        std::string_view pp;
        Enclitic e;
        if (lex_.patterns()[trig[k].pattern].cameo.compare(0, 2, "03") == 0 && n < sent.tokens.end &&
            ((doc_.tokens[n].proclitics & kProLi) || (SplitPrepPronoun(doc_.token_keys[n], &pp, &e) && pp == "ل")))
          continue;
      }
      if (Hypothetical(trig[k], sent)) continue;
      // "دعت المنظمة إلى توفير الحماية"، "طالب بأن تحقق فرنسا": what is called for has not happened;
      // the call (02) or the demand (10) is the event.
      if (CalledFor(trig, k)) continue;
      idx_t lo = k == 0 ? sent.tokens.begin : trig[k - 1].tok + trig[k - 1].len;
      idx_t hi = k + 1 < trig.size() ? trig[k + 1].tok : sent.tokens.end;
      Code(trig[k], sent, lo, hi);
    }
    if (one_sided_ && !candidates_) ProtestersAct(sent);
  }

  // "ساروا نحو السفارة التونسية", "توجه المتظاهرون إلى مقر رئيس الوزراء", "قام المتظاهرون بإحراق
  // الأعلام الأميركية": protesters named as the subject of some other verb, with a cue of what they
  // protest against after them, make a demonstration (141) against it, when no protest of the sentence
  // has a target yet. One-sided mode only (the detection tasks; the articles' gold codes no such act).
  void ProtestersAct(const mizan::Sentence& sent) {
    static const WordSet kProtesters = {"متظاهر", "متظاهرون", "متظاهرين", "متظاهرات", "محتج", "محتجون", "محتجين", "محتجات"};
    for (const Event& e : doc_.events)
      if (e.sentence == doc_.tokens[sent.tokens.begin].sentence && e.cameo.compare(0, 2, "14") == 0 &&
          !e.target.code.empty())
        return;
    idx_t who = kNone;
    for (idx_t m = 0; m < added_from_ && who == kNone; ++m) {
      const Mention& mm = doc_.mentions[m];
      if (mm.tokens.begin < sent.tokens.begin || mm.tokens.end > sent.tokens.end || mm.via == MentionVia::kPronoun) continue;
      if (kProtesters.Has(doc_.token_keys[mm.tokens.begin])) who = m;
    }
    if (who == kNone || demonstrate_row_ == kNone) return;
    const Range pm = doc_.mentions[who].tokens;  // a copy: DemonymObject may add mentions
    idx_t end = std::min<idx_t>(sent.tokens.end, pm.end + 20);
    std::vector<idx_t> tgt;
    for (idx_t t = pm.end; t < end && tgt.empty(); ++t) {
      idx_t n = ProtestTargetCue(doc_, t, end);
      if (n == 0) continue;
      idx_t c = t + n;
      for (idx_t u = c; u < end && u < c + 8 && tgt.empty(); ++u) {
        const Token& tk = doc_.tokens[u];
        if ((tk.flags & kTokPunct) && !(tk.flags & kTokQuote) && u > c) break;
        idx_t m = mention_at_[u];
        if (m == kNone || m == who || doc_.mentions[m].tokens.begin != u) continue;
        tgt = Group(m);
      }
      if (tgt.empty())
        if (idx_t m = DemonymObject(c, end, 4); m != kNone) tgt = {m};
      t = c - 1;
    }
    if (tgt.empty()) return;
    const PatternEntry& p = lex_.patterns()[demonstrate_row_];
    Trigger tr{pm.begin, pm.end - pm.begin, demonstrate_row_};
    EventActor a = FromMention(who);
    if (a.code.size() < 3 || a.code.compare(0, 3, "---") == 0) a = EventActor{};
    for (idx_t m : tgt) {
      EventActor b = FromMention(m);
      if (b.code.size() < 3 || b.code.compare(0, 3, "---") == 0 || b.code == a.code) continue;
      Emit(tr, p, a, b, true);
    }
  }

  void Code(const Trigger& tr, const mizan::Sentence& sent, idx_t lo, idx_t hi) {
    // "بوصفها معقل التنظيم", "بوصفه وسيطا": "as (being)", no act of describing.
    const Token& tt = doc_.tokens[tr.tok];
    if ((tt.proclitics & kProBi) && tt.enclitic != Enclitic::kNone && doc_.token_keys[tr.tok] == "وصف") return;
    // "قمة تجمع قادة الدول": the meeting gathers its sides (GatheredSides), no one gathers to protest.
    if (GathersAfterMeetingNoun(tr.tok)) return;
    // "القرى القريبة من خط وقف إطلاق النار بين سوريا وإسرائيل": the ceasefire line is a place.
    if (tr.tok > sent.tokens.begin && lex_.patterns()[tr.pattern].noun && lex_.patterns()[tr.pattern].cameo.compare(0, 3, "087") == 0 &&
        (doc_.token_keys[tr.tok - 1] == "خط" || doc_.token_keys[tr.tok - 1] == "خطوط"))
      return;
    // A verb's perfect written with the article is its verbal noun ("والقصف", "الدعم", "للتشاور"):
    // its arguments are a noun's (genitive, "من قبل" agent), not a verb's subject and object. ("التقى"
    // is the verb itself: its ال is part of the verb.)
    const PatternEntry* pp = &lex_.patterns()[tr.pattern];
    PatternEntry as_noun;
    if (!pp->noun && (((doc_.tokens[tr.tok].proclitics & kProAl) && !lex_.VerbNeedsArticle(doc_.token_keys[tr.tok])) ||
                      GovernedPerfect(tr.tok))) {
      as_noun = *pp;
      as_noun.noun = true;
      // The noun of a transitive verb marks its object with لـ when the agent is its genitive ("وقف
      // دعمها للجماعات المسلحة": her support for the groups).
      if (std::find(as_noun.preps.begin(), as_noun.preps.end(), "-") != as_noun.preps.end() &&
          std::find(as_noun.preps.begin(), as_noun.preps.end(), "ل") == as_noun.preps.end())
        as_noun.preps.push_back("ل");
      pp = &as_noun;
    }
    const PatternEntry& p = *pp;
    // Arguments may sit inside a light-verb phrase ("قدمت له الدعم"), so look right after the head.
    idx_t after = tr.tok + 1;
    std::vector<idx_t> src, tgt;
    EventActor src_pron, tgt_pron;
    bool have_src_pron = false, have_tgt_pron = false;
    const bool violent_pattern = p.cameo.compare(0, 2, "18") == 0 || p.cameo.compare(0, 2, "19") == 0 ||
                                 p.cameo.compare(0, 2, "20") == 0;
    auto wants = [&](std::string_view prep) {
      for (const auto& q : p.preps)
        if (q == prep) return true;
      return false;
    };
    // 1. Mentions after the trigger: the first with a target preposition is the target; the
    //    first with none is the VSO subject (or, after an SVO subject, the direct object).
    idx_t post_free = kNone, post_target = kNone, post_from = kNone;
    idx_t post_free_dist = 0;  // tokens between the trigger and post_free
    idx_t post_free2 = kNone;  // the next free mention after post_free
    idx_t tgt_pron_tok = kNone;  // where a preposition+pronoun target ("له") was found
    std::string_view pron_prep;
    // Twelve words after the verb, and twelve after its subject: "استقبل وزير الخارجية السعودي الأمير
    // فيصل بن فرحان في جدة، يوم الأربعاء ٢١ رمضان ١٤٤٤هـ، نظيره السوري".
    idx_t reach = after + 12;
    for (idx_t t = after; t < hi && t < reach; ++t) {
      // The slash of a date phrase ("في 22 يوليو/تموز الماضي") is part of the date, no stop.
      if ((doc_.tokens[t].flags & kTokPunct) && !in_time_[t]) {
        // "اتهمت منظمة العفو الدولية (أمنستي انترناشونال) الجيش المصري": an aside in brackets is
        // read over, not a stop.
        if (idx_t close = ClosingBracket(t, hi); close != kNone) {
          t = close;
          continue;
        }
        // Scare quotes open on a preposition's object ("عملية عسكرية ضد \"الإرهابيين\"") or close on a
        // name ("مبايعة تنظيم \"أنصار بيت المقدس\" لـ\"داعش\""): read on.
        if ((doc_.tokens[t].flags & kTokQuote) && t > after &&
            (Lexicon::IsPreposition(doc_.token_keys[t - 1]) || (mention_at_[t - 1] != kNone && SpanEnd(mention_at_[t - 1]) == t)))
          continue;
        // ... and on a noun's genitive actor ("أسفرت عن مقتل \"مستشارين عسكريين إيرانيين\"").
        if ((doc_.tokens[t].flags & kTokQuote) && t == after && p.noun && t + 1 < hi && mention_at_[t + 1] != kNone &&
            doc_.mentions[mention_at_[t + 1]].tokens.begin == t + 1)
          continue;
        // "سفينة عسكرية برتغالية تعمل ضمن عملية "تريتون" ... 296 مهاجرا": a quoted name is read over.
        if (idx_t close = t > after ? ClosingNameQuote(t, hi) : kNone; close != kNone) {
          t = close;
          continue;
        }
        if (!(doc_.tokens[t].flags & kTokClauseSep)) break;
        continue;
      }
      idx_t m = mention_at_[t];
      // "طلبوا إذنا لتفقد العيادة لكن الشرطة رفضت": what follows "لكن" is another clause's subject.
      if (m == kNone && ClauseOpener(t)) break;
      // "التحالف الذي تقوده السعودية والإمارات": the leaders of the actor before (Group adds them to it).
      if (idx_t lead = m == kNone ? LeaderAfter(t) : kNone; lead != kNone) {
        t = SpanEnd(Group(lead).back()) - 1;
        continue;
      }
      if (m == kNone || doc_.mentions[m].tokens.begin != t) {
        // "له", "معه", "منه": a preposition carrying the target (or, with من, the inverse source).
        std::string_view pp;
        Enclitic e;
        if (mention_at_[t] == kNone && SplitPrepPronoun(doc_.token_keys[t], &pp, &e)) {
          if (p.inverse && pp == "من" && !have_src_pron) {
            have_src_pron = PronounActor(t, "", &src_pron, &pron_prep);
          } else if (!have_tgt_pron && post_target == kNone && wants(pp)) {
            have_tgt_pron = PronounActor(t, "", &tgt_pron, &pron_prep);
            if (have_tgt_pron) tgt_pron_tok = t;
          }
        }
        continue;
      }
      // "ننقذ يوميا مئات الأشخاص قبالة سواحل ليبيا": a state after a word of where is the act's place,
      // not its object (a violent act's "مطار دمشق" or "حدود لبنان" is another matter).
      if (!violent_pattern && t > after && doc_.mentions[m].kind == ActorKind::kState) {
        static const WordSet kWhere = {"قبالة", "سواحل", "ساحل", "قرب", "مقربة", "داخل", "خارج", "أنحاء"};
        if (kWhere.Has(doc_.token_keys[t - 1])) {
          t = doc_.mentions[m].tokens.end - 1;
          continue;
        }
      }
      std::string prep = PrepBefore(t, after);
      // "التابعة للوكالة الأوروبية فرونتكس": a name in apposition to a noun a preposition governs is
      // governed by it too.
      if (prep.empty() && t >= after + 2) {
        for (idx_t k = 1; k <= 2 && t >= after + k; ++k) {
          const Token& w = doc_.tokens[t - k];
          if (!(w.flags & kTokWord) || !(w.proclitics & kProAl) || mention_at_[t - k] != kNone) break;
          if (w.proclitics & (kProLi | kProBi)) {
            prep = (w.proclitics & kProLi) ? "ل" : "ب";
            break;
          }
        }
      }
      // "القوات الروسية الموالية للنظام السوري": the patron of the actor before, no argument of the act.
      if (prep == "ل" && t > after && lex_.InClass(Lexicon::WordClass::kPatronAdjective, doc_.token_keys[t - 1])) {
        t = doc_.mentions[m].tokens.end - 1;
        continue;
      }
      if (p.inverse && prep == "من") {
        if (post_from == kNone) post_from = m;
      } else if (!prep.empty()) {
        // على/ضد introduce the victim of any violent act ("عبوة ناسفة انفجرت على دورية بريطانية").
        if (post_target == kNone && !have_tgt_pron && (wants(prep) || (violent_pattern && IsVictimPrep(prep))))
          post_target = m;
      } else if (post_free == kNone) {
        post_free = m;
        post_free_dist = t - after;
        // "تعهدت فيها كوريا الشمالية": "فيها" (in which) between the verb and its subject does not
        // count ("له"، "لها" there are its indirect object).
        for (idx_t u = after; u < t; ++u)
          if (mention_at_[u] == kNone && doc_.tokens[u].enclitic != Enclitic::kNone && doc_.token_keys[u] == "في" &&
              post_free_dist > 0)
            --post_free_dist;
        reach = std::max(reach, doc_.mentions[m].tokens.end + 12);
      } else if (doc_.mentions[m].code == doc_.mentions[post_free].code && t <= doc_.mentions[post_free].tokens.end + 3 &&
                 post_free2 == kNone) {
        // "المبعوث الأممي إلى ليبيا عبد الله باتيلي": a name of the subject's own code right after it
        // (and its ‹إلى X›) is the subject again, not the object; the object may come twelve words on.
        reach = std::max(reach, doc_.mentions[m].tokens.end + 12);
      } else if (post_free2 == kNone && !InGroup(post_free, m)) {
        post_free2 = m;  // VSO: verb, subject, object
      }
      t = doc_.mentions[m].tokens.end - 1;
    }
    // 2. The SVO subject: the nearest free mention before the trigger in its clause; for a relative
    //    clause ("الجزائر، التي استدعت"), the actor the relative pronoun follows, across a comma.
    idx_t pre_free = RelativeAntecedent(tr.tok, sent.tokens.begin);
    const bool is_relative = pre_free != kNone;
    // "للهجومين الانتحاريين اللذين استهدفا": a relative clause of a noun that is no actor has that noun
    // for subject; an actor further left is not the doer.
    // (Not when the verb or the preposition after it carries the pronoun of that noun, its object:
    // "الاتفاقات التي أبرمتها الحكومة", "المنطقة التي يسيطر عليها الأكراد".)
    auto resumptive = [&] {
      for (idx_t u = tr.tok; u < std::min<idx_t>(tr.tok + tr.len + 1, sent.tokens.end); ++u)
        if (doc_.tokens[u].enclitic != Enclitic::kNone) return true;
      return false;
    };
    const bool thing_relative = !p.noun && !is_relative && NonActorRelative(tr.tok, sent.tokens.begin) && !resumptive();
    for (idx_t t = tr.tok; pre_free == kNone && !thing_relative && t-- > lo;) {
      if (doc_.tokens[t].flags & kTokClauseSep) break;
      idx_t m = mention_at_[t];
      // "أعلنت السلطات أن قنبلة انفجرت": أن/إن opens the verb's own clause; the actor before it is the
      // subject of the verb that governs the clause.
      if (m == kNone && ThatComplementizer(t)) break;
      if (m == kNone) continue;
      idx_t b = doc_.mentions[m].tokens.begin;
      // (the preposition may end the previous trigger: "الحكومة المدعومة من الأمم المتحدة تسيطر" - the
      // UN is the participle's object, no subject of تسيطر)
      if (PrepBefore(b, sent.tokens.begin).empty()) {
        pre_free = m;
        break;
      }
      t = b;
    }
    const Token& trig_tok = doc_.tokens[tr.tok];
    bool trig_pron = trig_tok.enclitic != Enclitic::kNone;
    // A light verb whose tail is a preposition and a noun ("حث على الضغط", "دعا إلى التحرك") takes a
    // person as its object: "وحثه على الضغط" is "he urged him", not "his urging".
    const bool prep_tail = p.tail.size() >= 2 && (p.tail[0] == "علي" || p.tail[0] == "الي" || p.tail[0] == "عن");
    // Passive voice, when the text marks it ("اُستُهدف", "قُتل"): the grammatical subject is the
    // target and the agent, if any, follows "على يد" / "من قبل".
    const bool violent = p.cameo.compare(0, 2, "18") == 0 || p.cameo.compare(0, 2, "19") == 0 ||
                         p.cameo.compare(0, 2, "20") == 0;
    const idx_t weapon_agent = violent && !p.noun ? WeaponAgent(after, hi) : kNone;
    // Unvocalized passives: a count right after a violent or coercive verb is its victims ("قتل 28
    // متطوعا" = قُتل), and victim verbs (ids ending "_passive": أُصيب، لقي مصرعه) take the victim as subject.
    const bool coercive = violent || p.cameo.compare(0, 2, "17") == 0;
    const bool victim_verb = p.id.size() > 8 && p.id.compare(p.id.size() - 8, 8, "_passive") == 0;
    // "أصيب بالاكتئاب", "أصيب بفيروس": an illness, not a wound.
    if (victim_verb && after < hi && (doc_.tokens[after].proclitics & kProBi) &&
        lex_.InClass(Lexicon::WordClass::kIllness, doc_.token_keys[after]))
      return;
    const bool count_passive =
        coercive && !p.noun && !p.symmetric && wants("-") && CountAt(doc_, PastTimeAt(after, hi), hi);
    bool genitive_patient = false;  // a noun of harm whose genitive is its victim (set below)
    bool counterpart = false;       // a noun whose genitive is "نظيره": its target (set below)
    bool accused = false;           // an accusation whose genitive is the accused (set below)
    // "قد قتل على أيدي مسلحين": an agent cue right after a violent or coercive verb makes it passive.
    bool cue_passive = false;
    if (coercive && !p.noun) {
      const idx_t a = PastTimeAt(after, hi);
      cue_passive = a + 1 < hi && AgentCueAt(a);
    }
    bool passive = !p.noun && (IsMarkedPassive(tr.tok) || weapon_agent != kNone || victim_verb || count_passive || cue_passive);
    if (passive) {
      idx_t agent = AgentAfter(after, hi);
      if (agent == kNone) agent = weapon_agent;
      // "سقط عشماوي في قبضة الجيش الليبي": a victim verb whose words end on a hand ("قبضة", "أيدي") has
      // its genitive, right after them, for agent.
      if (agent == kNone && victim_verb && tr.len > 1 && tr.tok + tr.len < hi) {
        const std::string& last = doc_.token_keys[tr.tok + tr.len - 1];
        const idx_t g = mention_at_[tr.tok + tr.len];
        if ((last == "قبضه" || last == "ايدي") && g != kNone && doc_.mentions[g].tokens.begin == tr.tok + tr.len) agent = g;
      }
      if (agent == kNone && violent) agent = StrikeNationality(after, sent.tokens.end);
      // The patient is the first actor after the verb that is not the agent, whatever its
      // preposition ("اُستُهدف رتل تابع للجيش التركي ... على يد ...").
      idx_t patient = kNone;
      for (idx_t t = after; t < hi && patient == kNone; ++t) {
        idx_t m = mention_at_[t];
        if (m != kNone && m != agent && doc_.mentions[m].tokens.begin == t) patient = m;
      }
      // "كما قُتل في الغارة X": the victim after a circumstance whose noun is a trigger of its own
      if (patient == kNone && hi < sent.tokens.end && hi > after && doc_.token_keys[hi - 1] == "في" &&
          (IsActNoun(hi) || (doc_.tokens[hi].proclitics & kProAl)))
        for (idx_t t = hi + 1; t < sent.tokens.end && t < hi + 4 && patient == kNone; ++t) {
          idx_t m = mention_at_[t];
          if (m != kNone && m != agent && doc_.mentions[m].tokens.begin == t) patient = m;
        }
      // "قتل جنديان أميركيان": the victims' nationality
      if (patient == kNone && (count_passive || victim_verb)) patient = DemonymObject(after, hi, 6);
      if (patient != kNone) tgt = Group(patient);
      else if (pre_free != kNone) tgt = Group(pre_free);
      if (agent != kNone) src = Group(agent);
      pre_free = post_free = post_free2 = post_target = kNone;
    }
    // "تعرض قيادي في حماس للخطف على أيدي مسلحين", "تعرضت قافلة الملك لإطلاق نار": a noun of violence
    // or coercion after "لـ" and a form of تعرّض is suffered by the subject of تعرّض.
    // (a verb's form with the article is its verbal noun: "للخطف")
    const bool nominal = p.noun || (trig_tok.proclitics & kProAl);
    if (!passive && nominal && coercive && (doc_.tokens[tr.tok].proclitics & kProLi)) {
      idx_t patient = kNone;
      bool found = false;
      idx_t t = ExposureBefore(tr.tok, sent.tokens.begin);
      while (t != kNone) {
        found = true;
        // the subject after the verb ("تعرض قيادي ... لـ"), its pronoun ("تعرضه لـ"), or before it
        for (idx_t u = t + 1; u < tr.tok && patient == kNone; ++u) {
          idx_t m = mention_at_[u];
          if (m != kNone && doc_.mentions[m].tokens.begin == u) patient = m;
        }
        if (patient == kNone && doc_.tokens[t].enclitic != Enclitic::kNone) {
          have_tgt_pron = PronounActor(t, "", &tgt_pron, nullptr);
          if (have_tgt_pron) tgt_pron_tok = t;
        }
        if (patient == kNone && !have_tgt_pron) {
          patient = RelativeAntecedent(t, sent.tokens.begin);
          for (idx_t u = t; patient == kNone && u-- > sent.tokens.begin && u + 6 > t;) {
            // a comma may close the subject's relative clause: "المنطقة التي تحوي السفارة، تعرضت لهجوم"
            if ((doc_.tokens[u].flags & kTokClauseSep) && u + 1 != t) break;
            idx_t m = mention_at_[u];
            if (m != kNone && PrepBefore(doc_.mentions[m].tokens.begin, sent.tokens.begin).empty()) patient = m;
          }
        }
        break;
      }
      if (found && (patient != kNone || have_tgt_pron)) {
        passive = true;
        if (patient != kNone) tgt = Group(patient);
        idx_t agent = AgentAfter(after, hi);
        if (agent == kNone) agent = WeaponAgent(after, hi);
        if (agent == kNone) agent = RelativeAgent(after, hi);
        // "وتعرضت مواقع الجماعة لغارات جوية أمريكية": the nationality adjective of a noun of force
        // (force_nouns.tsv, span adjective) names who struck, as it does without تعرض.
        for (idx_t u = tr.tok + tr.len; agent == kNone && u < hi && u <= tr.tok + tr.len + 1; ++u) {
          const idx_t m = mention_at_[u];
          if (m == kNone) continue;
          const Mention& am = doc_.mentions[m];
          if (am.tokens.begin == u && am.tokens.end == u + 1 && am.via == MentionVia::kRole && am.kind == ActorKind::kGroup &&
              am.code.size() == 6 && am.code.compare(3, 3, "MIL") == 0)
            agent = m;
          break;
        }
        // "تعرض مقر السفارة السعودية لاقتحام من قبل محتجين": protesters with only the article's
        // default country (confidence 0.5) are no evidence of an act of that state on itself.
        if (agent != kNone && patient != kNone && doc_.mentions[agent].confidence <= 0.5f &&
            doc_.mentions[agent].code.compare(0, 3, doc_.mentions[patient].code, 0, 3) == 0)
          agent = kNone;
        if (agent != kNone) src = Group(agent);
        pre_free = post_free = post_free2 = post_target = kNone;
      }
    }
    // "اشتباكات بين الجيش والمسلحين", "القمة بين ترامب وكيم", "اتفاق بين لبنان وإسرائيل": the sides of a
    // fight, a meeting or an agreement named after بين act on each other. (Not for other mutual nouns:
    // "مذكرة للتعاون بين المغرب وإسرائيل" names a purpose, not an act.)
    // (and a truce: "تم الاتفاق على هدنة بين الميليشيات المتحاربة")
    // (and a dispute: "وقع خلاف بين كير ومشار", the one mutual pattern of root 11)
    const bool meets = p.cameo.compare(0, 2, "04") == 0 || p.cameo.compare(0, 3, "057") == 0 || p.cameo.compare(0, 3, "087") == 0 ||
                       p.cameo.compare(0, 2, "11") == 0;
    bool self_sides = false;  // "اشتباكات بين الجماعات المسلحة المتناحرة": one plural actor on both sides
    // (and a war, which has a direction otherwise: "يشهد اليمن حربا بين المتمردين الحوثيين والقوات الموالية")
    const bool war_between = p.noun && violent && after < hi && doc_.token_keys[after] == "بين";
    if (!passive && (p.symmetric || war_between) && (violent || meets)) {
      idx_t a = kNone, b = kNone;
      // (after the pattern's last word: "أعلنت الأمم المتحدة أنه تم الاتفاق على هدنة بين")
      const idx_t bt = std::max<idx_t>(after, tr.tok + tr.len);
      if (BetweenSides(after, hi, &a, &b) || (bt > after && BetweenSides(bt, hi, &a, &b))) {
        passive = true;  // arguments fixed here, as for a passive
        src = Group(a);
        tgt = {b};
        pre_free = post_free = post_free2 = post_target = kNone;
      } else if (idx_t m = BetweenOnePlural(after, hi); m != kNone || (bt > after && (m = BetweenOnePlural(bt, hi)) != kNone)) {
        passive = true;
        src = {m};
        tgt = {m};
        self_sides = true;
        pre_free = post_free = post_free2 = post_target = kNone;
      }
    }
    // "جمعية قطر الخيرية المصنفة على قائمة الإرهاب للدول الأربع": a passive participle describing the
    // actor right before it; that actor undergoes the act, and the agent follows لـ, من or من قبل.
    if (p.participle && !passive && !trig_pron) {
      idx_t h = tr.tok;
      while (h > sent.tokens.begin && (doc_.tokens[h - 1].flags & kTokPunct) && !(doc_.tokens[h - 1].flags & kTokQuote)) --h;
      if (idx_t m = h > sent.tokens.begin ? mention_at_[h - 1] : kNone; m != kNone) {
        passive = true;
        tgt = {m};
        src.clear();
        if (idx_t ag = ParticipleAgent(after, hi); ag != kNone && !InGroup(m, ag)) src = Group(ag);
        pre_free = post_free = post_free2 = post_target = kNone;
      }
    }
    // "أنه وعد الجانب الإسرائيلي": a pronoun on أن/إن right before the verb is its subject, so the
    // actor after the verb is the object.
    Enclitic comp = tr.tok > sent.tokens.begin ? ComplementizerPronoun(tr.tok - 1) : Enclitic::kNone;
    bool strike_relative = false;  // the verb of a relative clause of an agentless noun of violence
    // Source.
    if (passive) {
      // arguments set above
    } else if (!p.noun && violent && tr.tok == strike_noun_end_) {
      // "غارات للطيران التركي استهدفت قوات موالية": a verb right after an indefinite noun of violence
      // and its agent is a relative clause of that noun (صفة جملة): the noun's agent acts, and the
      // actor after the verb is its object. With no agent named ("هجوم صاروخي استهدف معسكرا"), nobody
      // else of the sentence is one (strike_relative, below).
      src = strike_noun_src_;
    } else if (!p.noun && violent && tr.tok == agentless_strike_end_) {
      strike_relative = true;  // (its object still follows it)
    } else if (idx_t had = p.noun ? kNone : HadAlreadySubject(tr.tok); had != kNone) {
      // "وسبق للحكومة أن حذرت مروجي الدعوة": "it happened before for X that X did" — the actor after سبق
      // and لـ is the verb's subject, and the actor after the verb its object.
      src = Group(had);
      if (post_free != kNone && InGroup(had, post_free)) post_free = post_free2;
    } else if (comp != Enclitic::kNone && !p.noun && SpeakerBeforeComplementizer(tr.tok - 1, comp)) {
      // "وقالت بولندا والتشيك والمجر إنها ستقاطع": the pronoun of "that" right after the speaker is
      // the speaker, all of a coordination.
      src = sent_src_;
    } else if (idx_t opening = kNone; comp != Enclitic::kNone && !p.noun && AfterSpeechParticiple(tr.tok - 1, sent.tokens.begin) &&
               (opening = OpeningSubject(sent)) != kNone && opening < tr.tok && Agrees(Group(opening), comp)) {
      // "وأضاف بومبيو ...، مشيرا إلى أنه أطلع الرئيس": the pronoun of "that" after a participle of speech
      // is the participle's subject, the one the sentence opens with (not the article's main actor).
      src = Group(opening);
    } else if (comp != Enclitic::kNone && !p.noun) {
      const Token& ct = doc_.tokens[tr.tok - 1];
      idx_t m = ResolvePronoun(doc_, tr.tok - 1, comp, {ct.norm.end - static_cast<idx_t>(EncliticText(comp).size()), ct.norm.end}, "");
      if (m != kNone) {
        src_pron = FromMention(m);
        have_src_pron = true;
      }
    } else if (p.noun || (!p.tail.empty() && !prep_tail && trig_pron && !(post_free != kNone && post_free_dist <= 1))) {
      // (a light verb with a pronoun and no subject right after it reads as a verbal noun: "عقده
      // لقاء" = his holding a meeting; "وطالبه العبادي بـ" is a verb, its subject, its object)
      // Verbal noun: its possessive pronoun or its genitive is the agent ("زيارته", "زيارة الرئيس"),
      // except for nouns of coercion and violence, whose possessor suffers the act ("اعتقاله",
      // "مقتله", "تسليمه"): there the pronoun is the target.
      bool patient_noun = p.noun && (p.cameo.compare(0, 2, "17") == 0 || p.cameo.compare(0, 2, "18") == 0 ||
                                     p.cameo.compare(0, 2, "19") == 0 || p.cameo.compare(0, 2, "20") == 0 ||
                                     p.cameo.compare(0, 3, "063") == 0);
      const bool patient_genitive = patient_noun && (p.cameo.compare(0, 2, "17") == 0 || p.cameo.compare(0, 3, "181") == 0 ||
                                                     p.cameo.compare(0, 3, "182") == 0 || p.cameo.compare(0, 3, "185") == 0 ||
                                                     p.cameo.compare(0, 3, "186") == 0 || p.id == "kill_noun" ||
                                                     p.patient_genitive);
      // "جددت السعودية اتهام إيران بالتدخل": an accusation whose genitive is followed by its charge
      // (بـ) names the accused there; the accuser is the governing verb's subject. Without the charge
      // the genitive accuses ("اتهامات إيران للسعودية").
      const bool accused_genitive = p.noun && p.cameo.compare(0, 3, "112") == 0 && !trig_pron && post_free != kNone &&
                                    doc_.mentions[post_free].tokens.begin <= after + 1 &&
                                    doc_.mentions[post_free].tokens.end < hi &&
                                    (doc_.tokens[doc_.mentions[post_free].tokens.end].proclitics & kProBi);
      // ("استيلائها على شبه جزيرة القرم": a noun whose pattern ends on its object's preposition has its
      // possessor for agent; "القبض عليه" carries the patient on the preposition instead.)
      const bool object_prep_tail = !p.tail.empty() && (p.tail.back() == "علي" || p.tail.back() == "الي" || p.tail.back() == "عن");
      if (trig_pron && patient_noun && !object_prep_tail) {
        have_tgt_pron = PronounActor(tr.tok, "", &tgt_pron, nullptr, PronounHost::kPatientNoun);
        if (have_tgt_pron) tgt_pron_tok = tr.tok;
        if (idx_t ag = AgentAfter(after, hi); ag != kNone) src = Group(ag);
      } else if (trig_pron && p.noun && !sent_src_.empty() && sent_src_tok_ < tr.tok && AfterParticiple(tr.tok)) {
        // "دعت دول المنظمة إلى ...، مؤكدة "إدانتها الشديدة": the participle's clause (a حال) is the main
        // verb's subject's, and so is the pronoun of the noun it governs.
        src = sent_src_;
      } else if (trig_pron) {
        have_src_pron = PronounActor(tr.tok, "", &src_pron, nullptr, p.noun ? PronounHost::kNoun : PronounHost::kUnknown);
      } else if (p.noun && tr.len > 1 && doc_.tokens[tr.tok + tr.len - 1].enclitic != Enclitic::kNone &&
                 PronounActor(tr.tok + tr.len - 1, "", &src_pron, nullptr)) {
        // "وإغلاق حدوده مع سوريا", "قطع علاقاتها مع": the owner of the borders or relations closes or
        // cuts them.
        have_src_pron = true;
      } else if (!sent_src_.empty() && sent_src_tok_ < tr.tok && CircumstantialParticiple(tr.tok)) {
        // "سحبت السعودية سفيرها، متهمة قطر بـ": an active participle after a comma (a حال) acts with
        // the main verb's subject, and the actor right after it is its object.
        src = sent_src_;
        if (post_free != kNone && doc_.mentions[post_free].tokens.begin <= after + 1 &&
            std::find(src.begin(), src.end(), post_free) == src.end()) {
          tgt = Group(post_free);
          post_free = post_free2 = kNone;
        }
      } else if (violent && !harm_src_.empty() && tr.tok > sent.tokens.begin + 1 &&
                 ((tr.tok <= harm_tok_ + 8 && (doc_.token_keys[tr.tok - 1] == "في" || doc_.token_keys[tr.tok - 1] == "خلال")) ||
                  ResultedIn(tr.tok))) {
        // (and "الهجوم ... أسفر عن مقتل X": the harm an act of this sentence resulted in is its agent's)
        // "مقتل اثنين من الإرهابيين في غارة جوية", "قُتل في الغارة X": the attack in which the harm was
        // done is the act of the harm's agent; the victims named around it are not its agent.
        src = harm_src_;
        if (post_free != kNone && doc_.mentions[post_free].tokens.begin <= after + 1 && !InGroup(harm_src_[0], post_free)) {
          tgt = Group(post_free);
          post_free = post_free2 = kNone;
        }
      } else if (accused_genitive) {
        tgt = Group(post_free);
        accused = true;  // not the ل-object of the charge after it ("بالتدخل في الشؤون الداخلية للمملكة")
        post_free = post_free2 = kNone;
        if (!sent_src_.empty() && sent_src_tok_ < tr.tok && tr.tok <= sent_src_tok_ + 6) src = sent_src_;
      } else if (std::vector<idx_t> purpose = PurposeAgent(tr, p, after, post_free); !purpose.empty()) {
        // "أرسلت تركيا قوات إلى سوريا لقتال المسلحين الأكراد": a noun of purpose (لـ) is the act of the
        // clause's agent, and its genitive is the one it is done to.
        src = purpose;
        tgt = Group(post_free);
        post_free = post_free2 = kNone;
      } else if ((doc_.tokens[tr.tok].proclitics & kProWa) && !prev_noun_src_.empty() && tr.tok <= prev_noun_tok_ + 8) {
        // "مقتل 71 مسلحا وإلقاء القبض على خمسة": a noun coordinated with the previous one shares its agent.
        src = prev_noun_src_;
      } else if (p.cameo.compare(0, 2, "14") == 0 && !sent_src_.empty() && !(trig_tok.proclitics & kProAl) &&
                 doc_.token_keys[tr.tok].size() > 4 &&
                 doc_.token_keys[tr.tok].compare(doc_.token_keys[tr.tok].size() - 2, 2, "ا") == 0) {
        // "استدعت الجزائر سفيرها احتجاجا على ...": an accusative of purpose is the act of the main
        // verb's subject.
        src = sent_src_;
      } else if (patient_genitive && post_free != kNone && doc_.mentions[post_free].tokens.begin <= after + 1) {
        // "اغتيال العميل الروسي", "مقتل 3 جنود أتراك", "اعتقال الناشط": the genitive of a noun of harm
        // done to persons suffers it; the agent, if any, is named by "على يد", a weapon or a relative.
        genitive_patient = true;
        tgt = Group(post_free);
        idx_t ag = AgentAfter(after, hi);
        if (ag == kNone) ag = WeaponAgent(after, hi);
        if (ag == kNone) ag = RelativeAgent(after, hi);
        if (ag != kNone && !InGroup(post_free, ag)) src = Group(ag);
        post_free = post_free2 = kNone;
      } else if (post_free != kNone && doc_.mentions[post_free].tokens.begin <= after + 1 &&
                 doc_.token_keys[doc_.mentions[post_free].tokens.begin].rfind("نظير", 0) == 0 && pre_free != kNone) {
        // "استعدادات الرئيس الأمريكي للقاء نظيره الكوري": one meets one's counterpart; the one whose
        // counterpart he is (named before) acts.
        src = Group(pre_free);
        tgt = Group(post_free);
        counterpart = true;
        post_free = post_free2 = kNone;
      } else if (post_free != kNone && doc_.mentions[post_free].tokens.begin <= after + 1) {
        src = Group(post_free);
        post_free = post_free2;
      } else if (idx_t rel = RelativeAgent(after, hi); rel != kNone) {
        // "الضربات التي نفذتها الولايات المتحدة": the relative clause names the agent.
        src = Group(rel);
        if (post_free == rel) post_free = post_free2;
      } else if (idx_t irel = IndefiniteRelativeAgent(tr.tok, tr.tok + tr.len, hi); irel != kNone) {
        src = Group(irel);
        if (post_free == irel) post_free = post_free2;
      } else if (idx_t ag = AgentAfter(after, hi); ag != kNone) {
        src = Group(ag);  // "القصف من قبل القوات الروسية"
        if (post_free == ag) post_free = post_free2;
      } else if (pre_free != kNone && !(ReactsToAnothersAct(p, tr.tok) &&
                                        std::find(sent_src_.begin(), sent_src_.end(), pre_free) != sent_src_.end())) {
        // (not the subject of "أدانت مصر الهجوم", right before the noun), as for a verb ("اختتمت مصر
        // والسودان مناورات").
        src = AgentBefore(pre_free, p, violent, lo);
      } else if (!sent_src_.empty() && tr.tok <= sent_src_tok_ + 6 && !ReactsToAnothersAct(p, tr.tok)) {
        // "أعلنت الرياض، أمس، قطع علاقاتها مع الدوحة": the noun's agent is the governing verb's subject.
        src = sent_src_;
      } else if (have_sent_src_pron_ && tr.tok <= sent_src_tok_ + 6 && !ReactsToAnothersAct(p, tr.tok)) {
        src_pron = sent_src_pron_;
        have_src_pron = true;
      }
    } else if ((trig_tok.proclitics & kProWa) && !p.noun && !trig_pron && pre_free == kNone && post_free2 == kNone &&
               p.cameo.compare(0, 2, "01") != 0 && p.cameo.compare(0, 2, "02") != 0 && !sent_src_.empty() &&
               tr.tok <= sent_src_tok_ + 30 && post_free != kNone &&
               std::find(sent_src_.begin(), sent_src_.end(), post_free) == sent_src_.end()) {
      // "زار ظريف بيروت ... والتقى الرئيس عون ورئيس المجلس بري": a verb joined by و to the sentence's
      // previous verb shares its subject; the one actor (or coordination) after it is its object. Not
      // when the verb carries its object ("واستقبله الرئيس"), names two actors ("وطالبت القاهرة
      // واشنطن"), or speaks or appeals (01/02: "وقال الرئيس"), where the actor after it is the subject.
      src = sent_src_;
    } else if (post_free != kNone && post_free_dist == 0 && !is_relative && !thing_relative &&
               (pre_free == kNone || doc_.mentions[pre_free].tokens.end + 2 < tr.tok)) {
      // Arabic is verb-first: an actor right after the verb is its subject unless another actor
      // stands right before it (SVO: "القاهرة تدعم").
      src = Group(post_free);
      post_free = post_free2;
    } else if (pre_free != kNone) {
      src = AgentBefore(pre_free, p, violent, lo);
    } else if (post_free != kNone && post_free_dist <= 3 && !thing_relative) {
      // VSO: the subject follows the verb closely (an adverb or a date may come between).
      src = Group(post_free);
      post_free = post_free2;
    }
    // "وانضم إلى بريطانيا وألمانيا في توجيه الاتهام لروسيا": who joins others in an act does it with them.
    // "الصادرات البريطانية من السلاح", "المساعدات الأمريكية", "الغارات الإسرائيلية": a nationality
    // adjective right on an act noun names its agent (not a war's: "الحرب السورية" is where it is
    // fought; not a mutual act's: "القمة العربية").
    // One definite nisba may come between ("الحملة العسكرية التركية", "الغارات الجوية الإسرائيلية").
    if (p.noun && !passive && !p.symmetric && !p.inverse && !p.place_adjective && tr.tok + 1 < sent.tokens.end &&
        mention_at_[tr.tok + 1] == kNone && (doc_.tokens[tr.tok].proclitics & kProAl)) {
      idx_t at = tr.tok + 1;
      idx_t len = DemonymAt(at);
      if (!len && at + 1 < sent.tokens.end && DefiniteNisba(at) && mention_at_[at + 1] == kNone) len = DemonymAt(++at);
      if (len) {
        src = {NationalityAgent(at, len)};
        have_src_pron = false;
      }
    }
    // "غارات للطيران التركي", "قصف للجيش التركي", "هجوم لطالبان": لـ on an armed actor right after a
    // noun of violence marks whose act it is; on a state or on people it marks what the act is done
    // to ("اجتياحها للبنان", "غزو للعراق"), and a noun with its own pronoun has its agent already.
    if (p.noun && violent && !passive && !p.symmetric && !genitive_patient && !trig_pron && tr.tok + tr.len < hi) {
      const idx_t at = tr.tok + tr.len;
      const idx_t m = mention_at_[at];
      if (m != kNone && doc_.mentions[m].tokens.begin == at && (doc_.tokens[at].proclitics & kProLi) &&
          !(doc_.tokens[at].proclitics & kProBi) && ArmedRole(doc_.mentions[m].code)) {
        src = Group(m);
        have_src_pron = false;
        if (post_target != kNone && InGroup(m, post_target)) post_target = kNone;
        tgt.erase(std::remove_if(tgt.begin(), tgt.end(), [&](idx_t x) { return InGroup(m, x); }), tgt.end());
      }
    }
    // An indefinite noun of violence with its agent right after it may take a relative verb next.
    if (p.noun && violent && !(trig_tok.proclitics & kProAl) && !src.empty() &&
        doc_.mentions[src.back()].tokens.begin == tr.tok + tr.len) {
      strike_noun_src_ = src;
      strike_noun_end_ = doc_.mentions[src.back()].tokens.end;
    }
    // ... and with none named ("هجوم صاروخي استهدف معسكرا"), its relative verb has no agent either.
    if (p.noun && violent && !(trig_tok.proclitics & kProAl) && src.empty() && !have_src_pron)
      agentless_strike_end_ = tr.tok + tr.len;
    const idx_t cleft = passive ? kNone : CleftSubject(tr, sent);
    if (idx_t cs = cleft; cs != kNone) {
      src = Group(cs);
      have_src_pron = false;
      tgt.erase(std::remove_if(tgt.begin(), tgt.end(), [&](idx_t x) { return InGroup(cs, x); }), tgt.end());
      if (post_target != kNone && InGroup(cs, post_target)) post_target = kNone;
      if (post_free != kNone && InGroup(cs, post_free)) post_free = post_free2;
    }
    idx_t join_obj = kNone;  // the genitive of a noun whose agents are the joined ones
    idx_t fi = tr.tok;  // "في", up to two words before the trigger ("في توجيه أصابع الاتهام")
    while (fi > sent.tokens.begin && fi + 3 > tr.tok && doc_.token_keys[fi - 1] != "في" && mention_at_[fi - 1] == kNone &&
           !(doc_.tokens[fi - 1].flags & kTokPunct))
      --fi;
    if (p.noun && fi >= sent.tokens.begin + 3 && doc_.token_keys[fi - 1] == "في") {
      const idx_t m = mention_at_[fi - 2];
      if (m != kNone) {
        std::vector<idx_t> joined = Coordination(m);
        const idx_t b = doc_.mentions[joined[0]].tokens.begin;
        idx_t v = b >= sent.tokens.begin + 2 ? b - 2 : kNone;  // the verb, or its subject ("انضمت الجزائر إلى")
        if (v != kNone && mention_at_[v] != kNone && doc_.mentions[mention_at_[v]].tokens.begin > sent.tokens.begin)
          v = doc_.mentions[mention_at_[v]].tokens.begin - 1;
        if (v != kNone && SpanEnd(joined.back()) == fi - 1 && PrepBefore(b, sent.tokens.begin) == "الي" && IsJoinVerb(v)) {
          for (idx_t j : sent_src_)
            if (std::find(joined.begin(), joined.end(), j) == joined.end()) joined.push_back(j);
          // The genitive taken for the noun's agent ("انتقاد الحكومة الفرنسية") is its object here.
          if (!src.empty() && doc_.mentions[src[0]].tokens.begin > tr.tok) join_obj = src[0];
          src = joined;
        }
      }
    }
    // "أعلنت السلطات أن قنبلة انفجرت", "قالت الشرطة إن انتحاريا فجر نفسه": a verb in a clause opened by
    // أن/إن is not an act of the one who reports it.
    const bool that_clause = !p.noun && that_before_[tr.tok];
    if (strike_relative) have_src_pron = false;
    // (A relative clause of a noun that is no actor has that noun for subject: no implicit one.)
    if (src.empty() && !have_src_pron && !p.noun && !sent_src_.empty() && !that_clause && !thing_relative && !strike_relative) {
      // "زار الوزير المغربي الجزائر، ثم حصل على ...": a verb with no subject of its own continues the
      // subject of the sentence's previous verb, not its object.
      src = sent_src_;
    }
    if (src.empty() && !have_src_pron && !genitive_patient && !thing_relative && !strike_relative) {  // for an inverse pattern this is the receiver
      // An implicit subject: the sentence's earlier free actors, else the latest event's source.
      // Not across أن/إن for a verb (above).
      bool across_that = false;
      for (idx_t t = tr.tok; t-- > sent.tokens.begin;) {
        idx_t m = mention_at_[t];
        if (m == kNone) {
          // (a colon after a speaker opens what the speaker says: "المرصد السوري: جماعة ... تسيطر على")
          across_that = across_that || ThatComplementizer(t) || doc_.token_keys[t] == ":";
          continue;
        }
        if (!p.noun && across_that) break;
        idx_t b = doc_.mentions[m].tokens.begin;
        // (nor a state named as a place: "وقف إطلاق النار في كافة أنحاء سوريا، عدا عن القتال ضد داعش")
        const Mention& mm = doc_.mentions[m];
        const bool place = mm.kind == ActorKind::kState && mm.via != MentionVia::kPronoun &&
                           IntroducedAsPlaceOrTopic(doc_, lex_, mm);
        // (nor who condemns the act, nor anyone before: "أدانت مصر الهجوم على السفارة" names no attacker)
        if (ReactsToAnothersAct(p, tr.tok) && std::find(sent_src_.begin(), sent_src_.end(), m) != sent_src_.end()) break;
        if (PrepBefore(b, sent.tokens.begin).empty() && !place) {
          src = Coordination(m);  // the whole coordination the mention belongs to
          break;
        }
        t = b;
      }
      // (not one singular actor for a verb written in the plural: "يضاف هؤلاء إلى 10800 وصلوا إلى
      // إيطاليا" after "أنقذت سفينة عسكرية برتغالية ...": the ship did not arrive as a visitor)
      if (src.empty() && !that_clause &&
          !(!p.noun && PluralVerb(tr.tok) && last_sources_.size() == 1 && !doc_.mentions[last_sources_[0]].plural) &&
          !(ReactsToAnothersAct(p, tr.tok) && last_sources_ == sent_src_))
        src = last_sources_;
      // "وذكرت مفوضية الأمم المتحدة لشؤون اللاجئين أن 220 مهاجرا غرقوا. ودعت إلى إجراءات عاجلة": a verb
      // opening its sentence with no subject goes on with the previous sentence's speaker, when that
      // speaker was named after the actor carried so far.
      if (!p.noun && !that_clause && tr.tok <= sent.tokens.begin + 2 && doc_.tokens[tr.tok].sentence > 0) {
        const idx_t prev = doc_.tokens[tr.tok].sentence - 1;
        const idx_t carried_end = src.empty() ? 0 : doc_.mentions[src.back()].tokens.end;
        for (const Cue& c : doc_.cues) {
          if (c.kind != CueKind::kAttribution || c.sentence != prev || c.label != "named" || c.mention == kNone ||
              doc_.mentions[c.mention].tokens.begin < carried_end || doc_.mentions[c.mention].code.size() < 3)
            continue;
          src = {c.mention};  // (the last one of the sentence wins)
        }
      }
    }
    // The victim fixed above is never also the act's implicit agent ("تعرض السفير لمحاولة اغتيال").
    if ((passive || genitive_patient) && !self_sides)
      src.erase(std::remove_if(src.begin(), src.end(), [&](idx_t m) { return std::find(tgt.begin(), tgt.end(), m) != tgt.end(); }),
                src.end());
    // Target. A statement (root 01) has a target only through a preposition ("صرح لـ"): the
    // actor after "قال" is its speaker or its topic, not the one it is done to.
    bool statement = p.cameo.compare(0, 2, "01") == 0;
    // A statement noun ("بيان لوزارة الخزانة") names a document, not an act towards someone.
    if (statement && p.noun) return;
    // "قالت لصحيفة ..." is an interview, not a statement to the paper.
    if (statement && post_target != kNone && doc_.mentions[post_target].code.size() >= 6 &&
        doc_.mentions[post_target].code.compare(3, 3, "MED") == 0)
      post_target = kNone;
    if (passive || genitive_patient || counterpart || accused) {
      // set above
    } else if (post_free != kNone && wants("-") && !statement && !trig_pron &&
               !(post_target != kNone && OwnRole(post_free)) &&
               doc_.mentions[post_free].tokens.begin <= after + 2 &&
               (post_target == kNone || doc_.mentions[post_free].tokens.begin < doc_.mentions[post_target].tokens.begin) &&
               (!have_tgt_pron || doc_.mentions[post_free].tokens.begin < tgt_pron_tok)) {
      // "وعد الجانب الإسرائيلي بتوفير ... له": the direct object right after the verb comes first.
      tgt = Group(post_free);
      have_tgt_pron = false;
    } else if (post_target != kNone) {
      tgt = Group(post_target);
      if (PrepBefore(doc_.mentions[post_target].tokens.begin, after) == "ل") LaterDativeTargets(&tgt, hi);
    } else if (p.noun && p.symmetric && trig_pron && !have_tgt_pron && post_free != kNone && post_free_dist == 0) {
      // "لدى لقائه ولي العهد": a meeting noun with its agent's pronoun governs the one met directly.
      tgt = Group(post_free);
    } else if (!have_tgt_pron && wants("-") && !statement) {
      std::string avoid = src.empty() ? (have_src_pron ? src_pron.code : "") : doc_.mentions[src[0]].code;
      if (trig_pron && !(p.noun || (!p.tail.empty() && !prep_tail))) {
        have_tgt_pron = PronounActor(tr.tok, avoid, &tgt_pron, nullptr);
      } else if (post_free != kNone) {
        // "خطفوا مصورا فرنسيا في بوساسو بشمال الصومال": the object's nationality, before a later actor.
        idx_t d = violent ? DemonymObject(after, doc_.mentions[post_free].tokens.begin, 6) : kNone;
        tgt = d != kNone ? std::vector<idx_t>{d} : Group(post_free);
      }
    }
    // "أشاد ماكرون بـ"حوار مباشر وصريح" مع بوتين": praise of a dialogue, talks or ties whose other side
    // follows with مع praises that side.
    if (p.cameo.compare(0, 2, "05") == 0 && !p.symmetric && !p.inverse && tgt.empty() && !have_tgt_pron && wants("ب")) {
      const idx_t x = PastSubject(tr.tok + tr.len, src);  // (VSO: "ورحب بوتين بـ...")
      // (past a later trigger: "بـ"الأجواء المنفتحة" خلال اللقاء مع ماكرون")
      const idx_t end = sent.tokens.end;
      const bool bi = x < end && mention_at_[x] == kNone &&
                      ((doc_.tokens[x].proclitics & kProBi) || (doc_.token_keys[x] == "ب" && x + 1 < end && mention_at_[x + 1] == kNone));
      if (idx_t w = bi ? PartnerAfter(x, std::min<idx_t>(end, x + 10)) : kNone; w != kNone) tgt = Group(w);
    }
    // "وتعهد العبادي بذلك في اتصال هاتفي مع رئيس الوزراء التركي": a pledge made in talks with someone
    // is made to them.
    if (p.cameo.compare(0, 2, "03") == 0 && !p.symmetric && !p.inverse && tgt.empty() && !have_tgt_pron && (!src.empty() || have_src_pron)) {
      const idx_t x = PastSubject(tr.tok + tr.len, src);
      if (idx_t w = PartnerAfter(x, std::min<idx_t>(sent.tokens.end, x + 10)); w != kNone) tgt = Group(w);
      // "مؤكدا على التزامه بالحوار البناء بين روسيا وفرنسا وأوروبا": a pledge to ties between its own
      // country and others is made to the others.
      if (tgt.empty() && !passive) {
        const std::string own = src.empty() ? src_pron.code : doc_.mentions[src[0]].code;
        tgt = OtherSidesBetween(x, std::min<idx_t>(sent.tokens.end, x + 8), own);
      }
    }
    // "وعد رئيس الحكومة المغربية بإيجاد حلول"، "وتعهد رئيس الوزراء الجديد سحب مشروع القانون": a
    // government's pledge of a measure, made to no one named, is made to its own country.
    if (p.id == "pledge" && tgt.empty() && !have_tgt_pron && (src.size() == 1 || (src.empty() && have_src_pron))) {
      const std::string sc = src.empty() ? src_pron.code : doc_.mentions[src[0]].code;
      if (idx_t o = DomesticPledgeObject(tr, src, sc, hi); o != kNone) tgt = {AddStateMention(o, o + 1, sc.substr(0, 3), 0.4f)};
    }
    if (violent && !passive && src.empty() && !have_src_pron) {
      // "إطلاق صواريخ من جنوب لبنان": where the fire came from is who fired.
      for (idx_t t = after; t + 1 < hi && t < after + 8; ++t) {
        if (doc_.tokens[t].flags & kTokPunct) break;
        if (doc_.token_keys[t] != "من") continue;
        idx_t u = t + 1;
        static const WordSet kSides = {"جنوب", "شمال", "شرق", "غرب", "داخل", "جهة", "أراضي"};
        if (u + 1 < hi && kSides.Has(doc_.token_keys[u])) ++u;
        idx_t m = mention_at_[u];
        if (m != kNone && doc_.mentions[m].tokens.begin <= u && std::find(tgt.begin(), tgt.end(), m) == tgt.end() &&
            (p.id.rfind("missiles", 0) == 0 || p.id.rfind("bombard", 0) == 0 || p.id.rfind("artillery", 0) == 0))
          src = Group(m);
        break;
      }
    }
    if (join_obj != kNone && tgt.empty() && !have_tgt_pron) tgt = Group(join_obj);
    if (violent && !passive && tgt.empty() && !have_tgt_pron) ViolentTarget(tr, p, sent, after, hi, src, &tgt);
    if (coercive && !violent && !passive && !p.noun && tgt.empty() && !have_tgt_pron && !src.empty()) {
      // "اعتقلت السلطات الإيرانية مواطناً فرنسياً": the object's nationality, past a VSO subject.
      idx_t from = PastSubject(after, src);
      if (idx_t d = DemonymObject(from, std::min<idx_t>(hi, sent.tokens.end), 4);
          d != kNone && doc_.mentions[d].code.compare(0, 3, doc_.mentions[src[0]].code, 0, 3) != 0)
        tgt = {d};
    }
    if (p.cameo.compare(0, 2, "14") == 0 && tgt.empty() && !have_tgt_pron) ProtestTarget(tr, sent, after, src, &tgt);
    // "وشهد الأردن احتجاجات شعبية ... ضد مشروع قانون ضريبة الدخل": a protest against a law, a tax or a
    // government measure, by no one named, is the people of the country where it happens against that
    // country's government (the measure's words are the target's span).
    if (p.cameo.compare(0, 2, "14") == 0 && tgt.empty() && !have_tgt_pron) {
      if (const idx_t pol = PolicyAfter(tr, sent); pol != kNone) {
        std::string cc;
        const std::string sc = src.size() == 1 ? doc_.mentions[src[0]].code : "";
        const bool civil = sc.size() == 3 || (sc.size() >= 6 && sc.compare(0, 3, "---") != 0 && sc.compare(3, 3, "GOV") != 0 &&
                                              sc.compare(3, 3, "MIL") != 0 && sc.compare(3, 3, "COP") != 0 && sc.compare(3, 3, "SPY") != 0);
        if (civil && sc.size() >= 3 && LocalSource(tr, src)) {
          cc = sc.substr(0, 3);
        } else if (idx_t host = ProtestHost(tr, sent, &cc); !cc.empty()) {
          src = {host};
          have_src_pron = false;
        } else if (const idx_t a = PopularAt(tr, sent); sc.size() >= 3 && sc.compare(0, 3, "---") != 0 && a != kNone) {
          // "احتجاجات شعبية رافضة لمشروع قانون": popular protests of the story's country (the actor
          // carried over to the sentence is of it)
          cc = sc.substr(0, 3);
          src = {AddStateMention(a, a + 1, cc, 0.4f)};
          have_src_pron = false;
        }
        if (!cc.empty()) {
          // (the state's government: the people and their state would be one actor)
          const idx_t g = AddStateMention(pol, pol + 1, cc, 0.4f);
          doc_.mentions[g].code = cc + "GOV";
          doc_.mentions[g].kind = ActorKind::kOrganization;
          tgt = {g};
        }
      }
    }
    // Reactions to an act ("ندد X بالهجوم التركي", "رحبت X بقرار البيت الأبيض", "أدان X العقوبات
    // التي فرضتها واشنطن") are directed at the act's agent, named inside the object phrase.
    bool reaction = p.cameo.compare(0, 2, "05") == 0 || p.cameo.compare(0, 2, "11") == 0 ||
                    p.cameo.compare(0, 2, "12") == 0;
    if (p.cameo == "042" && tgt.empty() && !have_tgt_pron && (!src.empty() || have_src_pron)) {
      // "وصل الرئيس الأميركي إلى جدة": a visit to a city no dictionary names as an actor is a visit
      // to its state (the place cue's country), in the verb's clause.
      idx_t from = cleft != kNone ? after : PastSubject(after, src);
      idx_t end = std::min<idx_t>(sent.tokens.end, from + 6);
      for (idx_t t = from; t < end; ++t)
        if (doc_.tokens[t].flags & kTokClauseSep) end = t;
      const std::string own = src.empty() ? src_pron.code : doc_.mentions[src[0]].code;
      for (const Cue& c : doc_.cues) {
        if (c.kind != CueKind::kPlace || c.country.size() != 3 || c.tokens.begin < from || c.tokens.end > end) continue;
        if (mention_at_[c.tokens.begin] != kNone || c.country.compare(0, 3, own, 0, 3) == 0) break;
        tgt = {AddStateMention(c.tokens.begin, c.tokens.end, c.country, 0.4f)};
        break;
      }
      // "توجه إلى القرية الفلسطينية", "توجهوا إلى القرية" (named before): a noun of places right after
      // the verb's preposition, as the state its place belongs to.
      for (idx_t t = from; tgt.empty() && t < end && t < from + 4; ++t) {
        if (mention_at_[t] != kNone) break;
        if (in_time_[t] || doc_.token_keys[t] == "الي") continue;  // "وصل أمس إلى البلدة"
        if (!IsPlaceNoun(t)) break;
        std::string cc = PlaceNounBackReference(t);
        if (!cc.empty() && cc.compare(0, 3, own, 0, 3) != 0) tgt = {AddStateMention(t, t + 1, cc, 0.4f)};
        break;
      }
    }
    if (p.cameo.compare(0, 2, "09") == 0 && !passive && tgt.empty() && !have_tgt_pron) {
      // "فتحت فرنسا تحقيقا في مزاعم بأن حملة ساركوزي استفادت": an investigation into allegations
      // investigates the one alleged, named after them.
      if (idx_t m = AllegedAfter(PastSubject(after, src), sent.tokens.end, src); m != kNone) tgt = Group(m);
    }
    if (p.cameo.compare(0, 2, "10") == 0 && !p.noun && !passive && tgt.empty() && !have_tgt_pron && hi < sent.tokens.end) {
      // "اشترط انسحاب القوات الإثيوبية": a demand whose object is an act noun (the next trigger, right
      // after the verb and its subject, with or without بـ) is made on that act's agent, its genitive.
      idx_t x = PastSubject(after, src);
      if (x < hi && doc_.token_keys[x] == "ب") ++x;
      const idx_t g = hi + 1;
      if (x == hi && g < sent.tokens.end && mention_at_[g] != kNone && doc_.mentions[mention_at_[g]].tokens.begin == g &&
          std::find(src.begin(), src.end(), mention_at_[g]) == src.end())
        tgt = Group(mention_at_[g]);
    }
    if (p.cameo == "016" && !passive && tgt.empty() && !have_tgt_pron) {
      // "نفت المنظمة صحة هذه الاتهامات": a denial of accusations is directed at their maker.
      idx_t from = PastSubject(after, src);
      if (idx_t acc = AccusationReference(from, sent.tokens.end, src); acc != kNone) tgt = {acc};
    }
    if (reaction && !passive && tgt.empty() && !have_tgt_pron) {
      idx_t from = PastSubject(after, src);  // skip a VSO subject
      // past the commas and the date between the subject and the object ("أشاد المجلس، الأربعاء، بمواقف")
      auto skip_punct_and_dates = [&] {
        while (from < hi && ((doc_.tokens[from].flags & kTokPunct) || in_time_[from])) ++from;
      };
      skip_punct_and_dates();
      // ... and past a name the dictionaries do not know, set off by commas ("الرئيس الكوري، مون جاي-إن، ")
      if (from > after && (doc_.tokens[from - 1].flags & kTokClauseSep)) {
        for (idx_t t = from; t < hi && t < from + 5 && mention_at_[t] == kNone; ++t) {
          if (!(doc_.tokens[t].flags & kTokClauseSep)) continue;
          from = t;
          skip_punct_and_dates();
          break;
        }
      }
      // ... and past a circumstance set off by a comma before an object with ب ("رحب المجلس في اجتماع
      // عقده برئاسة بن دغر، بالبيان الصادر عن مجلس الأمن"), whose nouns may be triggers of their own.
      idx_t obj_hi = hi;
      idx_t circ = from;  // a subject the dictionaries left unresolved may come first ("ورحب المجلس في")
      if (circ + 1 < hi && mention_at_[circ] == kNone && (doc_.tokens[circ].proclitics & kProAl)) ++circ;
      if (circ < hi && (doc_.token_keys[circ] == "في" || doc_.token_keys[circ] == "خلال")) {
        for (idx_t t = circ + 1; t + 1 < sent.tokens.end && t < circ + 14; ++t) {
          if (!(doc_.tokens[t].flags & kTokPunct)) continue;
          if ((doc_.tokens[t].flags & kTokClauseSep) && (doc_.tokens[t + 1].proclitics & kProBi)) {
            from = t + 1;
            obj_hi = sent.tokens.end;
          }
          break;
        }
      }
      idx_t a = kNone, b = kNone;
      // (the object noun may be the next trigger itself: "رحب باتفاق سنغافورة بين ترمب وكيم")
      if (from <= obj_hi && from < sent.tokens.end &&
          BetweenSides(from + 1, std::min<idx_t>(sent.tokens.end, from + 16), &a, &b)) {
        // "رحب بالاتفاق بين ترامب وكيم": a reaction to what two sides did together is directed at both.
        tgt = Group(a);
        if (!InGroup(a, b)) tgt.push_back(b);
      } else if (idx_t m = ObjectAgent(from, std::min<idx_t>(sent.tokens.end, from + 8)); m != kNone) {
        // The object noun is often a trigger itself ("بالعقوبات التي فرضتها واشنطن"): look past it;
        // its genitive may be a list ("رحب بمواقف الجزائر ومصر والإمارات").
        tgt = Group(m);
      } else if (idx_t acc = AccusationReference(from, sent.tokens.end, src); acc != kNone) {
        tgt = {acc};  // "ورفض مانافورت الاتهامات": the one who made them
      } else if (p.cameo.compare(0, 2, "11") == 0) {
        // "ونددت المنظمتان بانتهاكات خطيرة وجرائم حرب": the one the story has charged with them
        if (idx_t who = ViolationReference(from, sent.tokens.end, src); who != kNone) tgt = {who};
      }
    }
    if (p.inverse) {
      // "حصل X على ... من Y": Y gives, X receives.
      std::vector<idx_t> receiver = src;
      EventActor receiver_pron = src_pron;
      bool receiver_is_pron = have_src_pron && src.empty();
      src.clear();
      have_src_pron = false;
      if (post_from != kNone) {
        src = Group(post_from);
      } else if (idx_t body = PartnersBodyAfter(after, sent.tokens.end); body != kNone) {
        src = Group(body);
      } else {
        // "من هذا البلد" is a description mention; "منه" a pronoun (handled above).
        have_src_pron = !src_pron.code.empty();
      }
      if (trig_pron) {
        EventActor a;
        if (PronounActor(tr.tok, "", &a, nullptr)) {
          receiver.clear();
          receiver_pron = a;
          receiver_is_pron = true;
        }
      }
      tgt = receiver;
      if (receiver_is_pron) {
        tgt_pron = receiver_pron;
        have_tgt_pron = true;
      }
    }
    // "لكن قوات الأمن الإسرائيلية رفضت السماح لهم": a preposition's pronoun after the verb is not its own
    // subject; resolved again past the source, it is the one before ("دبلوماسيون فرنسيون").
    // (Only a subject named before the verb in its sentence: a source found by a guess, or a pronoun on
    // the trigger itself ("بإعدامه"), is not sure enough to be moved past.)
    // (Nor is it another body of the subject's own country: "الجيش الإسرائيلي" of the sentence before.)
    if (have_tgt_pron && tgt.empty() && tgt_pron_tok != kNone && tgt_pron_tok > tr.tok && src.size() == 1 &&
        !p.symmetric && !p.noun && tgt_pron.code.size() >= 3 && tgt_pron.code.compare(0, 3, doc_.mentions[src[0]].code, 0, 3) == 0 &&
        tgt_pron.mention + 1 == doc_.mentions.size() &&
        doc_.mentions[src[0]].via != MentionVia::kPronoun && doc_.mentions[src[0]].sentence == doc_.tokens[tr.tok].sentence &&
        doc_.mentions[src[0]].tokens.end <= tr.tok) {
      const std::string avoid = tgt_pron.code.substr(0, 3) + "*";
      doc_.mentions.pop_back();  // the first resolution's mention, laid just now
      have_tgt_pron = PronounActor(tgt_pron_tok, avoid, &tgt_pron, nullptr);
    }
    // "they": every actor of the list the antecedent opens ("القناصل العامون لفرنسا والسويد ... رفضت
    // السماح لهم").
    if (have_tgt_pron && tgt.empty() && tgt_pron_tok != kNone) {
      std::string_view pp;
      Enclitic e = doc_.tokens[tgt_pron_tok].enclitic;
      if (e == Enclitic::kNone) SplitPrepPronoun(doc_.token_keys[tgt_pron_tok], &pp, &e);
      const idx_t ante = e == Enclitic::kHum ? doc_.mentions[tgt_pron.mention].antecedent : kNone;
      std::vector<idx_t> g = ante == kNone ? std::vector<idx_t>{} : Group(ante);
      if (g.size() > 1) {
        tgt = g;
        have_tgt_pron = false;
      }
    }
    // "الضربات الجوية والقصف بالمدفعية استمر من قبل القوات الروسية": a noun of violence whose agent
    // follows "من قبل" (within eight words, before the next act) is that agent's, whoever the clause
    // speaks of; the one struck is looked for again past it.
    if (violent && p.noun && !passive && !p.symmetric && !trig_pron) {
      if (const idx_t ag = AgentAfter(after, std::min<idx_t>(hi, after + 8)); ag != kNone && std::find(src.begin(), src.end(), ag) == src.end()) {
        src = Group(ag);
        have_src_pron = false;
        auto in_src = [&](idx_t m) { return std::find(src.begin(), src.end(), m) != src.end(); };
        if (std::any_of(tgt.begin(), tgt.end(), in_src)) {
          tgt.clear();
          ViolentTarget(tr, p, sent, after, hi, src, &tgt);
        }
      }
    }
    if (violent && !tgt.empty() && !p.symmetric) AppendJoinedNationality(&tgt, sent.tokens.end);
    // "اتفقت الأطراف الليبية على إجراء انتخابات": a mutual act (not a fight) of the sides of a dispute
    // named as one plural actor (class sides_noun of word_classes.tsv) is done among them.
    if (p.symmetric && !p.inverse && !violent && tgt.empty() && !have_tgt_pron && src.size() == 1 &&
        doc_.mentions[src[0]].via != MentionVia::kPronoun &&
        lex_.InClass(Lexicon::WordClass::kSidesNoun, doc_.token_keys[doc_.mentions[src[0]].tokens.begin])) {
      tgt = src;
      self_sides = true;
    }
    if (debug_) {
      std::string sc, tc;
      for (idx_t m : src) sc += doc_.mentions[m].code + " ";
      if (have_src_pron) sc += "pron:" + src_pron.code;
      for (idx_t m : tgt) tc += doc_.mentions[m].code + " ";
      if (have_tgt_pron) tc += "pron:" + tgt_pron.code;
      fprintf(stderr, "[events] %s tok %u pattern %s (%s): source [%s] target [%s]\n", doc_.id.c_str(), tr.tok,
              p.id.c_str(), std::string(doc_.TokenText(tr.tok)).c_str(), sc.c_str(), tc.c_str());
    }
    // "وقال وزير الخارجية المصري إن قطر انتهكت القانون الدولي": a statement whose reported clause charges
    // its subject, of another country, with wrongdoing is said about that subject (Emit codes it 112).
    // ("وأضاف أن عناصر في قوات الأمن ... متورطون": a speaker named before, and a body of the speaker's
    // own state other than the state itself or its government.)
    if (p.cameo == "010" && !p.noun && tgt.empty() && !have_tgt_pron && (src.size() == 1 || (src.empty() && have_src_pron))) {
      if (idx_t y = ReportedSubject(after, std::min<idx_t>(sent.tokens.end, after + 12)); y != kNone) {
        const std::string& sc = src.empty() ? src_pron.code : doc_.mentions[src[0]].code;
        const std::string& yc = doc_.mentions[y].code;
        const bool other = yc.size() >= 3 && sc.size() >= 3 &&
                           (yc.compare(0, 3, sc, 0, 3) != 0 ||
                            (yc.size() == 6 && sc.size() == 6 && yc != sc && !StateAndOwnGovernment(sc, yc)));
        if (other && AllegesWrongdoing(doc_.mentions[y].tokens.end)) tgt = {y};
      }
    }
    // "شدد على ضرورة سحب إيران قواتها", "أشار إلى أهمية تسليم الحديدة للحكومة الشرعية": an act noun after a
    // word of necessity is demanded by the speaker (the governing verb's subject), not done; it is asked
    // of the noun's own agent when one follows the noun, else of its target (Emit codes it 100).
    if (p.noun && NecessityBefore(tr.tok, sent.tokens.begin) && !sent_src_.empty()) {
      if (!src.empty() && doc_.mentions[src[0]].tokens.begin == tr.tok + tr.len) {
        tgt = src;
        have_tgt_pron = false;
      } else if (src.empty() && have_src_pron && tgt.empty() && !have_tgt_pron) {
        tgt_pron = src_pron;  // ("ضرورة سحب قواتها": the pronoun's referent is asked)
        have_tgt_pron = true;
      }
      src = sent_src_;
      have_src_pron = false;
    }
    // "وانضم إلى بريطانيا وألمانيا في توجيه أصابع الاتهام لروسيا": who joins others in an act does it with
    // them (the noun after في takes the joined as agents): the joining is no act towards them.
    if (!p.noun && IsJoinVerb(tr.tok) && !tgt.empty()) {
      const idx_t end = SpanEnd(tgt.back());
      if (end < sent.tokens.end && doc_.token_keys[end] == "في") {
        tgt.clear();  // (the verb still gives its subject to the noun: sent_src_ below)
        have_tgt_pron = false;
      }
    }
    // "رفع العقوبات المفروضة على إيران", "رفع العقوبات المرتبطة بالبرنامج النووي الإيراني": sanctions
    // name whom they bear on after them (على + the actor, or a nationality adjective), within six words.
    if (tgt.empty() && !have_tgt_pron && (p.cameo.compare(0, 3, "085") == 0 || p.cameo.compare(0, 3, "163") == 0)) {
      for (idx_t t = tr.tok + tr.len; t < sent.tokens.end && t < tr.tok + tr.len + 6; ++t) {
        if (doc_.tokens[t].flags & kTokClauseSep) break;
        if (const idx_t m = mention_at_[t]; m != kNone && doc_.mentions[m].tokens.begin == t) {
          if (doc_.token_keys[t - 1] == "علي" && std::find(src.begin(), src.end(), m) == src.end()) tgt = Group(m);
          break;
        }
        if (const idx_t len = DemonymAt(t)) {
          const idx_t m = NationalityAgent(t, len);
          if (m != kNone && (src.empty() || doc_.mentions[m].code.compare(0, 3, doc_.mentions[src[0]].code, 0, 3) != 0))
            tgt = {m};
          break;
        }
      }
    }
    // "تمويل النظام الليبي لحملة الرئيس الفرنسي": given or done for someone's campaign, budget or efforts,
    // the act is towards that someone.
    if (tgt.empty() && !have_tgt_pron && !violent && p.cameo.compare(0, 2, "07") == 0) {
      if (const idx_t owner = OwnerAfterLi(tr.tok + tr.len, std::min<idx_t>(sent.tokens.end, tr.tok + tr.len + 6));
          owner != kNone && std::find(src.begin(), src.end(), owner) == src.end())
        tgt = Group(owner);
    }
    // "أول اجتماع تشاوري يجمع الرئيس قيس سعيد ونظيره الجزائري ...": the sides a meeting gathers are its
    // own, whoever hosts it.
    if (p.noun && p.symmetric && p.cameo.compare(0, 2, "04") == 0) {
      const std::vector<idx_t> sides = GatheredSides(tr, sent.tokens.end);
      if (sides.size() >= 2) {
        src = sides;
        tgt.clear();
        have_src_pron = have_tgt_pron = false;
      }
    }
    if (idx_t doer = kNone; !p.noun && !passive) {
      if (const idx_t subject = StepRelativeSubject(tr, sent, &doer); subject != kNone) {
        src = Group(subject);
        tgt = Group(doer);
        have_src_pron = have_tgt_pron = false;
      }
    }
    // "والعشماوي متهم في عدة عمليات إرهابية، أهمها استهداف الكتيبة 101 واغتيال النائب العام": an act of
    // violence with no agent, after an actor and a word of being accused (class accused_word), is that
    // actor's.
    if (violent && src.empty() && !have_src_pron && (p.noun || (trig_tok.proclitics & kProAl)))
      if (const idx_t m = AccusedBefore(tr, sent); m != kNone && std::find(tgt.begin(), tgt.end(), m) == tgt.end()) src = Group(m);
    // "وسيلتقي زعماء من 10 دول بالاتحاد الأوروبي الأحد ... وقالت بولندا والتشيك إنها ستقاطع هذه المحادثات":
    // a meeting named back is the latest one of this sentence or the two before; its sides of another
    // country than the source's are the target.
    const idx_t sent_index = doc_.tokens[tr.tok].sentence;
    if (!p.noun && tgt.empty() && !have_tgt_pron && !src.empty() && last_meeting_.Within(sent_index, 2) &&
        MeetingNamedBack(tr, sent.tokens.end)) {
      tgt = OtherSides(last_meeting_.sides, src);
    }
    // "... اجتماع يجمع الرئيس التونسي ونظيره الجزائري ورئيس المجلس الرئاسي الليبي، واتفق القادة الثلاثة على":
    // a plural role whose country was only guessed, right after a verb of a mutual act, stands for the
    // sides of that meeting (whose country is known), not for one state.
    const bool mutual_act = p.symmetric || p.cameo.compare(0, 2, "03") == 0 || p.cameo.compare(0, 3, "057") == 0;
    bool remembered_sides = false;  // (sides named sentences back act together however far they stand)
    // So does a definite dual that names no actor ("وشهد الرئيسان توقيع عدد من الاتفاقيات", "واتفق الوزيران
    // على"): after a verb, or right before a noun.
    if (mutual_act && last_meeting_.Within(sent_index, 2) && tr.tok + 1 < sent.tokens.end && tr.tok > sent.tokens.begin) {
      const idx_t at = p.noun ? tr.tok - 1 : tr.tok + 1;
      const idx_t m = p.noun ? kNone : mention_at_[at];  // (inside the pattern's words: "اتفق القادة الثلاثة على")
      const bool guessed_plural = m != kNone && doc_.mentions[m].tokens.begin == at && doc_.mentions[m].plural &&
                                  doc_.mentions[m].via == MentionVia::kRole && doc_.mentions[m].confidence <= 0.5f;
      if (guessed_plural || (mention_at_[at] == kNone && DefiniteDual(at))) {
        const std::vector<idx_t> sides = OtherSides(last_meeting_.sides, {});
        if (sides.size() >= 2) {
          src = sides;
          tgt.clear();
          have_src_pron = have_tgt_pron = false;
          remembered_sides = true;
        }
      }
    }
    // "وقعت إثيوبيا وإريتريا اتفاقا للسلام ... ورحبت مصر بالاتفاق": an agreement named back (the
    // definite noun, no party after it) is the latest one of this sentence or the two before; its sides
    // of another country than the source are the target.
    if (!violent && tgt.empty() && !have_tgt_pron && !src.empty() && last_accord_.Within(sent_index, 2) &&
        AccordNamedBack(tr, sent.tokens.end)) {
      tgt = OtherSides(last_accord_.sides, src);
    }
    // "بقصف صاروخي على مطار التيفور في حمص، طال مليشيات إيرانية", "الانتقادات التي طالت الوفد": a verb
    // of reaching (word class reach_verb) after an act's noun, no other act between, names whom the act
    // reached: one more target.
    if ((p.noun || (trig_tok.proclitics & kProAl)) && (!src.empty() || have_src_pron))
      if (const idx_t m = ReachedActor(tr, hi); m != kNone && std::find(tgt.begin(), tgt.end(), m) == tgt.end() &&
                                                std::none_of(src.begin(), src.end(), [&](idx_t x) { return InGroup(x, m); }))
        for (idx_t x : Group(m)) tgt.push_back(x);
    auto remember = [&](NamedAct* act) {
      act->sides = src;
      act->sides.insert(act->sides.end(), tgt.begin(), tgt.end());
      act->sent = sent_index;
    };
    if ((p.cameo.compare(0, 3, "057") == 0 || p.cameo.compare(0, 2, "03") == 0) && src.size() + tgt.size() >= 2)
      remember(&last_accord_);
    if (p.cameo.compare(0, 2, "04") == 0 && !src.empty()) remember(&last_meeting_);
    // Emit one event per source x target pair.
    std::vector<EventActor> sources, targets;
    for (idx_t m : src) sources.push_back(FromMention(m));
    if (sources.empty() && have_src_pron) sources.push_back(src_pron);
    for (idx_t m : tgt) targets.push_back(FromMention(m));
    if (targets.empty() && have_tgt_pron) targets.push_back(tgt_pron);
    // "استدعاء السفير الفرنسي لدى تركيا": recalling or withdrawing one's own envoy reduces relations with
    // the state the envoy is posted to (لدى), not with one's own.
    if (p.cameo.compare(0, 2, "16") == 0 && sources.size() == 1) {
      for (EventActor& b : targets)
        if (idx_t host = PostedTo(b.mention, b.code); host != kNone && b.code.compare(0, 3, sources[0].code, 0, 3) == 0)
          b = FromMention(host);
      // "سحب الجزء الأكبر من القوات الروسية من سوريا": one's own forces withdrawn from a place leave
      // the state after the second من, not themselves.
      for (EventActor& b : targets) {
        if (b.mention == kNone || b.code.size() < 3 || b.code.compare(0, 3, sources[0].code, 0, 3) != 0) continue;
        const idx_t from = SpanEnd(b.mention);
        for (idx_t u = from; u < sent.tokens.end && u < from + 3; ++u) {
          const idx_t m = mention_at_[u];
          if (m == kNone || doc_.mentions[m].tokens.begin != u) continue;
          if (PrepBefore(u, from) == "من" && doc_.mentions[m].code.size() >= 3 &&
              doc_.mentions[m].code.compare(0, 3, sources[0].code, 0, 3) != 0)
            b = FromMention(m);
          break;
        }
      }
      // (the envoy of the source's own state is no target of its own: the object right after the trigger)
      const idx_t obj = tr.tok + tr.len < sent.tokens.end ? mention_at_[tr.tok + tr.len] : kNone;
      if (targets.empty() && obj != kNone && doc_.mentions[obj].code.compare(0, 3, sources[0].code, 0, 3) == 0)
        if (idx_t host = PostedTo(obj, doc_.mentions[obj].code); host != kNone) targets.push_back(FromMention(host));
    }
    // One-sided events (an option, for detection tasks): a protest or an attack whose other side the
    // text does not name is still an event of that type; the missing actor stays empty (JSON null).
    bool one_sided_type = p.cameo.compare(0, 2, "14") == 0 || p.cameo.compare(0, 2, "18") == 0 ||
                          p.cameo.compare(0, 2, "19") == 0 || p.cameo.compare(0, 2, "20") == 0;
    bool one_sided = false;
    // "اتفقت السعودية وإيران على ...", "أعلن لبنان وإسرائيل التوصل إلى اتفاق": coordinated subjects
    // of a mutual act (symmetric patterns, intents 03, agreements 057, concessions 08) with no other
    // target act towards each other (first named first).
    bool cooperative = p.symmetric || p.cameo.compare(0, 2, "03") == 0 || p.cameo.compare(0, 3, "057") == 0 || p.cameo.compare(0, 2, "08") == 0;
    // (Not for a noun whose sources are carried from far back in its sentence: "وكانت الجزائر والمغرب وتونس قد
    // رفضت المقترح الذي توصلت له دول الاتحاد خلال قمة" is the EU's summit.)
    if (targets.empty() && src.size() >= 2 && cooperative && !passive && (!p.noun || LocalSource(tr, src) || remembered_sides)) {
      std::vector<EventActor> all = sources;
      for (size_t i = 0; i + 1 < all.size(); ++i) {
        for (size_t j = i + 1; j < all.size(); ++j) {
          // (two bodies of one state act on each other too: "اتفق الجيش والحكومة")
          if (all[i].code == all[j].code) continue;
          EmitMutual(tr, p, all[i], all[j]);
        }
      }
    }
    if (one_sided_ && one_sided_type && (sources.empty() != targets.empty())) {
      if (sources.empty()) sources.push_back(EventActor{});
      else targets.push_back(EventActor{});
      one_sided = true;
    }
    if (!src.empty()) last_sources_ = src;
    if (!src.empty() && p.cameo.compare(0, 2, "17") >= 0 && p.cameo.compare(0, 2, "20") <= 0) {
      harm_src_ = src;
      harm_tok_ = tr.tok;
    }
    if (p.noun) {
      prev_noun_src_ = src;
      prev_noun_tok_ = tr.tok;
    }
    if (!p.noun && !(trig_tok.proclitics & kProAl)) {  // a verb's form with the article is its noun ("للتشاور")
      sent_src_ = src;
      sent_src_tok_ = tr.tok;
      sent_src_root_ = p.cameo.substr(0, 2);
      have_sent_src_pron_ = have_src_pron && src.empty();
      if (have_sent_src_pron_) sent_src_pron_ = src_pron;
    }
    const size_t before = doc_.events.size();
    for (const EventActor& a : sources) {
      for (const EventActor& b : targets) {
        // Both actors must be identified (annotation.md): an actor with no country is not coded,
        // unless it is a transnational one the dictionaries name (---REB: "داعش", "القاعدة") or
        // migrants, who have none (---REF).
        bool ok_a = Identified(a, false);
        bool ok_b = Identified(b, true);
        if (one_sided ? !(ok_a || ok_b) : !(ok_a && ok_b)) continue;
        if (a.code == b.code && !self_sides && !TwoNamedActors(a, b)) continue;
        // A state and its own government are one actor: no meeting, visit, praise or support between
        // them ("ثمن المجلس جهود حكومة المملكة").
        // Nor sanctions or a cut in relations: "العقوبات المفروضة على كوريا الشمالية" are not Kim's.
        if ((p.cameo.compare(0, 2, "04") == 0 || p.cameo.compare(0, 2, "05") == 0 ||
             p.cameo.compare(0, 2, "16") == 0) &&
            !self_sides && StateAndOwnGovernment(a.code, b.code))
          continue;
        Emit(tr, p, a, b, one_sided);
      }
    }
    if (one_sided_ && one_sided_type && doc_.events.size() == before && !sources.empty() && !targets.empty()) {
      // A protest or an attack whose pair was dropped (the other side has no country, "جمعيات", or is
      // the same actor) is still an act of its identified side.
      auto ok = [](const EventActor& a) { return a.code.size() >= 3 && a.code.compare(0, 3, "---") != 0; };
      if (ok(sources[0])) Emit(tr, p, sources[0], EventActor{}, true);
      else if (ok(targets[0])) Emit(tr, p, EventActor{}, targets[0], true);
    }
    if (candidates_ && one_sided_type && doc_.events.size() == before) {
      // A protest or attack word whose actors were not identified: a candidate for the filter, with
      // whichever actor was found (an actor without a country still tells it is a specific act).
      EventActor a = sources.empty() ? EventActor{} : sources[0];
      EventActor b = targets.empty() ? EventActor{} : targets[0];
      if (!a.code.empty() && a.code == b.code) b = EventActor{};
      Emit(tr, p, a, b, true);
    }
  }

  // Two different organizations of the dictionaries that share a code ("تنظيم القاعدة تحالف مع داعش":
  // both ---REB; "حماس" and "الجهاد الإسلامي": both PSEREB) act on each other; other same-code pairs
  // are one actor named twice, or a person and the body they lead ("المشير حفتر", "قوات حفتر").
  bool TwoNamedActors(const EventActor& a, const EventActor& b) const {
    if (a.mention == kNone || b.mention == kNone) return false;
    const Mention& ma = doc_.mentions[a.mention];
    const Mention& mb = doc_.mentions[b.mention];
    auto org = [](const Mention& m) {
      return (m.kind == ActorKind::kOrganization || m.kind == ActorKind::kGroup) && m.via != MentionVia::kPronoun &&
             m.actor_id.rfind("org:", 0) == 0;
    };
    return org(ma) && org(mb) && ma.actor_id != mb.actor_id;
  }

  // An event actor with a country, or a transnational armed group of the dictionaries (---REB with
  // an actor id: "داعش", "القاعدة"), or, as a target, migrants and refugees (---REF), whose country
  // is no part of them (they are rescued, turned back, described; they do not act in the gold).
  bool Identified(const EventActor& a, bool target) const {
    if (a.code.size() < 3) return false;
    if (a.code.compare(0, 3, "---") != 0) return true;
    if (a.code == "---REF") return target;
    return a.code == "---REB" && a.mention != kNone && !doc_.mentions[a.mention].actor_id.empty();
  }

  // The victim of a violent act whose pattern found no target: an actor after "على/ضد" in its clause
  // ("هجوم على أنصار بوتو"), a nationality on the object noun ("خطفوا مصورا فرنسيا"), else, when the
  // attack is foreign or one-sided, the place it struck ("سقط في مدينة عسقلان" -> ISR).
  void ViolentTarget(const Trigger& tr, const PatternEntry& p, const mizan::Sentence& sent, idx_t after, idx_t hi,
                     const std::vector<idx_t>& src, std::vector<idx_t>* tgt) {
    auto in_src = [&](idx_t m) { return std::find(src.begin(), src.end(), m) != src.end(); };
    idx_t end = std::min<idx_t>(sent.tokens.end, after + 12);
    idx_t from = PastSubject(after, src);  // past a VSO subject
    // ... and past the date set off by commas after it ("شنت مقاتلات التحالف، أول أمس، سلسلة غارات على"),
    // or after the verb itself ("ضربات إسرائيلية استهدفت فجر 10 مايو الجاري، عشرات الأهداف الإيرانية")
    if (from > after || (from < in_time_.size() && in_time_[from])) {
      const idx_t start = from;
      while (from < sent.tokens.end && from < start + 6 &&
             ((doc_.tokens[from].flags & kTokClauseSep) || (from < in_time_.size() && in_time_[from])))
        ++from;
      end = std::min<idx_t>(sent.tokens.end, std::max(end, from + 12));
    }
    // Only for an attacker named next to the act: one carried over from another clause ("أعربت تونس عن
    // تضامنها إثر الهجوم الذي استهدف ...") says nothing of whom the act struck.
    if (!src.empty() && !LocalSource(tr, src)) return;
    // An attack of a state on itself is no finding ("استقبل الرئيس الأوكراني ... الحرب الأوكرانية"),
    // unless the attacker's country is only the article's default ("12 امرأة نفذت عمليات انتحارية في
    // العراق": women of no stated country; the place struck is the finding).
    const bool default_country = !src.empty() && doc_.mentions[src[0]].confidence <= 0.5f;
    const std::string src_cc = src.empty() || default_country ? "" : doc_.mentions[src[0]].code.substr(0, 3);
    // (Two armed groups of one country are two sides: "شنت الجماعة هجوما على مواقع الجيش الحر".)
    auto rival_groups = [&](idx_t m) {
      const Mention& a = doc_.mentions[src[0]];
      const Mention& b = doc_.mentions[m];
      auto armed = [](const Mention& x) {
        return x.code.size() == 6 && (x.code.compare(3, 3, "REB") == 0 || x.code.compare(3, 3, "INS") == 0);
      };
      return armed(a) && armed(b) && !a.name.empty() && a.name != b.name;
    };
    auto same = [&](idx_t m) {
      return !src_cc.empty() && doc_.mentions[m].code.compare(0, 3, src_cc) == 0 && !rival_groups(m);
    };
    for (idx_t t = from; t < end; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) && !(doc_.tokens[t].flags & kTokQuote)) break;
      idx_t m = mention_at_[t];
      if (m == kNone || doc_.mentions[m].tokens.begin != t || in_src(m)) continue;
      if (IsVictimPrep(PrepBefore(t, after)) && !same(m)) {
        *tgt = Group(m);
        return;
      }
      // "استهدف قاعدة للجيش الكيني", "هاجموا مركزا للشرطة": the site's owner after لـ.
      if (t > from && PrepBefore(t, after) == "ل" && IsStruckSite(lex_, doc_.token_keys[t - 1]) && !same(m)) {
        *tgt = Group(m);
        return;
      }
      t = doc_.mentions[m].tokens.end - 1;
    }
    // "أطلقت صواريخ على البلدات المحيطة بقطاع غزة": an actor at most three words after على/ضد; a
    // projectile is also fired "صوب/نحو/باتجاه/إلى" its target ("إطلاق الصواريخ صوب المملكة").
    const bool projectile = p.id == "missiles" || p.id == "missiles_noun" || p.id == "artillery_noun";
    for (idx_t t = from; t < end; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) && !(doc_.tokens[t].flags & kTokQuote)) break;
      if (!IsVictimPrep(doc_.token_keys[t]) && !(projectile && IsAimPrep(lex_, doc_.token_keys[t]))) continue;
      for (idx_t u = t + 1; u < end && u < t + 5; ++u) {
        // (scare quotes read over: "هجوما على مواقع \"الجيش الحر\"")
        if ((doc_.tokens[u].flags & kTokPunct) && !(doc_.tokens[u].flags & kTokQuote)) break;
        // "تسيطر على قرية قرب الحدود التركية": what follows "near" is a landmark, not the one struck.
        if (lex_.InClass(Lexicon::WordClass::kLandmarkWord, doc_.token_keys[u])) break;
        idx_t m = mention_at_[u];
        if (m == kNone || doc_.mentions[m].tokens.begin != u) continue;
        if (!in_src(m) && !same(m)) *tgt = Group(m);
        if (!tgt->empty()) return;
        break;
      }
      // "إطلاق الصواريخ إلى المحافظات اليمنية المحررة والأراضي السعودية": a nationality on the noun after
      // it, or on one joined to that by و (the attacker's own provinces are no other side).
      for (idx_t u = t + 1, k = 0; k < 2 && u < end; ++k) {
        idx_t m = DemonymObject(u, end, 6);
        if (m == kNone && k == 1) {  // (the joined noun may be an actor's own phrase: "والأراضي السعودية")
          for (idx_t v = u; v < end && v < u + 3 && m == kNone; ++v)
            if (mention_at_[v] != kNone && doc_.mentions[mention_at_[v]].tokens.begin == v && !in_src(mention_at_[v]))
              m = mention_at_[v];
        }
        if (m == kNone) break;
        if (!same(m)) {
          *tgt = {m};
          return;
        }
        u = doc_.mentions[m].tokens.end;
        if (u >= end || !(doc_.tokens[u].proclitics & kProWa)) {
          bool wa = false;  // (an adjective of the first noun may come before the second: "المحررة")
          for (idx_t v = u; v < end && v < u + 2 && !wa; ++v) wa = (doc_.tokens[v].proclitics & kProWa) != 0;
          if (!wa) break;
        }
      }
      break;
    }
    // A nationality right on a noun trigger is its agent ("الهجوم التركي"), not its victim.
    idx_t obj_from = p.noun || (doc_.tokens[tr.tok].proclitics & kProAl) ? std::max(from, tr.tok + tr.len + 1) : from;
    if (idx_t m = DemonymObject(obj_from, std::min(hi, end), 6); m != kNone && !same(m)) {
      *tgt = {m};
      return;
    }
    // The place struck ("سقط في مدينة عسقلان"): only when an attacker is named, or in one-sided mode.
    if (src.empty() && !one_sided_) return;
    idx_t place_end = std::min<idx_t>(sent.tokens.end, after + 15);
    for (idx_t t = from; t < place_end; ++t) {  // the place belongs to the act's clause
      if (!(doc_.tokens[t].flags & kTokClauseSep)) continue;
      // "أطلقت 5 صواريخ، سقط أحدها في مدينة عسقلان": where a projectile fell is still the firing's.
      if (projectile && t + 1 < sent.tokens.end &&
          lex_.InClass(Lexicon::WordClass::kLandingVerb, doc_.token_keys[t + 1])) {
        place_end = std::min<idx_t>(sent.tokens.end, std::max(place_end, t + 13));
        continue;
      }
      place_end = t;
    }
    // (Taking a place back, flag retake, is done to those who hold it, however much the place is the
    // taker's own: "أعلن حفتر بدء عملية تحرير درنة" is the army against the city's holders. A taker
    // whose country is only the article's default says nothing of a place elsewhere: "مشاركة 140 ألف
    // مقاتل بعملية تحرير الموصل" in a story about Qatar.)
    if (idx_t m = PlaceVictim(from, place_end); m != kNone && (!same(m) || p.retake) && src_cc != "---") {
      if (p.retake && default_country && doc_.mentions[m].code.compare(0, 3, doc_.mentions[src[0]].code, 0, 3) != 0) return;
      *tgt = {m};
    }
  }

  // Whether one of the sources is named within 8 words of the trigger (not carried over).
  bool LocalSource(const Trigger& tr, const std::vector<idx_t>& src) const {
    for (idx_t m : src) {
      const Range& r = doc_.mentions[m].tokens;
      if (r.end + 8 >= tr.tok && r.begin <= tr.tok + tr.len + 8) return true;
    }
    return false;
  }

  // A law, a tax or a government measure a protest is against ("ضد مشروع قانون"، "رافضة لمشروع"،
  // "جراء استعجال الحكومة"): the word of class policy_word within two words after a protest target cue
  // (or جراء، بسبب) in the rest of the sentence, or kNone.
  idx_t PolicyAfter(const Trigger& tr, const mizan::Sentence& sent) const {
    static const WordSet kCause = {"جراء", "بسبب", "علي"};  // (and "يحتجون ... وعلى سياسة الدولة")
    const idx_t end = std::min<idx_t>(sent.tokens.end, tr.tok + tr.len + 30);
    for (idx_t t = tr.tok; t < end; ++t) {
      idx_t n = ProtestTargetCue(doc_, t, end);
      if (n == 0 && kCause.Has(doc_.token_keys[t])) n = 1;
      if (n == 0) continue;
      for (idx_t u = t + n; u < end && u < t + n + 2; ++u) {
        if (mention_at_[u] != kNone || (doc_.tokens[u].flags & kTokPunct)) break;
        if (!lex_.InClass(Lexicon::WordClass::kPolicyWord, doc_.token_keys[u])) continue;
        // "احتجاجا على قرار واشنطن": a measure whose author is named is the author's (ProtestTarget)
        for (idx_t v = u + 1; v < end && v < u + 3; ++v)
          if (mention_at_[v] != kNone) return kNone;
        return u;
      }
    }
    return kNone;
  }

  // The word "شعبية" (popular) right after a protest word or as the trigger's last word ("احتجاجات
  // شعبية"), or kNone.
  idx_t PopularAt(const Trigger& tr, const mizan::Sentence& sent) const {
    for (idx_t t = tr.tok + 1; t <= tr.tok + tr.len && t < sent.tokens.end; ++t)
      if (doc_.token_keys[t] == "شعبيه") return t;
    return kNone;
  }

  // Where a protest with no named protester happens, as the mention of a state: "وشهد الأردن ...
  // احتجاجات"، "الأردن الذي شهد موجة من الاحتجاجات"، "الاحتجاجات التي تشهدها بعض مناطق المملكة", else a
  // place right after it ("احتجاجات شعبية في العاصمة عمان": a mention added for the place's state).
  // Sets *cc to the state's code ("" when the sentence names none).
  idx_t ProtestHost(const Trigger& tr, const mizan::Sentence& sent, std::string* cc) {
    static const WordSet kWitness = {"شهد", "شهدت", "يشهد", "تشهد"};
    auto state = [&](idx_t m) {
      if (m == kNone || doc_.mentions[m].code.size() < 3 || doc_.mentions[m].code.compare(0, 3, "---") == 0) return false;
      *cc = doc_.mentions[m].code.substr(0, 3);
      return true;
    };
    const idx_t lo = tr.tok > sent.tokens.begin + 8 ? tr.tok - 8 : sent.tokens.begin;
    for (idx_t w = tr.tok; w-- > lo;) {
      if (!kWitness.Has(doc_.token_keys[w])) continue;
      for (idx_t u = w + 1; u < tr.tok; ++u)  // "وشهد الأردن خلال الأيام الماضية احتجاجات"
        if (idx_t m = mention_at_[u]; m != kNone && doc_.mentions[m].tokens.begin == u && state(m)) return m;
      if (idx_t m = RelativeAntecedent(w, sent.tokens.begin); state(m)) return m;  // "الأردن الذي شهد"
      break;
    }
    idx_t t = tr.tok + tr.len;  // "الاحتجاجات التي تشهدها بعض مناطق المملكة"
    if (t + 1 < sent.tokens.end && (doc_.token_keys[t] == "تي" || doc_.token_keys[t] == "لتي") && kWitness.Has(doc_.token_keys[t + 1]))
      for (idx_t u = t + 2; u < sent.tokens.end && u < t + 6; ++u) {
        if (doc_.tokens[u].flags & kTokPunct) break;
        if (idx_t m = mention_at_[u]; m != kNone && state(m)) return m;
      }
    for (const Cue& c : doc_.cues) {  // "احتجاجات شعبية في العاصمة عمان"
      if (c.kind != CueKind::kPlace || c.country.size() != 3 || c.sentence != doc_.tokens[tr.tok].sentence ||
          c.tokens.begin < tr.tok + tr.len || c.tokens.begin > tr.tok + tr.len + 6)
        continue;
      bool in = false;  // "في العاصمة عمان", "في مدن عدة": where it happens, not what it is about
      for (idx_t u = c.tokens.begin; u-- > tr.tok + tr.len && u + 3 >= c.tokens.begin && !in;)
        in = doc_.token_keys[u] == "في" && doc_.tokens[u].enclitic == Enclitic::kNone;
      if (!in) continue;
      *cc = c.country;
      return AddStateMention(c.tokens.begin, c.tokens.end, c.country, 0.4f);
    }
    return kNone;
  }

  // The target of a protest: the first actor after a cue of what it is against or asks for, in the
  // rest of the sentence ("احتجاجا على ترشيح الرئيس ميقاتي", "مطالبين الحكومة التركية", "نحو السفارة
  // التونسية", "أحرقوا الأعلام الأميركية").
  void ProtestTarget(const Trigger& tr, const mizan::Sentence& sent, idx_t after, const std::vector<idx_t>& src,
                     std::vector<idx_t>* tgt) {
    if (!src.empty() && !LocalSource(tr, src)) return;
    auto in_src = [&](idx_t m) { return std::find(src.begin(), src.end(), m) != src.end(); };
    idx_t end = std::min<idx_t>(sent.tokens.end, after + 30);
    for (idx_t t = tr.tok; t < end; ++t) {  // the trigger itself may be the cue: "احتجاجا على"
      idx_t n = ProtestTargetCue(doc_, t, end);
      if (n == 0) continue;
      idx_t c = t + n;
      for (idx_t u = c; u < end && u < c + 8; ++u) {
        const Token& tk = doc_.tokens[u];
        if ((tk.flags & kTokPunct) && !(tk.flags & kTokQuote) && u > c) break;
        idx_t m = mention_at_[u];
        if (m == kNone || doc_.mentions[m].tokens.begin != u) continue;
        if (in_src(m)) break;
        *tgt = Group(m);
        return;
      }
      if (idx_t m = DemonymObject(c, end, 4); m != kNone) {
        *tgt = {m};
        return;
      }
      t = c - 1;
    }
  }

  // Whether token t is أن/إن opening a reported or complement clause ("أعلنت السلطات أن ..."), not the
  // أن of a conjunction of time or manner ("قبل أن يُرحَّل", "بعد أن", "دون أن").
  bool ThatComplementizer(idx_t t) const {
    if (mention_at_[t] != kNone || doc_.token_keys[t] != "ان" || doc_.tokens[t].enclitic != Enclitic::kNone) return false;
    if (t == 0 || doc_.tokens[t - 1].sentence != doc_.tokens[t].sentence) return true;
    return !lex_.InClass(Lexicon::WordClass::kTimeConj, doc_.token_keys[t - 1]);
  }

  // An armed actor's code: forces, rebels and militias, intelligence, police, criminals ("LBYMIL", "---REB").
  static bool ArmedRole(std::string_view code) {
    if (code.size() < 6) return false;
    const std::string_view r = code.substr(3, 3);
    return r == "MIL" || r == "REB" || r == "SPY" || r == "COP" || r == "CRM" || r == "INS" || r == "UAF";
  }

  // "SAU" and "SAUGOV", either way round.
  static bool StateAndOwnGovernment(const std::string& a, const std::string& b) {
    auto gov_of = [](const std::string& st, const std::string& g) {
      return st.size() == 3 && g.size() == 6 && g.compare(0, 3, st) == 0 && g.compare(3, 3, "GOV") == 0;
    };
    return gov_of(a, b) || gov_of(b, a);
  }

  // انضم / ينضم (joined, class join_verb of word_classes.tsv): "انضم إلى X في" makes X's act the joiner's too.
  bool IsJoinVerb(idx_t t) const { return lex_.InClass(Lexicon::WordClass::kJoinVerb, doc_.token_keys[t]); }

  // "لحملة الرئيس الفرنسي", "لميزانية الحكومة": the actor in construct with a لـ noun of someone's
  // undertaking, in [from, hi) past the act's own agent; kNone when none.
  idx_t OwnerAfterLi(idx_t from, idx_t hi) const {
    static const WordSet kUndertakings = {"حملة", "حملات", "ميزانية", "خزينة", "برنامج", "مشروع", "جهود", "خطة"};
    for (idx_t t = from; t + 1 < hi; ++t) {
      if ((doc_.tokens[t].flags & kTokClauseSep) || ClauseOpener(t)) return kNone;
      if (mention_at_[t] != kNone) {
        t = SpanEnd(mention_at_[t]) - 1;  // (the act's own agent: "تمويل النظام الليبي")
        continue;
      }
      if (!(doc_.tokens[t].proclitics & kProLi) || !kUndertakings.Has(doc_.token_keys[t])) continue;
      const idx_t m = mention_at_[t + 1];
      return m != kNone && doc_.mentions[m].tokens.begin == t + 1 ? m : kNone;
    }
    return kNone;
  }

  // "الرئيسان", "الوزيران": a definite dual (a known word + ان; "السكان" is no dual of "سك").
  bool DefiniteDual(idx_t t) const {
    const std::string& k = doc_.token_keys[t];
    return (doc_.tokens[t].proclitics & kProAl) && doc_.tokens[t].enclitic == Enclitic::kNone && k.size() > 8 &&
           k.ends_with("\xd8\xa7\xd9\x86") && lex_.IsKnownWord(std::string_view(k).substr(0, k.size() - 4));
  }

  // "يجمع", "جمع", "تجمع", "جمعت": (a meeting that) gathers.
  bool GathersWord(idx_t t) const {
    static const WordSet kGathers = {"يجمع", "جمع", "تجمع", "جمعت"};
    return kGathers.Has(doc_.token_keys[t]);
  }

  // Whether "تجمع"/"يجمع" at t gathers the sides of a meeting noun (root 04) at most three words before it,
  // only words that are no actor between.
  bool GathersAfterMeetingNoun(idx_t t) {
    if (!GathersWord(t)) return false;
    const idx_t begin = doc_.sentences[doc_.tokens[t].sentence].tokens.begin;
    for (idx_t u = t; u-- > begin && u + 3 >= t;) {
      if (!(doc_.tokens[u].flags & kTokWord) || mention_at_[u] != kNone) return false;
      if (MeetingNounEnd(u, t) != kNone) return true;
    }
    return false;
  }

  // The actors after "يجمع"/"جمع" (gathers) within three words after a meeting noun, adjectives between
  // ("اجتماع تشاوري يجمع X وY"): the coordination that follows it, or empty.
  std::vector<idx_t> GatheredSides(const Trigger& tr, idx_t end) const {
    for (idx_t t = tr.tok + tr.len; t + 1 < end && t < tr.tok + tr.len + 3; ++t) {
      if (!(doc_.tokens[t].flags & kTokWord) || mention_at_[t] != kNone) return {};
      if (!GathersWord(t)) continue;
      const idx_t m = mention_at_[t + 1];
      if (m == kNone || doc_.mentions[m].tokens.begin != t + 1) return {};
      return Group(m);
    }
    return {};
  }

  // "ضمت روسيا القرم، وهي خطوة رفضتها الغالبية العظمى من قوى المجتمع الدولي", "في خطوة رفضها": a verb
  // whose pronoun is the indefinite step noun right before it (a relative clause with no relative
  // pronoun) has its subject after it, a quantifier ("الغالبية العظمى من"، "معظم") allowed between; the
  // step is the act of the actor before it. Returns the subject, or kNone; *doer is that actor.
  idx_t StepRelativeSubject(const Trigger& tr, const mizan::Sentence& sent, idx_t* doer) const {
    static const WordSet kSteps = {"خطوة", "خطوات", "قرار", "قرارات", "إجراء", "إجراءات", "تحرك", "موقف"};
    static const WordSet kQuantifiers = {"غالبية", "أغلبية", "عظمى", "معظم", "أغلب", "بعض", "عدد", "كبير", "من",
                                         "قوى", "دول", "أعضاء"};
    *doer = kNone;
    if (tr.tok < sent.tokens.begin + 2 || doc_.tokens[tr.tok].enclitic == Enclitic::kNone) return kNone;
    const idx_t noun = tr.tok - 1;
    if (!kSteps.Has(doc_.token_keys[noun]) || (doc_.tokens[noun].proclitics & kProAl) || mention_at_[noun] != kNone)
      return kNone;
    std::string_view lead = doc_.token_keys[noun - 1];
    if (!(doc_.tokens[noun - 1].flags & kTokClauseSep) && lead != "هي" && lead != "هو" && lead != "وهي" && lead != "وهو" && lead != "في")
      return kNone;
    idx_t subject = kNone;
    for (idx_t t = tr.tok + 1; t < sent.tokens.end && t < tr.tok + 8; ++t) {
      const idx_t m = mention_at_[t];
      if (m != kNone && doc_.mentions[m].tokens.begin == t) {
        subject = PrepBefore(t, tr.tok + 1).empty() || doc_.token_keys[t - 1] == "من" ? m : kNone;
        break;
      }
      if (!kQuantifiers.Has(doc_.token_keys[t])) break;
    }
    if (subject == kNone) return kNone;
    // The step is the act coded before it in the sentence, whoever its grammar puts first ("حصلت قوات
    // الوفاق على شحنة من المدرعات التركية، في خطوة اعتبرها الجيش الوطني خرقا": Turkey's delivery) ...
    const idx_t s = doc_.tokens[tr.tok].sentence;
    for (size_t i = doc_.events.size(); i-- > 0;) {
      const Event& e = doc_.events[i];
      if (e.sentence != s) break;
      if (e.negated || e.trigger_tokens.begin >= noun || e.source.mention == kNone) continue;
      // (the first source of that act: its group holds the others, "أعلنت ألمانيا والولايات المتحدة")
      size_t first = i;
      while (first > 0 && doc_.events[first - 1].sentence == s && doc_.events[first - 1].trigger_tokens.begin == e.trigger_tokens.begin &&
             doc_.events[first - 1].source.mention != kNone)
        --first;
      *doer = doc_.events[first].source.mention;
      return InGroup(*doer, subject) ? kNone : subject;
    }
    // ... else the first actor of the sentence that no preposition governs.
    for (idx_t t = noun; t-- > sent.tokens.begin;) {
      const idx_t m = mention_at_[t];
      if (m == kNone || doc_.mentions[m].via == MentionVia::kPronoun) continue;
      if (PrepBefore(doc_.mentions[m].tokens.begin, sent.tokens.begin).empty()) *doer = m;
      t = doc_.mentions[m].tokens.begin;
    }
    return *doer == kNone || InGroup(*doer, subject) ? kNone : subject;
  }

  // Whether mention m is an envoy ("السفير الإسرائيلي", "القائم بالأعمال") with "مغادرة" (leaving) within
  // three words after it.
  bool EnvoyToLeave(idx_t m) const {
    if (m == kNone || m >= doc_.mentions.size()) return false;
    const Mention& x = doc_.mentions[m];
    const std::string_view first = doc_.token_keys[x.tokens.begin];
    if (first != "سفير" && first != "قايم" && first != "دبلوماسيين" && first != "سفراء") return false;
    const idx_t end = doc_.sentences[x.sentence].tokens.end;
    for (idx_t t = SpanEnd(m); t < end && t < SpanEnd(m) + 3; ++t)
      if (doc_.token_keys[t] == "مغادره") return true;
    return false;
  }

  // A word of praise within eight words after a description's verb, before its clause ends: "بأنه تاريخي".
  bool PraisingDescription(idx_t from) const {
    static const WordSet kPraise = {"تاريخي", "تاريخية", "إيجابي", "إيجابية", "ناجح", "ناجحة", "بناء", "بناءة",
                                    "ممتاز", "ممتازة", "مثمر", "مثمرة", "شجاع", "شجاعة", "حكيم", "حكيمة"};
    const idx_t end = from < doc_.tokens.size() ? doc_.sentences[doc_.tokens[from].sentence].tokens.end : from;
    for (idx_t t = from; t < end && t < from + 8; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) && !(doc_.tokens[t].flags & kTokQuote)) return false;
      if (kPraise.Has(doc_.token_keys[t])) return true;
    }
    return false;
  }

  // The remembered sides of an act named back that are of another country than every source (none: all
  // of them), and whose country the actor stage did not only guess ("زعماء" given the article's state).
  std::vector<idx_t> OtherSides(const std::vector<idx_t>& sides, const std::vector<idx_t>& src) const {
    std::vector<idx_t> out;
    for (idx_t m : sides) {
      bool other = doc_.mentions[m].code.size() >= 3 && doc_.mentions[m].confidence > 0.5f;
      for (idx_t s2 : src) other = other && doc_.mentions[m].code.compare(0, 3, doc_.mentions[s2].code, 0, 3) != 0;
      if (other) out.push_back(m);
    }
    return out;
  }

  // "ورحبت مصر بالاتفاق", "ووصف الرئيس المصري الاتفاق بأنه تاريخي": the definite noun of an agreement
  // within four words after the trigger (its subject between), no actor after it that names its parties.
  bool AccordNamedBack(const Trigger& tr, idx_t end) const {
    static const WordSet kAccords = {"اتفاق", "اتفاقية", "اتفاقات", "اتفاقيات", "صفقة"};
    for (idx_t t = tr.tok + 1; t < end && t < tr.tok + tr.len + 5; ++t) {
      if (doc_.tokens[t].flags & kTokClauseSep) return false;
      if (mention_at_[t] != kNone) {
        t = SpanEnd(mention_at_[t]) - 1;
        continue;
      }
      if (!kAccords.Has(doc_.token_keys[t])) continue;
      if (!(doc_.tokens[t].proclitics & kProAl)) return false;
      return t + 1 >= end || mention_at_[t + 1] == kNone || (doc_.tokens[t + 1].flags & kTokPunct);
    }
    return false;
  }

  // "ستقاطع هذه المحادثات", "رفضت تلك القمة": a meeting named back by a demonstrative among the trigger's
  // words or right after them (before the clause ends).
  bool MeetingNamedBack(const Trigger& tr, idx_t end) {
    static const WordSet kDemonstratives = {"هذه", "هذا", "تلك", "ذلك"};
    for (idx_t t = tr.tok + 1; t + 1 < end && t < tr.tok + tr.len + 3; ++t) {
      if (doc_.tokens[t].flags & kTokClauseSep) return false;
      if (!kDemonstratives.Has(doc_.token_keys[t])) continue;
      return MeetingNounEnd(t + 1, static_cast<idx_t>(doc_.tokens.size())) != kNone;
    }
    return false;
  }

  // Where the longest noun of meeting or talks (a root-04 noun pattern) that starts at t and ends by
  // `limit` ends, or kNone.
  idx_t MeetingNounEnd(idx_t t, idx_t limit) {
    lex_.MatchAt(doc_, doc_.token_keys, t, &hits_);
    for (const LexHit& h : hits_)
      if (h.table == LexHit::kPattern && lex_.patterns()[h.row].noun && lex_.patterns()[h.row].cameo.compare(0, 2, "04") == 0 &&
          t + h.length <= limit)
        return t + h.length;
    return kNone;
  }

  // The agent that the free actor m before a trigger names: the whole coordination m closes ("الإمارات
  // والكويت والسعودية قدمت", "اختتمت مصر والسودان مناورات"), unless that coordination is the object of a
  // preposition ("الحوار بين روسيا وفرنسا وأوروبا"). Not for protests and attacks: there it lowered the
  // GSR detection filter's cross-validated F1 (PROTEST 0.479 -> 0.411, ASSAULT 0.645 -> 0.611) through
  // the filter's features; why is not understood yet.
  std::vector<idx_t> AgentBefore(idx_t m, const PatternEntry& p, bool violent, idx_t lo) const {
    if (violent || p.cameo.compare(0, 2, "14") == 0) return Group(m);
    std::vector<idx_t> all = Coordination(m);
    if (all[0] != m && !PrepBefore(doc_.mentions[all[0]].tokens.begin, lo).empty()) return Group(m);
    return all;
  }

  // A word of necessity (class necessity_noun: ضرورة، أهمية) right before token t, a quote between allowed.
  bool NecessityBefore(idx_t t, idx_t begin) const {
    if (t > begin && (doc_.tokens[t - 1].flags & kTokQuote)) --t;
    return t > begin && lex_.InClass(Lexicon::WordClass::kNecessityNoun, doc_.token_keys[t - 1]);
  }

  // A verb marked for the future: س on the imperfect ("سيجتمع") or سوف before it.
  bool FutureVerb(idx_t t) const {
    if (doc_.tokens[t].proclitics & kProSa) return true;
    return t > 0 && doc_.token_keys[t - 1] == "سوف" && doc_.tokens[t - 1].sentence == doc_.tokens[t].sentence;
  }

  // The actor that opens a reported clause ("قال X إن قطر ..."): the mention right after the first أن/إن
  // in [from, hi), or kNone.
  idx_t ReportedSubject(idx_t from, idx_t hi) const {
    for (idx_t t = from; t + 1 < hi; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) && !(doc_.tokens[t].flags & kTokClauseSep)) return kNone;
      if (!ThatComplementizer(t)) continue;
      // (past a partitive: "أن عناصر في قوات الأمن", "أن بعض المسؤولين")
      idx_t b = t + 1;
      while (b + 1 < hi && b < t + 3 && mention_at_[b] == kNone) {
        std::string_view k = doc_.token_keys[b];
        if (k != "عناصر" && k != "افراد" && k != "بعض" && k != "في" && k != "من") break;
        ++b;
      }
      const idx_t m = mention_at_[b];
      if (m == kNone || doc_.mentions[m].tokens.begin != b || doc_.mentions[m].via == MentionVia::kPronoun) return kNone;
      return m;
    }
    return kNone;
  }

  // Whether the rest of the sentence from token `from` names a wrongdoing (word class wrongdoing, or
  // "غير" before a word of class lawful: "بطريقة \"غير قانونية\"").
  bool AllegesWrongdoing(idx_t from) const {
    if (from >= doc_.tokens.size()) return false;
    const Range sr = doc_.sentences[doc_.tokens[from].sentence].tokens;
    for (idx_t t = from; t < sr.end; ++t) {
      if (!(doc_.tokens[t].flags & kTokWord)) continue;
      if (lex_.InClass(Lexicon::WordClass::kWrongdoing, doc_.token_keys[t])) {
        // "إن مصر لم تنتهك القانون": a denied wrongdoing charges no one
        std::string_view before = t > sr.begin ? std::string_view(doc_.token_keys[t - 1]) : std::string_view();
        if (before == "لم" || before == "لن" || before == "لا" || before == "ليس" || before == "ليست" || before == "ما") continue;
        return true;
      }
      if (const idx_t u = WordAfterGhayr(t, sr.end); u != kNone && lex_.InClass(Lexicon::WordClass::kLawful, doc_.token_keys[u]))
        return true;
    }
    return false;
  }

  // The word after "غير" at token t, past quotation marks ("غير "قانونية""), before `end`; kNone when t is
  // no غير or nothing follows it.
  idx_t WordAfterGhayr(idx_t t, idx_t end) const {
    if (doc_.token_keys[t] != "غير") return kNone;
    idx_t u = t + 1;
    while (u < end && (doc_.tokens[u].flags & kTokQuote)) ++u;
    return u < end ? u : kNone;
  }

  // A word of censure or of wrongdoing (classes censure_word, wrongdoing) in the clause after token
  // `from`, up to twelve words on, or غير before a word of class ghayr_censure ("غير إنسانية").
  bool Censures(idx_t from) const {
    if (from >= doc_.tokens.size()) return false;
    const Range sr = doc_.sentences[doc_.tokens[from].sentence].tokens;
    for (idx_t t = from; t < sr.end && t < from + 12; ++t) {
      if ((doc_.tokens[t].flags & kTokPunct) && !(doc_.tokens[t].flags & (kTokQuote | kTokClauseSep))) return false;
      const std::string& k = doc_.token_keys[t];
      if (lex_.InClass(Lexicon::WordClass::kCensureWord, k) || lex_.InClass(Lexicon::WordClass::kWrongdoing, k)) return true;
      if (const idx_t u = WordAfterGhayr(t, sr.end); u != kNone && lex_.InClass(Lexicon::WordClass::kGhayrCensure, doc_.token_keys[u]))
        return true;
    }
    return false;
  }

  // Appends one event with its date, claims and confidence.
  void Emit(const Trigger& tr, const PatternEntry& p, const EventActor& a, const EventActor& b, bool one_sided) {
    Event ev;
    ev.sentence = doc_.tokens[tr.tok].sentence;
    ev.trigger_tokens = {tr.tok, tr.tok + tr.len};
    ev.trigger_norm = doc_.TokensNorm({tr.tok, tr.tok + 1});
    ev.trigger_norm.begin = WordStart(tr.tok);  // without و/ف/ب/ل, with its article
    if (tr.len > 1) ev.trigger_norm.end = doc_.tokens[tr.tok + tr.len - 1].norm.end;
    ev.source = a;
    ev.target = b;
    // Codes that depend on who acts or on whom (role_codes.tsv): "وجه القضاء اتهامات" is a legal charge
    // (173), backing an armed group is aid (070).
    ev.cameo = lex_.CodeForRoles(p, a.code, b.code);
    // "وقال مسؤولون إيطاليون إن سفينتين تابعتين لمنظمة ألمانية ترفعان العلم بطريقة غير قانونية": a
    // statement about an actor that charges it with wrongdoing is an accusation (112).
    if (p.cameo == "010" && b.mention != kNone && AllegesWrongdoing(tr.tok + tr.len)) ev.cameo = "112";
    // "ووصف الرئيس الاتفاق بأنه تاريخي": a description by a word of praise praises.
    if (p.id == "describe_neg" && PraisingDescription(tr.tok + tr.len)) ev.cameo = "051";
    // "اعتبر البيان خطوة واشنطن عملا استفزازيا": a judgement (judge) is a criticism by a word of censure, praise by
    // a word of praise, and no event without either ("يعتبر من أهم المشاريع").
    if (p.id == "judge") {
      if (PraisingDescription(tr.tok + tr.len)) ev.cameo = "051";
      else if (!Censures(tr.tok + tr.len)) return;
    }
    // "طلبت تركيا من السفير الإسرائيلي مغادرة أراضيها": asking an envoy to leave expels him, a cut in relations.
    if ((ev.cameo.compare(0, 2, "02") == 0 || ev.cameo.compare(0, 2, "10") == 0) && EnvoyToLeave(b.mention)) ev.cameo = "161";
    // "ضرورة انسحاب القوات": an act that a word of necessity governs is a demand (Code chose the sides).
    if (p.noun && NecessityBefore(tr.tok, doc_.sentences[ev.sentence].tokens.begin) && ev.cameo.compare(0, 2, "10") != 0)
      ev.cameo = "100";
    // "سيلتقي", "سوف يزور": a meeting or a visit the text puts in the future is an intent to meet (036).
    if (p.cameo.compare(0, 2, "04") == 0 && !p.noun && FutureVerb(tr.tok)) ev.cameo = "036";
    // "ستمنعها القوات التركية بنفسها", "سنرد بقوة": coercion or force the text puts in the future is a
    // threat (CAMEO 13: of force 138, else 130), as the CAMEO manual codes announced coercion.
    if (!p.noun && FutureVerb(tr.tok)) {
      const std::string_view r = std::string_view(p.cameo).substr(0, 2);
      if (r == "17") ev.cameo = "130";
      if (r == "18" || r == "19" || r == "20") ev.cameo = "138";
    }
    ev.pattern_id = p.id;
    float conf = 0.45f;
    if (a.mention != kNone && doc_.mentions[a.mention].via != MentionVia::kPronoun) conf += 0.15f;
    if (b.mention != kNone && doc_.mentions[b.mention].via != MentionVia::kPronoun) conf += 0.15f;
    if (one_sided) conf -= 0.15f;
    if (a.code.substr(0, 3) == "---" || b.code.substr(0, 3) == "---") conf -= 0.2f;
    ev.confidence = conf;
    ev.time = NearestTime(ev.sentence, tr.tok);
    // A sentence with no date phrase continues the story of the latest dated event in this or the
    // previous paragraph (news paragraphs are often one sentence long).
    if (ev.time == kNone && last_time_ != kNone &&
        doc_.sentences[ev.sentence].paragraph - doc_.sentences[doc_.times[last_time_].sentence].paragraph <= 1)
      ev.time = last_time_;
    if (ev.time != kNone) last_time_ = ev.time;
    ResolveEventClaims(doc_, ev, &verb_heads_);
    if (ev.certainty == Certainty::kHedged) ev.confidence -= 0.1f;
    ev.confidence = std::clamp(ev.confidence, 0.05f, 0.95f);
    const idx_t again = ev.time != kNone ? RepeatedOn(ev.time) : kNone;
    doc_.events.push_back(std::move(ev));
    // "لغارات جوية أمريكية في نوفمبر 2016 وفي فبراير 2017", "قتل 24 الخميس وأربعة آخرون الجمعة": a
    // second date joined to the act's date is a second occurrence of the act.
    if (again != kNone) {
      Event twice = doc_.events.back();
      twice.time = again;
      doc_.events.push_back(std::move(twice));
    }
  }

  // The date phrase joined by و to date phrase i, in its clause and within four words ("… في نوفمبر
  // 2016 وفي فبراير 2017", "الخميس وأربعة آخرون الجمعة"), at the same granularity; kNone if none.
  idx_t RepeatedOn(idx_t i) const {
    const TimeExpr& a = doc_.times[i];
    if (a.tokens.end >= doc_.tokens.size() || a.of_next_noun) return kNone;
    const idx_t w = a.tokens.end;  // the و
    // (و split off, or left on a word the segmenter does not know: "وأربعة")
    const bool wa = (doc_.tokens[w].proclitics & kProWa) || doc_.TokenText(w).substr(0, 2) == "\xd9\x88";
    if (!wa || doc_.tokens[w].sentence != a.sentence) return kNone;
    for (idx_t j = 0; j < doc_.times.size(); ++j) {
      const TimeExpr& b = doc_.times[j];
      if (j == i || b.sentence != a.sentence || b.tokens.begin < w || b.tokens.begin > w + 3) continue;
      if (b.granularity != a.granularity || b.value == a.value || b.of_next_noun) return kNone;
      for (idx_t u = w; u < b.tokens.begin; ++u)
        if (doc_.tokens[u].flags & (kTokClauseSep | kTokPunct)) return kNone;
      return j;
    }
    return kNone;
  }

  void EmitMutual(const Trigger& tr, const PatternEntry& p, const EventActor& a, const EventActor& b) {
    if (a.code.size() < 3 || b.code.size() < 3 || a.code.compare(0, 3, "---") == 0 || b.code.compare(0, 3, "---") == 0)
      return;
    Emit(tr, p, a, b, false);
    doc_.events.back().confidence = std::max(0.05f, doc_.events.back().confidence - 0.1f);
  }

  // The date phrase of the trigger's sentence nearest to it (kNone = none).
  idx_t NearestTime(idx_t sentence, idx_t tok) const {
    idx_t best = kNone;
    idx_t best_d = ~0u;
    for (idx_t i = 0; i < doc_.times.size(); ++i) {
      const TimeExpr& t = doc_.times[i];
      if (t.sentence != sentence) continue;
      idx_t d = t.tokens.begin > tok ? t.tokens.begin - tok : tok - t.tokens.end;
      if (t.tokens.begin > tok) d = d * 2 / 3;  // a date after the verb governs it more often
      // A reported act rarely takes a date after publication ("6 سبتمبر القادم" is a plan).
      if (!doc_.published.empty() && !t.value.empty() && t.value.substr(0, 10) > doc_.published.substr(0, t.value.size() < 10 ? t.value.size() : 10))
        d += 40;
      if (d < best_d) {
        best_d = d;
        best = i;
      }
    }
    return best;
  }
};

}  // namespace

EventStage::EventStage(const Lexicon* lex, bool one_sided) : lex_(lex), one_sided_(one_sided) {
  // Opt-in (MIZAN_EVENT_FILTER=1) until CoderOptions carries the choice: other one-sided uses (the
  // GSR actor-span gates) score actors on sentences known to be events and must see every event.
  const char* want = std::getenv("MIZAN_EVENT_FILTER");
  if (!one_sided_ || !want || !*want || *want == '0') return;
  // The filter ships with the dictionaries; a data directory without one codes unfiltered.
  std::string path = FindDataDir() + "/models/event_filter.tsv";
  auto f = DetectionFilter::Load(path);
  if (f.ok()) filter_ = std::make_shared<const DetectionFilter>(std::move(f).value());
  else if (f.status().code() != StatusCode::kNotFound) filter_status_ = f.status();
}

Status EventStage::Process(Doc& doc) const {
  if (!doc.Has("actors")) return FailedPrecondition("events: run actors first");
  if (!filter_status_.ok()) return filter_status_;
  // MIZAN_EVENT_FEATURES=1 prints each PROTEST/ASSAULT candidate's features and score (stderr), as
  // tools/train/event_filter.py reads them.
  static const bool dump = [] {
    const char* d = std::getenv("MIZAN_EVENT_FEATURES");
    return d && *d && *d != '0';
  }();
  SentenceCoder(*lex_, doc, one_sided_, one_sided_ && (filter_ || dump)).Run();
  if (!one_sided_ || (!filter_ && !dump)) {
    DropUnusedMentions(doc, *lex_);
    return Status::Ok();
  }
  // The detection filter: keep a PROTEST/ASSAULT event only when the model judges it a specific act.
  std::vector<Event> kept;
  kept.reserve(doc.events.size());
  // A repeat of the act before it (RepeatsAct) shares its verdict: one candidate for the model.
  const Event* prev = nullptr;
  bool prev_kept = false;
  for (Event& ev : doc.events) {
    char type = FilterType(*lex_, ev);
    if (type == 0) {
      kept.push_back(std::move(ev));
      prev = nullptr;
      continue;
    }
    if (prev && RepeatsAct(*prev, ev)) {
      if (prev_kept) kept.push_back(std::move(ev));
      continue;
    }
    prev = &ev;
    auto feats = FilterFeatures(doc, ev, type);
    double score = filter_ ? filter_->Score(feats) : 1.0;
    const char* plover = type == 'P' ? "PROTEST" : "ASSAULT";
    if (dump) {
      std::string line = doc.id + "\t" + plover + "\t" + std::to_string(score) + "\t";
      for (size_t i = 0; i < feats.size(); ++i) line += (i ? " " : "") + feats[i];
      fprintf(stderr, "[features] %s\n", line.c_str());
    }
    prev_kept = !filter_ || score >= filter_->Threshold(plover);
    if (prev_kept) kept.push_back(ev);  // (a copy: a twin after it compares with this one)
  }
  doc.events = std::move(kept);
  DropUnusedMentions(doc, *lex_);
  return Status::Ok();
}

}  // namespace mizan
