// Place-only mentions (see place_mentions.h).
#include "actor/place_mentions.h"

#include <utility>
#include <vector>

namespace mizan {
namespace {

// Whether the state mention m is introduced as a place: a place word right before it ("في ليبيا"),
// or "الحدود مع" ("قرب الحدود مع الأردن").
bool IntroducedAsPlace(const Doc& doc, const Lexicon& lex, const Mention& m) {
  if (m.tokens.begin == 0) return false;
  const idx_t t = m.tokens.begin - 1;
  if (doc.tokens[t].sentence != m.sentence) return false;
  if (lex.InClass(Lexicon::WordClass::kPlacePrep, doc.token_keys[t])) return true;
  return t > 0 && doc.token_keys[t] == "مع" && doc.token_keys[t - 1] == "حدود";
}

}  // namespace

void DropPlaceOnlyStates(Doc& doc, const Lexicon& lex) {
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
  for (const Mention& m : doc.mentions) use(m.antecedent);
  std::vector<idx_t> new_index(n, kNone);
  std::vector<Mention> kept;
  kept.reserve(n);
  for (idx_t i = 0; i < n; ++i) {
    const Mention& m = doc.mentions[i];
    if (!used[i] && m.kind == ActorKind::kState && m.via != MentionVia::kPronoun && IntroducedAsPlace(doc, lex, m))
      continue;
    new_index[i] = static_cast<idx_t>(kept.size());
    kept.push_back(m);
  }
  if (static_cast<idx_t>(kept.size()) == n) return;
  auto remap = [&](idx_t& m) {
    if (m != kNone && m < n) m = new_index[m];
  };
  for (Mention& m : kept) remap(m.antecedent);
  for (Event& ev : doc.events) {
    remap(ev.source.mention);
    remap(ev.target.mention);
    remap(ev.broker.mention);
  }
  for (Cue& c : doc.cues) remap(c.mention);
  doc.mentions = std::move(kept);
}

}  // namespace mizan
