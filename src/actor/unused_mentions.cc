// Unused mentions (see unused_mentions.h).
#include "actor/unused_mentions.h"

#include "actor/coref.h"

#include <vector>

namespace mizan {

bool IsDatelineState(const Doc& doc, const Mention& m) {
  const idx_t b = m.tokens.begin;
  const idx_t first = doc.sentences[m.sentence].tokens.begin;
  return b >= first + 2 && b <= first + 3 && (doc.tokens[b - 1].flags & kTokPunct) && m.tokens.end < doc.tokens.size() &&
         doc.tokens[m.tokens.end].sentence == m.sentence && doc.TokenText(m.tokens.end) == "(";
}

// A place word right before it ("في ليبيا", "من ليبيا", "عند حدود سوريا"), ب on its own word ("وفدنا
// باليمن"), "الحدود مع" ("قرب الحدود مع الأردن"), a word that names a topic ("وبشأن سوريا", "وفي حالة
// تركيا"), or a dateline ("القاهرة، مصر (CNN)").
bool IntroducedAsPlaceOrTopic(const Doc& doc, const Lexicon& lex, const Mention& m) {
  if (doc.tokens[m.tokens.begin].proclitics & kProBi) return true;
  // "سوريا: استمرار المفاوضات حول درعا": a headline's topic, set off by a colon at the sentence's head.
  const idx_t first = doc.sentences[m.sentence].tokens.begin;
  if (m.tokens.begin == first && m.tokens.end < doc.tokens.size() && doc.tokens[m.tokens.end].sentence == m.sentence &&
      doc.TokenText(m.tokens.end) == ":")
    return true;
  if (m.tokens.begin == 0) return false;
  // "للمقاتلين في سوريا والعراق": a state joined by و to a place is a place too.
  if (doc.tokens[m.tokens.begin].proclitics & kProWa) {
    for (const Mention& o : doc.mentions)
      if (o.tokens.end == m.tokens.begin && o.sentence == m.sentence && o.kind == ActorKind::kState &&
          o.via != MentionVia::kPronoun && &o != &m && IntroducedAsPlaceOrTopic(doc, lex, o))
        return true;
  }
  const idx_t t = m.tokens.begin - 1;
  if (doc.tokens[t].sentence != m.sentence) return false;
  // A preposition with a pronoun on it governs the pronoun, not the next word ("ومنهم أبوظبي"); a noun
  // with its possessor's pronoun is said to be the state after it ("المرصد السوري، ومقره بريطانيا").
  if (doc.tokens[t].enclitic != Enclitic::kNone) {
    std::string_view prep;
    Enclitic e;
    if (Lexicon::IsPreposition(doc.token_keys[t]) || SplitPrepPronoun(doc.token_keys[t], &prep, &e)) return false;
  }
  if (lex.InClass(Lexicon::WordClass::kPlacePrep, doc.token_keys[t])) return true;
  if (lex.InClass(Lexicon::WordClass::kTopicPrep, doc.token_keys[t])) return true;  // "وبشأن سوريا"
  // "من ليبيا", "إلى باريس": a state's name or capital; a people ("من الروس") or a role ("من دول
  // الاتحاد") after من/إلى is more often a giver or a recipient than a place.
  // (A role that names a region, "المهاجرين من الدول الأفريقية", is a place too.)
  if (lex.InClass(Lexicon::WordClass::kOriginPrep, doc.token_keys[t]))
    return m.via == MentionVia::kRole ? m.code.size() == 3
                                      : !m.plural && (m.via == MentionVia::kName || m.via == MentionVia::kMetonym ||
                                                      m.via == MentionVia::kDescription);
  if (IsDatelineState(doc, m)) return true;
  return t > 0 && doc.token_keys[t] == "مع" && doc.token_keys[t - 1] == "حدود";
}

void DropUnusedMentions(Doc& doc, const Lexicon& lex) {
  const idx_t n = static_cast<idx_t>(doc.mentions.size());
  std::vector<bool> used(n, false);
  auto use = [&](idx_t m) {
    if (m != kNone && m < n) used[m] = true;
  };
  for (const Event& ev : doc.events) {
    use(ev.source.mention);
    use(ev.target.mention);
    use(ev.broker.mention);
  }
  for (const Cue& c : doc.cues) use(c.mention);
  // A mention that would go on its own ("اليمن" in "الأطراف المتحاربة في اليمن")
  std::vector<bool> droppable(n, false);
  for (idx_t i = 0; i < n; ++i) {
    const Mention& m = doc.mentions[i];
    droppable[i] = m.via == MentionVia::kPronoun || (m.kind == ActorKind::kState && IntroducedAsPlaceOrTopic(doc, lex, m));
  }
  // stays when a mention that stays refers to it; a referrer that goes itself ("في هذا البلد", a place
  // too) keeps nothing alive. Antecedents may point either way, so this runs to a fixed point.
  std::vector<bool> drop(n, false);
  for (bool changed = true; changed;) {
    changed = false;
    for (idx_t i = 0; i < n; ++i) {
      bool d = droppable[i] && !used[i];
      if (d != drop[i]) drop[i] = d, changed = true;
    }
    for (idx_t i = 0; i < n; ++i)
      if (!drop[i] && doc.mentions[i].antecedent != kNone && doc.mentions[i].antecedent < n &&
          !used[doc.mentions[i].antecedent]) {
        used[doc.mentions[i].antecedent] = true;
        changed = true;
      }
  }
  doc.EraseMentions(drop);
}

}  // namespace mizan
