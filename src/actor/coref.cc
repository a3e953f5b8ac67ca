#include "actor/coref.h"

#include "mizan/lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace mizan {

std::string_view EncliticText(Enclitic e) {
  switch (e) {
    case Enclitic::kHu: return "ه";
    case Enclitic::kHa: return "ها";
    case Enclitic::kHuma: return "هما";
    case Enclitic::kHum: return "هم";
    case Enclitic::kHunna: return "هن";
    case Enclitic::kKa: return "ك";
    case Enclitic::kKum: return "كم";
    case Enclitic::kNa: return "نا";
    case Enclitic::kYa: return "ي";
    case Enclitic::kNone: return "";
  }
  return "";
}

bool SplitPrepPronoun(std::string_view key, std::string_view* prep, Enclitic* e) {
  // Prepositions with an attached pronoun are a closed grammatical class, so they live in code.
  static const char* const kPreps[] = {"ل", "من", "مع", "الي", "علي", "ب", "عن", "في", "ضد", "لدي"};
  static const std::pair<const char*, Enclitic> kPron[] = {
      {"هما", Enclitic::kHuma}, {"هم", Enclitic::kHum}, {"هن", Enclitic::kHunna}, {"ها", Enclitic::kHa},
      {"ه", Enclitic::kHu}, {"كم", Enclitic::kKum}, {"ك", Enclitic::kKa}, {"نا", Enclitic::kNa}};
  for (const char* p : kPreps) {
    std::string_view ps(p);
    std::string_view base = ps;
    // على/إلى/لدى take a ي before the pronoun: عليه، إليه، لديه (normalized: علي، الي، لدي).
    if (key.substr(0, base.size()) != base) continue;
    std::string_view rest = key.substr(base.size());
    for (const auto& [pron, enc] : kPron) {
      if (rest == pron) {
        *prep = ps;
        *e = enc;
        return true;
      }
    }
  }
  // "منه" is written with one nun: من + ه (covered above); "عنه" likewise.
  return false;
}

namespace {

// A person named by a feminine title ("وزيرة الخارجية", "المتحدثة باسم", "رئيسة الوزراء").
bool FemininePerson(const Doc& doc, const Mention& m) {
  // (a title, not a name: "خليفة حفتر" is a man)
  if (m.kind != ActorKind::kPerson || m.via == MentionVia::kName || m.tokens.begin >= doc.token_keys.size()) return false;
  const std::string& k = doc.token_keys[m.tokens.begin];
  return k.size() > 4 && k.compare(k.size() - 2, 2, "ه") == 0;
}

bool InRelativeClause(const Doc& doc, const Mention& m);

// "وعبر رئيس المنظمة المصرية، حافظ أبو سعدة، عن استيائه", "لدى لقائه": a possessive pronoun on a noun
// that a preposition governs (so a noun, not a verb with its object: "واستقبله الرئيس") goes to the
// nearest actor before it in its sentence that no preposition governs (the subject of its clause), or
// kNone. Not for a preposition's own pronoun ("وجدد له": the one spoken to). `noun`: the caller knows
// the word is a noun, with no preposition before it ("جددت الخارجية السعودية إدانتها الشديدة").
idx_t ClauseSubject(const Doc& doc, idx_t tok, bool noun) {
  if (tok == 0 || tok >= doc.token_keys.size() || Lexicon::IsPreposition(doc.token_keys[tok])) return kNone;
  std::string_view prep;
  Enclitic e;
  if (SplitPrepPronoun(doc.token_keys[tok], &prep, &e)) return kNone;
  if (!noun && !Lexicon::AfterPreposition(doc, tok)) return kNone;
  const idx_t sent = doc.tokens[tok].sentence;
  idx_t best = kNone;
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.sentence != sent || m.tokens.end > tok || m.code.empty() || m.via == MentionVia::kPronoun) continue;
    if (tok - m.tokens.end > 12) continue;
    // "وعبر رئيس المنظمة عن استيائه": عبّر 'expressed' opening the sentence is the verb, not عبر 'via'.
    const bool opening_verb = m.tokens.begin > 0 && m.tokens.begin - 1 == doc.sentences[sent].tokens.begin &&
                              doc.token_keys[m.tokens.begin - 1] == "\xD8\xB9\xD8\xA8\xD8\xB1";  // عبر
    if (!opening_verb && Lexicon::AfterPreposition(doc, m.tokens.begin)) continue;
    // The subject of a clause on something else is not the clause's: "الدول التي تدعمها إيران", "حيث
    // أعرب وفقا لما نقلته وكالة الأنباء السعودية، عن شكره" (the agency only reports it).
    if (InRelativeClause(doc, m) || Lexicon::AfterReportingAside(doc, m.tokens.begin)) continue;
    if (best == kNone || m.tokens.begin > doc.mentions[best].tokens.begin) best = i;
  }
  return best;
}

// How well a candidate mention fits the pronoun's number and gender (higher is better, <0 = no).
int Fit(const Doc& doc, const Mention& m, Enclitic e) {
  switch (e) {
    case Enclitic::kHu:  // masculine singular: a person, an organization, rarely a state
      if (m.plural || FemininePerson(doc, m)) return -1;
      if (m.kind == ActorKind::kPerson) return 3;
      if (m.kind == ActorKind::kState) return 0;
      return 1;
    case Enclitic::kHa:  // feminine singular: states, organizations, non-human plurals, women
      if (m.kind == ActorKind::kState) return 3;
      if (m.kind == ActorKind::kPerson) return FemininePerson(doc, m) ? 4 : 0;
      return 2;
    case Enclitic::kHum:
    case Enclitic::kHunna:
    case Enclitic::kHuma:
      if (m.plural || m.kind == ActorKind::kGroup) return 3;
      // "إنقاذهم" after "إيطاليا": a state named in the singular is no "they" (its people are named
      // as a plural: "الإيطاليون").
      if (m.kind == ActorKind::kState && e != Enclitic::kHuma) return -1;
      return 0;
    default:
      return -1;
  }
}

bool IsRelativePronoun(std::string_view key) {
  return key == "التي" || key == "الذي" || key == "الذين" || key == "اللذين" || key == "اللذان" || key == "اللتين" ||
         key == "اللتان" || key == "اللواتي" || key == "اللاتي";
}

// What the pronoun on token `tok` cannot be, or must be, by its clause (kNone: no constraint):
// - "من جانبه"، "من جهتها"، "بدوره": a discourse opener whose pronoun points forward to the next
//   clause's subject, which the clause names itself (→ none);
// - "ما وصفها بـ"، "من وصفهم بالشهداء": the pronoun stands for ما/من, a thing or people described (→ none);
// - a resumptive pronoun in a relative clause ("الجماعة التي يقودها"، "التضحيات التي يطالبهم بها"): it is
//   the relative clause's head, an actor only when the head is one (→ that mention, or none).
// Returns 1 when the pronoun has no actor, 2 with *head set when it is the head mention, 0 otherwise.
int ClauseConstraint(const Doc& doc, idx_t tok, Enclitic e, idx_t* head) {
  const Token& t = doc.tokens[tok];
  idx_t begin = doc.sentences[t.sentence].tokens.begin;
  if (doc.token_keys.size() <= tok) return 0;
  std::string_view key = doc.token_keys[tok];
  std::string_view prev = tok > begin ? std::string_view(doc.token_keys[tok - 1]) : std::string_view();
  if ((key == "جانب" || key == "جهه") && prev == "من") return 1;
  if (key == "دور" && (t.proclitics & kProBi)) return 1;
  if ((prev == "ما" || prev == "من") && (key == "وصف" || key == "وصفت" || key == "يصف" || key == "تصف" || key == "سمي"))
    return 1;
  // An indefinite relative clause, which has no relative pronoun: "انتفاضة دعمها حلف الأطلسي", "مهمة
  // دعمتها شخصيا", "تضحيات قد يطالبهم بها": ها on the word after an indefinite feminine noun or plural of
  // things (not a preposition's pronoun: "في رسالة لها" is hers) is that noun.
  if (e == Enclitic::kHa && t.enclitic == Enclitic::kHa) {
    idx_t k = tok;
    // (past "قد" and a closing quote, one written against the word before it: "لما وصفه التقرير
    // "أرباحا غير مستحقة" يحققها"; an opening one is no end of a noun: مؤكدة "إدانتها)
    auto closing_quote = [&](idx_t q) {
      return q > begin && (doc.tokens[q].flags & kTokQuote) && doc.tokens[q - 1].norm.end == doc.tokens[q].norm.begin;
    };
    while (k > begin && (doc.token_keys[k - 1] == "قد" || closing_quote(k - 1))) --k;
    // (The noun may be in construct with an indefinite genitive: "مفاوضات سلام تستضيفها مدينة جنيف".)
    auto bare_noun = [&](idx_t w, bool need_feminine) {
      const Token& n = doc.tokens[w];
      std::string_view nt = doc.TokenText(w);
      bool feminine = nt.size() > 4 && (nt.substr(nt.size() - 2) == "ه" || nt.substr(nt.size() - 4) == "ات");
      bool actor = false;
      for (const Mention& c : doc.mentions) actor = actor || (c.tokens.begin <= w && w < c.tokens.end);
      return (n.flags & kTokWord) && n.proclitics == 0 && n.enclitic == Enclitic::kNone && !actor &&
             (feminine || !need_feminine) && !Lexicon::IsPreposition(doc.token_keys[w]);
    };
    if (k > begin && bare_noun(k - 1, true)) return 1;
    if (k > begin + 1 && bare_noun(k - 1, false) && bare_noun(k - 2, true)) return 1;
  }
  // Walk back to a relative pronoun within three words of the clause; its gender and number must be
  // the pronoun's (in "فرنسا التي استضافته" the ه is the object, someone else).
  for (idx_t k = tok; k-- > begin && tok - k <= 3;) {
    if (!(doc.tokens[k].flags & kTokWord)) return 0;
    std::string_view text = doc.TokenText(k);  // the key drops the article: "التي" -> "تي"
    if (text.size() > 2 && text.substr(0, 2) == "و") text.remove_prefix(2);
    if (!IsRelativePronoun(text)) continue;
    bool agrees = (text == "التي" && e == Enclitic::kHa) || (text == "الذي" && e == Enclitic::kHu) ||
                  (text == "الذين" && e == Enclitic::kHum);
    if (!agrees || k == begin) return 0;
    for (idx_t m = 0; m < doc.mentions.size(); ++m) {
      const Mention& c = doc.mentions[m];
      if (c.tokens.end == k && c.via != MentionVia::kPronoun && !c.code.empty()) {
        *head = m;
        return 2;
      }
    }
    // No actor heads it: "التضحيات التي يطالبهم بها" — a plural of things takes التي and ها. (A head
    // that is no known actor may still be a person: "مبارك العجي الذي صنفته قطر".)
    // Nor does a definite feminine noun that is no actor ("العيادة التي تدعمها دول أوروبية": the clinic).
    std::string_view head_text = doc.TokenText(k - 1);
    if (text == "التي" && head_text.size() > 4 && head_text.substr(head_text.size() - 4) == "ات") return 1;
    const Token& ht = doc.tokens[k - 1];
    bool in_mention = false;
    for (const Mention& c : doc.mentions) in_mention = in_mention || (c.tokens.begin < k && k - 1 < c.tokens.end);
    return text == "التي" && (ht.flags & kTokWord) && (ht.proclitics & kProAl) && !in_mention ? 1 : 0;
  }
  return 0;
}

// `avoid` as ResolvePronoun reads it: one code, or with a final '*' every code that begins so.
bool Avoided(std::string_view code, std::string_view avoid) {
  if (avoid.empty()) return false;
  if (avoid.back() == '*') return code.compare(0, avoid.size() - 1, avoid.substr(0, avoid.size() - 1)) == 0;
  return code == avoid;
}

// Whether mention m stands within three words after a relative pronoun whose head is not m itself:
// "التي تمولها دول أوروبية" (not "الدول التي", whose head is the mention before the pronoun).
bool InRelativeClause(const Doc& doc, const Mention& m) {
  const idx_t begin = doc.sentences[m.sentence].tokens.begin;
  for (idx_t k = m.tokens.begin; k-- > begin && m.tokens.begin - k <= 3;) {
    if (!(doc.tokens[k].flags & kTokWord)) return false;
    std::string_view text = doc.TokenText(k);
    if (text.size() > 2 && text.substr(0, 2) == "و") text.remove_prefix(2);
    if (IsRelativePronoun(text)) return true;
  }
  return false;
}

// "قال المتحدث باسم الجيش الأميركي «فقدنا خمسة من جنودنا»": "we" in what a named speaker says is the
// speaker. The speaker is the actor of the sentence's named attribution (the claims layer's cue), and
// the pronoun lies outside the frame's own words. kNone when the sentence has no such frame.
idx_t Speaker(const Doc& doc, idx_t tok) {
  const idx_t sent = doc.tokens[tok].sentence;
  for (const Cue& c : doc.cues) {
    if (c.sentence != sent || c.kind != CueKind::kAttribution || c.label != "named" || c.mention == kNone) continue;
    if (tok >= c.tokens.begin && tok < c.tokens.end) continue;
    // A speaker who is only a pronoun ("وأضافت أن ...") was resolved by a guess already: not built on.
    if (doc.mentions[c.mention].code.empty() || doc.mentions[c.mention].via == MentionVia::kPronoun) continue;
    return c.mention;
  }
  return kNone;
}


}  // namespace

idx_t AddMentionOf(Doc& doc, idx_t tok, Range norm, idx_t antecedent, MentionVia via, bool plural, float confidence) {
  const Mention& a = doc.mentions[antecedent];
  Mention p;
  p.tokens = {tok, tok + 1};
  p.norm = norm;
  p.sentence = doc.tokens[tok].sentence;
  p.code = a.code;
  p.name = a.name;
  p.actor_id = a.actor_id;
  p.kind = a.kind;
  p.via = via;
  p.antecedent = antecedent;
  p.plural = plural;
  p.confidence = confidence;
  doc.mentions.push_back(std::move(p));
  return static_cast<idx_t>(doc.mentions.size() - 1);
}

idx_t FindAntecedent(const Doc& doc, idx_t tok, Enclitic e, std::string_view avoid, PronounHost host) {
  if (e == Enclitic::kNa) {
    const idx_t speaker = Speaker(doc, tok);
    return speaker == kNone || Avoided(doc.mentions[speaker].code, avoid) ? kNone : speaker;
  }
  if (e == Enclitic::kNone || e == Enclitic::kYa || e == Enclitic::kKa || e == Enclitic::kKum)
    return kNone;  // first singular and second person: the speaker as one person or the addressee
  idx_t sent = doc.tokens[tok].sentence;
  idx_t head = kNone;
  int constraint = ClauseConstraint(doc, tok, e, &head);
  if (constraint == 1) return kNone;
  // Named mentions in the whole article: its main actor is the usual antecedent of a pronoun.
  std::unordered_map<std::string, int> freq;
  int top = 0;
  for (const Mention& m : doc.mentions)
    if (!m.code.empty() && m.via == MentionVia::kName) top = std::max(top, ++freq[m.code]);
  idx_t best = kNone;
  double best_score = -1e9;
  int seen = 0;
  const idx_t subject = host == PronounHost::kPatientNoun ? kNone : ClauseSubject(doc, tok, host == PronounHost::kNoun);
  // The mentions before the pronoun in its sentence and the three before, nearest first. (Not the
  // list's order: the event stage appends mentions it finds late, "مواطنا فرنسيا" four sentences back.)
  std::vector<idx_t> order;
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.tokens.end > tok || m.code.empty() || m.via == MentionVia::kPronoun || sent - m.sentence > 3) continue;
    order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](idx_t a, idx_t b) {
    const idx_t ba = doc.mentions[a].tokens.begin, bb = doc.mentions[b].tokens.begin;
    return ba != bb ? ba > bb : a > b;
  });
  for (idx_t i : order) {
    const Mention& m = doc.mentions[i];
    // A reference the event stage laid over a noun of acts, pointing back to an actor ("الاتهامات" for
    // their maker, "بانتهاكات" for their perpetrator; confidence 0.5), is no antecedent: in "بانتهاكات ...
    // حكومة يعترف بها" the ها is the government's. (A place's state, with no antecedent, still is.)
    if (m.via == MentionVia::kDescription && m.antecedent != kNone && m.confidence <= 0.5f) continue;
    if (Avoided(m.code, avoid)) continue;
    int fit = Fit(doc, m, e);
    if (fit < 0) continue;
    ++seen;
    // An actor inside a relative clause on something else ("المدرسة التي تمولها دول أوروبية") is
    // background, less likely the one a later pronoun picks up than the clause's own actors.
    const double in_relative = InRelativeClause(doc, m) ? 2.0 : 0.0;
    int f = freq[m.code];
    double score = fit * 1.0 + std::min(3.0, f * 0.5) + (f == top && top >= 3 ? 1.0 : 0.0) - seen * 0.3 -
                   (sent - m.sentence) * 0.5 - in_relative;
    // "أعلنت وزيرة الخارجية الكورية الجنوبية ... إثر لقائها": a woman titled in the pronoun's own
    // sentence is its antecedent before the article's main state.
    if (e == Enclitic::kHa && m.sentence == sent && FemininePerson(doc, m)) score += 2.0;
    // (3: above the main actor's frequency bonus; on the dev articles 1 and 2 changed nothing)
    if (i == subject) score += 3.0;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  if (constraint == 2) best = !Avoided(doc.mentions[head].code, avoid) && Fit(doc, doc.mentions[head], e) >= 0 ? head : kNone;
  return best;
}

idx_t ResolvePronoun(Doc& doc, idx_t tok, Enclitic e, Range pronoun_norm, std::string_view avoid, PronounHost host) {
  const idx_t best = FindAntecedent(doc, tok, e, avoid, host);
  if (best == kNone) return kNone;
  // "we" is a group however many speak; other pronouns take their antecedent's number.
  const bool we = e == Enclitic::kNa;
  return AddMentionOf(doc, tok, pronoun_norm, best, MentionVia::kPronoun, we || doc.mentions[best].plural, we ? 0.6f : 0.7f);
}

}  // namespace mizan
