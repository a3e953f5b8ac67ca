// ResolveEventClaims: which cues of Doc::cues govern one event (declared in attrib/claim_stage.h).
#include <algorithm>

#include "attrib/claim_words.h"
#include "attrib/claim_stage.h"
#include "time/event_date.h"

namespace mizan {
namespace {

Certainty ToCertainty(std::string_view label) {
  if (label == "reported") return Certainty::kReported;
  if (label == "hedged") return Certainty::kHedged;
  if (label == "denied") return Certainty::kDenied;
  return Certainty::kAsserted;
}

bool HasClauseSep(const Doc& doc, idx_t from, idx_t to) {
  for (idx_t k = from; k < to; ++k)
    if (IsClauseSep(doc, k)) return true;
  return false;
}

int CountClauseSeps(const Doc& doc, idx_t from, idx_t to) {
  int n = 0;
  for (idx_t k = from; k < to; ++k) n += IsClauseSep(doc, k);
  return n;
}

bool StartsWithWa(std::string_view p) { return p.size() > 2 && p.substr(0, 2) == "\xd9\x88"; }

// Broker cues that name a mediation (بوساطة، برعاية) beat channels (عبر، من خلال) in the same sentence.
bool IsMediation(const Doc& doc, const Cue& c) {
  std::string_view p = doc.Norm(c.norm);
  return p.find("\xd9\x88\xd8\xb3\xd8\xa7\xd8\xb7") != std::string_view::npos ||        // وساط
         p.find("\xd8\xb1\xd8\xb9\xd8\xa7\xd9\x8a\xd9\x87") != std::string_view::npos;  // رعايه
}

// Between a speech verb (ending at `from`) and the trigger at `to`: a complementizer, a future verb
// (س، سوف، لن) after it, then "، و" + an act verb (one of verb_heads, else the trigger of an earlier
// event of the sentence). Returns that comma, else kNone.
idx_t FutureThenMainVerb(const Doc& doc, const FormCache& forms, idx_t from, idx_t to,
                         const std::vector<idx_t>* verb_heads) {
  bool comp = false, future = false;
  for (idx_t k = from; k < to; ++k) {
    if (!comp) {
      comp = IsComplementizer(forms, k);
      continue;
    }
    if ((doc.tokens[k].proclitics & kProSa) || PlainIs(forms, k, "سوف") || PlainIs(forms, k, "لن")) future = true;
    if (!future || !IsClauseSep(doc, k) || k + 1 >= to || !StartsWithWa(forms.Plain(k + 1))) continue;
    if (verb_heads && std::binary_search(verb_heads->begin(), verb_heads->end(), k + 1)) return k;
    // The sentence's earlier events are the last ones emitted: look back only as far as the frame.
    for (auto e = doc.events.rbegin(); e != doc.events.rend() && e->trigger_tokens.end > from; ++e)
      if (e->trigger_tokens.begin == k + 1) return k;
  }
  return kNone;
}

}  // namespace

void ResolveEventClaims(const Doc& doc, Event& ev, const std::vector<idx_t>* verb_heads) {
  // When: the date phrase that governs the trigger (time/event_date.h), else the story's date.
  if (ev.sentence < doc.sentences.size()) ev.time = PickEventTime(doc, ev);
  ev.attribution = kNone;
  ev.certainty = Certainty::kAsserted;
  ev.place = kNone;
  ev.has_broker = false;
  ev.broker = EventActor();
  if (ev.sentence >= doc.sentences.size() || doc.tokens.empty()) return;
  const Range sr = doc.sentences[ev.sentence].tokens;
  const FormCache forms(doc, sr);  // this sentence only: the event stage calls this once per event
  const idx_t t0 = std::clamp(ev.trigger_tokens.begin, sr.begin, sr.end);
  const idx_t t1 = std::max(t0 + 1, std::min(ev.trigger_tokens.end, sr.end));

  // Frames before the trigger govern it, back to the last strong boundary (فيما، بينما، في حين).
  idx_t left = sr.begin;
  for (idx_t k = sr.begin; k < t0; ++k) {
    if (idx_t n = StrongBoundaryAt(forms, k, t0)) left = k + n;
    // "قال الوزير إن …، وذلك في تعليق على …": the author's own context after the reported clause.
    if (IsClauseSep(doc, k) && k + 1 < t0 && forms.Plain(k + 1) == "وذلك") left = k + 1;
  }

  std::vector<idx_t> in;  // this sentence's cues
  for (idx_t i = 0; i < doc.cues.size(); ++i)
    if (doc.cues[i].sentence == ev.sentence) in.push_back(i);
  auto before = [&](CueKind kind, std::string_view label) {
    idx_t best = kNone;
    for (idx_t i : in) {
      const Cue& c = doc.cues[i];
      if (c.kind != kind || c.tokens.begin < left || c.tokens.end > t0) continue;
      if (!label.empty() && c.label != label) continue;
      if (best == kNone || c.tokens.begin >= doc.cues[best].tokens.begin) best = i;
    }
    return best;
  };

  // A denial (نفى، كذّب) governs its own complement; "، و<verb>" after it starts the denier's next act,
  // "، فإن" / "، لكن" the main clause a concessive denial was subordinate to.
  idx_t deny = before(CueKind::kCertainty, "denied");
  if (deny != kNone) {
    for (idx_t k = doc.cues[deny].tokens.end; k < t0; ++k)
      if (IsClauseSep(doc, k) && k + 1 < sr.end &&
          (StartsWithWa(forms.Plain(k + 1)) || PlainIs(forms, k + 1, "فان") || PlainIs(forms, k + 1, "لكن"))) {
        left = k + 1;
        deny = kNone;
        break;
      }
  }
  if (deny != kNone) {
    ev.certainty = Certainty::kDenied;
    ev.negated = true;
    const Cue& d = doc.cues[deny];
    for (idx_t i : in) {  // the denier: the source right after the verb
      const Cue& c = doc.cues[i];
      if (c.kind == CueKind::kAttribution && c.tokens.begin >= d.tokens.begin && c.tokens.begin <= d.tokens.end + 3 &&
          c.tokens.end <= t0) {
        ev.attribution = i;
        break;
      }
    }
    if (ev.attribution == kNone) ev.attribution = before(CueKind::kAttribution, "");
  } else {
    ev.attribution = before(CueKind::kAttribution, "");
    idx_t cert = before(CueKind::kCertainty, "");
    // An accusation frames its own clause only: "اتهم X Y بالتدخل، وطالبه بالكف" — the coordinated
    // demand after the comma is the accuser's next act, in the author's voice.
    if (cert != kNone && IsAccusationVerb(forms, doc.cues[cert].tokens.begin) &&
        HasClauseSep(doc, doc.cues[cert].tokens.end, t0)) {
      if (ev.attribution != kNone && doc.cues[ev.attribution].tokens.begin >= doc.cues[cert].tokens.begin)
        ev.attribution = kNone;
      cert = kNone;
    }
    // "أعلن أنه سيتخذ إجراءات، وانضم إلى بريطانيا في …": a future in the reported clause, then "، و" and
    // a verb that is itself an earlier event of the sentence: that perfect continues the main clause,
    // in the author's voice, not the announcement.
    if (cert != kNone && ev.attribution != kNone && !IsPrepositionalFrame(forms, doc.cues[cert].tokens.begin)) {
      if (const idx_t sep = FutureThenMainVerb(doc, forms, doc.cues[cert].tokens.end, t0, verb_heads); sep != kNone) {
        if (doc.cues[ev.attribution].tokens.end <= sep) ev.attribution = kNone;  // the speaker, before or after his verb
        cert = kNone;
      }
    }
    if (cert != kNone) ev.certainty = ToCertainty(doc.cues[cert].label);
    if (ev.attribution == kNone) {
      // "…، بحسب تسريبات": a prepositional frame after the event, before any strong boundary.
      for (idx_t i : in) {
        const Cue& c = doc.cues[i];
        if (c.kind != CueKind::kCertainty || c.tokens.begin < t1) continue;
        if (HasStrongBoundary(forms, t1, c.tokens.begin)) break;
        if (!IsPrepositionalFrame(forms, c.tokens.begin) && !IsAsSaidFrame(forms, c.tokens.begin)) continue;
        // ("وفق ما ذكر وقتها المرصد": "ما", its verb and a time word before the source)
        const idx_t reach = c.tokens.end < sr.end && forms.Plain(c.tokens.end) == "ما" ? 4 : 2;
        for (idx_t j : in) {
          const Cue& a = doc.cues[j];
          if (a.kind == CueKind::kAttribution && a.tokens.begin >= c.tokens.end && a.tokens.begin <= c.tokens.end + reach) {
            ev.attribution = j;
            if (cert == kNone) ev.certainty = ToCertainty(c.label);
            break;
          }
        }
        break;
      }
    }
  }

  // "وحول زيارة الرئيس …، قال المتحدث إن": a fronted topic is reported by the speech verb after it.
  if (ev.attribution == kNone && deny == kNone && IsTopicOpener(forms, sr.begin)) {
    idx_t sep = sr.begin;
    while (sep < sr.end && !IsClauseSep(doc, sep)) ++sep;
    for (idx_t i : in) {
      const Cue& c = doc.cues[i];
      if (t1 > sep || c.kind != CueKind::kCertainty || c.label == "hedged" || c.tokens.begin <= sep ||
          c.tokens.begin > sep + 3)
        continue;
      for (idx_t j : in) {
        const Cue& a = doc.cues[j];
        if (a.kind == CueKind::kAttribution && a.tokens.begin >= c.tokens.end && a.tokens.begin <= c.tokens.end + 2) {
          ev.attribution = j;
          ev.certainty = ToCertainty(c.label);
          break;
        }
      }
      break;
    }
  }
  // A statement whose trigger is the speech verb itself ("قال بولتون إن"): the speaker is its source.
  if (ev.attribution == kNone && deny == kNone) {
    for (idx_t i : in) {
      const Cue& c = doc.cues[i];
      if (c.kind != CueKind::kCertainty || c.label == "hedged" || c.label == "denied" ||
          c.tokens.begin >= t1 || c.tokens.end <= t0)
        continue;
      if (IsAccusationVerb(forms, c.tokens.begin)) break;  // "اتهمت إيران إسرائيل": the accuser's own act
      for (idx_t j : in) {
        const Cue& a = doc.cues[j];
        if (a.kind == CueKind::kAttribution && a.tokens.begin >= c.tokens.end && a.tokens.begin <= c.tokens.end + 2) {
          ev.attribution = j;
          break;
        }
      }
      break;
    }
  }
  // The press relays and leaks are relayed: what they say is reported, unless hedged or denied.
  if (ev.attribution != kNone && (doc.cues[ev.attribution].label == "media" || doc.cues[ev.attribution].label == "leaks") &&
      ev.certainty == Certainty::kAsserted)
    ev.certainty = Certainty::kReported;

  // Negation: a particle within two tokens before the trigger, in the same clause. A verb of
  // avoiding may have its subject first: "وتجنب الرئيس الفرنسي تقديم التهنئة" (the two tokens count
  // from the end of a named actor right after the cue).
  for (idx_t i : in) {
    const Cue& c = doc.cues[i];
    if (c.kind != CueKind::kNegation || c.tokens.end > t0 || HasClauseSep(doc, c.tokens.end, t0)) continue;
    idx_t from = c.tokens.end;
    for (const Mention& m : doc.mentions)
      if (m.tokens.begin == c.tokens.end && m.via != MentionVia::kPronoun && m.tokens.end <= t0)
        from = std::max(from, m.tokens.end);
    if (t0 - c.tokens.end <= 2 || t0 - from <= 2) ev.negated = true;
  }

  // Broker: the nearest channel after the trigger in the sentence (or just before it), mediations first.
  long best_cost = 0;
  for (idx_t i : in) {
    const Cue& c = doc.cues[i];
    if (c.kind != CueKind::kBroker) continue;
    const bool by_state = c.mention == kNone && !c.country.empty();  // "بوساطة قطرية"
    if (!by_state) {
      if (c.mention == kNone || c.mention >= doc.mentions.size()) continue;
      if (c.mention == ev.source.mention || c.mention == ev.target.mention) continue;
      if (doc.mentions[c.mention].confidence < 0.6f) continue;  // a guess ("عبر قنوات") is no broker
    } else if (ev.source.code.compare(0, 3, c.country) == 0 || ev.target.code.compare(0, 3, c.country) == 0) {
      continue;  // the mediator is never a side
    }
    long cost;
    const bool mediation = IsMediation(doc, c);
    if (c.tokens.begin >= t1) {
      // A channel (عبر) belongs to a nearby verb; a mediation reaches further; "وذلك بوساطة" the whole clause.
      bool whole = false;  // "وذلك بوساطة", "في خطوة جاءت بوساطة": the mediation of the whole clause
      for (idx_t k = c.tokens.begin > sr.begin + 3 ? c.tokens.begin - 3 : sr.begin; k < c.tokens.begin; ++k)
        whole |= FormIsAny(forms, k, {"ذلك", "خطوه", "جاء", "جاءت", "تم", "تمت"});
      const idx_t reach = whole ? sr.end : mediation ? 12 : 8;
      if (HasStrongBoundary(forms, t1, c.tokens.begin) || c.tokens.begin - t1 > reach) continue;
      cost = c.tokens.begin - t1;
    } else if (c.tokens.end <= t0) {
      if (t0 - c.tokens.end > 6 || HasClauseSep(doc, c.tokens.end, t0)) continue;
      cost = 50 + (t0 - c.tokens.end);
    } else {
      continue;  // the trigger is the mediation itself ("بوساطة صينية")
    }
    if (mediation) cost -= 100;
    if (!ev.has_broker || cost < best_cost) {
      ev.has_broker = true;
      if (by_state) {
        Range adj = c.tokens.end > 0 ? doc.tokens[c.tokens.end - 1].norm : c.norm;
        ev.broker = EventActor{kNone, c.country, std::string(doc.Norm(adj)), adj};
      } else {
        const Mention& m = doc.mentions[c.mention];
        ev.broker = EventActor{c.mention, m.code, m.name, m.norm};
      }
      best_cost = cost;
    }
  }

  // Place: the place phrase of the trigger's clause, after it preferred.
  long best_place = 0;
  for (idx_t i : in) {
    const Cue& c = doc.cues[i];
    if (c.kind != CueKind::kPlace) continue;
    long cost;
    if (c.tokens.begin >= t1) {
      if (c.tokens.begin - t1 > 12 || HasStrongBoundary(forms, t1, c.tokens.begin) ||
          CountClauseSeps(doc, t1, c.tokens.begin) > 2)
        continue;
      cost = c.tokens.begin - t1;
    } else if (c.tokens.end <= t0) {
      if (t0 - c.tokens.end > 5 || HasClauseSep(doc, c.tokens.end, t0)) continue;
      cost = 20 + (t0 - c.tokens.end);
    } else {
      cost = 0;
    }
    if (ev.place == kNone || cost < best_place) ev.place = i, best_place = cost;
  }
}

}  // namespace mizan
