#include "mizan/doc.h"

#include <algorithm>

namespace mizan {

const char* CertaintyName(Certainty c) {
  switch (c) {
    case Certainty::kAsserted: return "asserted";
    case Certainty::kReported: return "reported";
    case Certainty::kHedged: return "hedged";
    case Certainty::kDenied: return "denied";
  }
  return "asserted";
}

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kState: return "state";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kGroup: return "group";
  }
  return "state";
}

const char* MentionViaName(MentionVia v) {
  switch (v) {
    case MentionVia::kName: return "name";
    case MentionVia::kRole: return "role";
    case MentionVia::kPronoun: return "pronoun";
    case MentionVia::kDescription: return "description";
    case MentionVia::kMetonym: return "metonym";
  }
  return "name";
}

const char* CueKindName(CueKind k) {
  switch (k) {
    case CueKind::kAttribution: return "attribution";
    case CueKind::kCertainty: return "certainty";
    case CueKind::kNegation: return "negation";
    case CueKind::kBroker: return "broker";
    case CueKind::kPlace: return "place";
  }
  return "attribution";
}

Doc::Doc(std::string doc_id, std::string text) : id(std::move(doc_id)), text_(std::move(text)) {}

void Doc::EraseMentions(const std::vector<bool>& drop) {
  const idx_t n = static_cast<idx_t>(mentions.size());
  std::vector<idx_t> new_index(n, kNone);
  idx_t kept = 0;
  for (idx_t i = 0; i < n; ++i)
    if (i >= drop.size() || !drop[i]) new_index[i] = kept++;
  if (kept == n) return;
  auto remap = [&](idx_t& m) {
    if (m != kNone) m = m < n ? new_index[m] : kNone;
  };
  for (idx_t i = 0; i < n; ++i)
    if (new_index[i] != kNone && new_index[i] != i) mentions[new_index[i]] = std::move(mentions[i]);
  mentions.resize(kept);
  for (Mention& m : mentions) remap(m.antecedent);
  for (Cue& c : cues) remap(c.mention);
  for (Event& ev : events) {
    remap(ev.source.mention);
    remap(ev.target.mention);
    remap(ev.broker.mention);
  }
}

bool Doc::Has(std::string_view stage) const {
  return std::find(done.begin(), done.end(), stage) != done.end();
}

Range Doc::TokensNorm(Range toks) const {
  if (toks.empty() || toks.end > tokens.size()) return {0, 0};
  return {tokens[toks.begin].norm.begin, tokens[toks.end - 1].norm.end};
}

Range Doc::OrigBytes(Range r) const {
  if (norm_to_orig.empty()) return r;  // not normalized: identity
  idx_t b = r.begin < norm_to_orig.size() ? norm_to_orig[r.begin] : static_cast<idx_t>(text_.size());
  idx_t e = r.end < norm_to_orig.size() ? norm_to_orig[r.end] : static_cast<idx_t>(text_.size());
  // Marks removed by normalization (tashkeel, tatweel, zero-width) that follow the last character
  // belong to it; but never swallow trailing spaces: trim back over ASCII whitespace.
  // Also trim invisible direction and zero-width marks (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069,
  // U+FEFF) that normalization removed after the word: they are not part of the evidence.
  auto invisible_before = [&](idx_t pos) -> idx_t {
    if (pos >= b + 3) {
      auto c0 = static_cast<unsigned char>(text_[pos - 3]), c1 = static_cast<unsigned char>(text_[pos - 2]),
           c2 = static_cast<unsigned char>(text_[pos - 1]);
      if (c0 == 0xE2 && c1 == 0x80 && ((c2 >= 0x8B && c2 <= 0x8F) || (c2 >= 0xAA && c2 <= 0xAE))) return 3;
      if (c0 == 0xE2 && c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9) return 3;
      if (c0 == 0xEF && c1 == 0xBB && c2 == 0xBF) return 3;
    }
    return 0;
  };
  while (e > b) {
    char c = text_[e - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      --e;
    } else if (idx_t n = invisible_before(e)) {
      e -= n;
    } else {
      break;
    }
  }
  return {b, std::max(b, e)};
}

idx_t Doc::CodePointAt(idx_t orig_byte) const {
  if (cp_checkpoints_.empty()) {
    cp_checkpoints_.reserve(text_.size() / 64 + 2);
    idx_t cps = 0;
    for (size_t i = 0; i < text_.size(); ++i) {
      if (i % 64 == 0) cp_checkpoints_.push_back(cps);
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cps;
    }
    cp_checkpoints_.push_back(cps);
  }
  orig_byte = std::min<idx_t>(orig_byte, static_cast<idx_t>(text_.size()));
  size_t k = orig_byte / 64;
  if (k >= cp_checkpoints_.size()) k = cp_checkpoints_.size() - 1;
  idx_t cps = cp_checkpoints_[k];
  for (size_t i = k * 64; i < orig_byte; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cps;
  return cps;
}

Range Doc::OrigCodePoints(Range norm_range) const {
  Range b = OrigBytes(norm_range);
  return {CodePointAt(b.begin), CodePointAt(b.end)};
}

std::string Doc::OrigText(Range norm_range) const {
  Range b = OrigBytes(norm_range);
  return text_.substr(b.begin, b.size());
}

}  // namespace mizan
