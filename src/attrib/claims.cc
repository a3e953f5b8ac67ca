#include "attrib/claim_stage.h"

#include <algorithm>

#include <fmt/format.h>

#include "attrib/claim_words.h"
#include "place/place_cues.h"

namespace mizan {
namespace {

// Stronger kinds win when a source phrase holds several cue words ("مصادر إعلامية": media, not anonymous).
int Rank(std::string_view kind) {
  if (kind == "leaks") return 5;
  if (kind == "close-to-actor") return 4;
  if (kind == "media") return 3;
  if (kind == "anonymous") return 2;
  return 1;  // named
}

bool IsPunctStop(const Doc& doc, idx_t t) {
  const Token& tok = doc.tokens[t];
  if (!(tok.flags & kTokPunct) || (tok.flags & kTokQuote)) return false;
  std::string_view p = doc.TokenText(t);
  return p != "(" && p != ")";
}

// The mention that starts first in [b, e) (the longest on a tie), or kNone.
idx_t FirstMention(const Doc& doc, idx_t b, idx_t e) {
  idx_t best = kNone;
  for (idx_t i = 0; i < doc.mentions.size(); ++i) {
    const Range r = doc.mentions[i].tokens;
    if (r.begin < b || r.begin >= e) continue;
    if (best == kNone || r.begin < doc.mentions[best].tokens.begin ||
        (r.begin == doc.mentions[best].tokens.begin && r.size() > doc.mentions[best].tokens.size()))
      best = i;
  }
  return best;
}

// Where a source phrase that starts at b ends: before a complementizer, a clause separator (unless
// what follows is "طلب عدم ذكر اسمه", which belongs to it and makes it anonymous), other punctuation,
// a time word, "في بيان/تصريح", the reported object (أنباء، معلومات) or, for verbs, "عن".
idx_t SourceEnd(const FormCache& f, idx_t b, idx_t end, bool stop_at_an, bool* anonymous) {
  const Doc& doc = f.doc();
  *anonymous = false;
  idx_t k = b;
  for (; k < end && k < b + 9; ++k) {
    if (IsClauseSep(doc, k)) {
      idx_t v = k + 1;
      if (v < end && FormIsAny(f, v, {"الذي", "التي", "ذي"})) ++v;
      if (v + 1 < end && FormIsAny(f, v, {"طلب", "طلبت", "فضل", "فضلت", "رفض", "رفضت", "اشترط", "اشترطت"}) &&
          FormIsAny(f, v + 1, {"عدم", "كشف"})) {
        *anonymous = true;
        idx_t e = v + 2;
        while (e < end && e < v + 7 && !IsClauseSep(doc, e) && !IsComplementizer(f, e)) ++e;
        return e;
      }
      break;
    }
    if (IsPunctStop(doc, k) || IsComplementizer(f, k) || (k > b && IsTimeWord(f, k))) break;
    // "وقال البيان "بخصوص …": a quotation opens the reported content; a name in quotes closes within
    // three words and stays part of the source (صحيفة "الوطن" السعودية).
    if (k > b && (doc.tokens[k].flags & kTokQuote)) {
      idx_t q = k + 1;
      while (q < end && q <= k + 4 && !(doc.tokens[q].flags & kTokQuote)) ++q;
      if (q >= end || q > k + 4) break;
      k = q;
      continue;
    }
    if (stop_at_an && k > b && PlainIs(f, k, "عن")) break;
    if (k > b && FormIsAny(f, k, {"انباء", "معلومات", "تفاصيل", "خبر", "نبا"}) && !FormIsAny(f, k - 1, {"وكاله"}))
      break;
    if (k > b && (PlainIs(f, k, "ما") || PlainIs(f, k, "اي"))) break;  // "كذبت الرئاسة ما نشرته ..."
    if (k > b && (PlainIs(f, k, "الي") || PlainIs(f, k, "خلال"))) break;  // "أشارت المصادر إلى"
    if (k > b && PlainIs(f, k, "في") && k + 1 < end &&
        FormIsAny(f, k + 1, {"بيان", "تصريح", "تصريحات", "حديث", "مقابله", "موتمر", "رساله"}))
      break;
  }
  return k;
}

// A source phrase that ran into the reported content with no boundary ("أكدت مصادر مقربة منه عقده
// لقاء"): it ends with the first actor mention in it and the mentions right after that one.
idx_t CutAtMentions(const Doc& doc, idx_t b, idx_t e) {
  idx_t first = FirstMention(doc, b, e);
  if (first == kNone) return e;
  idx_t end = doc.mentions[first].tokens.end;
  for (idx_t next; end < e && (next = FirstMention(doc, end, end + 1)) != kNone;)
    end = doc.mentions[next].tokens.end;
  return std::min(end, e);
}

// A reported clause follows: أن/إن, a quotation, a colon.
bool OpensContent(const FormCache& f, idx_t t, idx_t end) {
  if (t >= end) return false;
  const Doc& doc = f.doc();
  if (IsComplementizer(f, t) || (doc.tokens[t].flags & kTokQuote) || f.Plain(t) == ":") return true;
  // "أشار الوزير إلى أن": the complementizer after إلى.
  if (t + 1 < end && PlainIs(f, t, "الي") && IsComplementizer(f, t + 1)) return true;
  // "وقالت قيادة القوات الأمريكية في افريقيا في بيان إن": where and how it was said, a chain of
  // prepositional phrases before the complementizer, within six words and no comma.
  if (PlainIs(f, t, "في") || PlainIs(f, t, "خلال") || PlainIs(f, t, "عبر")) {
    for (idx_t k = t + 1; k < end && k < t + 7; ++k) {
      if (IsClauseSep(doc, k) || IsPunctStop(doc, k) || StrongBoundaryAt(f, k, end) > 0) return false;
      if (IsComplementizer(f, k)) return true;
    }
  }
  // "، أمس، أن" / "، مستشار الرئيس للأمن القومي، إن" / "، خلال زيارة …، بعد يومين …، أن": look past
  // appositions and adverbials, up to three clause separators and 30 words, never past a strong boundary.
  if (IsClauseSep(doc, t)) {
    int seps = 1;
    for (idx_t k = t + 1; k < end && k < t + 30; ++k) {
      if (StrongBoundaryAt(f, k, end) > 0) return false;
      if (IsClauseSep(doc, k)) {
        if (++seps > 3) return false;
        continue;
      }
      if (IsComplementizer(f, k)) return IsClauseSep(doc, k - 1) || k < t + 6;
      if (doc.tokens[k].flags & kTokQuote) return k < t + 6;
    }
  }
  return false;
}

Cue MakeCue(const Doc& doc, CueKind kind, idx_t s, idx_t b, idx_t e, std::string label) {
  Cue c;
  c.kind = kind;
  c.tokens = {b, e};
  c.norm = doc.TokensNorm({b, e});
  c.sentence = s;
  c.label = std::move(label);
  return c;
}

// The last attribution cue before this point (already in doc.cues or in `local`); when
// `paragraph` != kNone only one of that paragraph or a later one.
const Cue* LastAttribution(const Doc& doc, const std::vector<Cue>& local, idx_t paragraph) {
  for (auto it = local.rbegin(); it != local.rend(); ++it)
    if (it->kind == CueKind::kAttribution) return &*it;
  for (auto it = doc.cues.rbegin(); it != doc.cues.rend(); ++it) {
    if (it->kind != CueKind::kAttribution) continue;
    if (paragraph != kNone && doc.sentences[it->sentence].paragraph < paragraph) return nullptr;
    return &*it;
  }
  return nullptr;
}

// An outcome in the field that an actor announces ("أعلن الجيش مقتل 71 مسلحا", "القبض على ستة"): the
// announcer reports it; it is not an act of announcing.
bool IsOutcomeNoun(const FormCache& f, idx_t k) {
  return FormIsAny(f, k, {"مقتل", "مصرع", "بدء", "انطلاق", "قبض", "اعتقال", "توقيف", "ضبط", "احباط", "تدمير",
                          "اسقاط", "تحرير", "استعاده", "سيطره", "اصابه", "شن", "تصفيه"});
}

// A token that looks like an imperfect verb (يفعل، تفعل، نفعل), for "قد" + imperfect = hedge.
bool LooksImperfect(const FormCache& f, idx_t t) {
  std::string_view p = f.Plain(t);
  if (p.substr(0, 2) == "\xd9\x8a") return true;  // ي
  // ت ن, but not a perfect in -ت -ا -وا -تا -نا (نقلت، توصلتا)
  if (p.substr(0, 2) == "\xd8\xaa" || p.substr(0, 2) == "\xd9\x86")
    return !p.ends_with("\xd8\xaa") && !p.ends_with("\xd8\xa7");
  return false;
}

}  // namespace

StatusOr<std::unique_ptr<ClaimStage>> ClaimStage::Create(const std::string& data_dir) {
  ASSIGN_OR_RETURN(CueTable cues, CueTable::Load(data_dir + "/attrib/cues.tsv"));
  ASSIGN_OR_RETURN(Gazetteer places, Gazetteer::Load(data_dir + "/places/gazetteer.tsv"));
  return std::make_unique<ClaimStage>(std::move(cues), std::move(places));
}

Status ClaimStage::Process(Doc& doc) const {
  if (!doc.Has("segment")) return FailedPrecondition("ar.claims.v7 needs the segment stage");
  FormCache forms(doc);
  const std::map<std::string, int> counts = CountryCounts(places_, forms);
  for (idx_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceCues(forms, s, doc);
    std::vector<Cue> places;
    FindPlaceCues(places_, forms, s, counts, &places);
    for (Cue& c : places) doc.cues.push_back(std::move(c));
  }
  return Status::Ok();
}

void ClaimStage::SentenceCues(const FormCache& f, idx_t s, Doc& doc) const {
  const Range sr = doc.sentences[s].tokens;
  std::vector<Cue> local;
  std::vector<CueMatch> m;

  // Classifies the source phrase [b, e) and appends its attribution cue.
  // Returns where the source phrase ends: a close-to-actor phrase ends with its actor ("مقربة منه").
  auto add_source = [&](idx_t b, idx_t e, bool anonymous_ext, const std::vector<CueMatch>& verb) -> idx_t {
    std::string kind = "named";
    idx_t mention = kNone;
    bool backref = false;
    for (const CueMatch& vm : verb)
      if (vm.row->kind == CueKind::kAttribution && Rank(vm.row->label) > Rank(kind)) kind = vm.row->label;
    std::vector<CueMatch> in;
    for (idx_t k = b; k < e; ++k) {
      cues_.MatchAt(f, k, e, &in);
      for (const CueMatch& cm : in) {
        if (cm.row->kind != CueKind::kAttribution || Rank(cm.row->label) <= Rank(kind)) continue;
        // "مسؤول أمني في الموقع": the site where he is, not a website.
        if (cm.row->label == "media" && k > b && PlainIs(f, k - 1, "في") && FormIsAny(f, k, {"موقع"})) continue;
        kind = cm.row->label;
        backref = kind == "anonymous" && k == b && HasArticle(f, k);
        if (kind == "close-to-actor") {
          const idx_t min_tok = k + cm.length - 1;  // "من", or "منه" with the actor as its suffix
          mention = FirstMention(doc, min_tok, e);
          if (f.Plain(min_tok) != "\xd9\x85\xd9\x86") {
            e = min_tok + 1;
            if (mention != kNone && doc.mentions[mention].tokens.begin > min_tok) mention = kNone;
          } else if (mention != kNone && doc.mentions[mention].tokens.begin == min_tok + 1) {
            e = std::min(e, doc.mentions[mention].tokens.end);
          }
          break;
        }
      }
      if (kind == "close-to-actor") break;
    }
    if (anonymous_ext && Rank(kind) < Rank("anonymous")) kind = "anonymous", backref = false;
    // "قال مسؤولون إيطاليون"، "عن مسؤول عسكري"، "دبلوماسيون غربيون": an indefinite official, diplomat or
    // officer is not identified, so the source is anonymous (a definite "المسؤول الليبي" stays named).
    if (kind == "named" && b < e && !HasArticle(f, b) &&
        FormIsAny(f, b, {"مسوول", "مسوولون", "مسوولين", "مسوولان", "مسوولا", "دبلوماسي", "دبلوماسيون",
                         "دبلوماسيين", "ضابط", "ضباط", "موظف", "موظفون", "موظفين", "عضو", "اعضاء", "ناشطون",
                         "ناشطين", "سكان", "مراقبون", "محللون", "خبراء", "قيادي", "قياديون", "عناصر"}))
      kind = "anonymous";
    if (backref) {  // "المصدر": the source named before; close-to-actor sources stay anonymous
      const Cue* last = LastAttribution(doc, local, kNone);
      kind = last && last->label == "named" ? "named" : "anonymous";
      if (last && kind == "named") mention = last->mention;
    }
    // "وقالت أمام البرلمان إن": a phrase that opens with a preposition is where or to whom it was said;
    // the speaker is the verb's unnamed subject, not the actor after the preposition.
    const bool adverbial = b < e && FormIsAny(f, b, {"امام", "خلال", "اثناء", "لدي", "عند", "عبر", "في"});
    if (kind == "named") mention = adverbial ? kNone : FirstMention(doc, b, e);
    Cue c = MakeCue(doc, CueKind::kAttribution, s, b, e, kind);
    c.norm = {WordStartKeepingArticle(doc, b), doc.tokens[e - 1].norm.end};
    c.mention = mention;
    local.push_back(std::move(c));
    return e;
  };

  for (idx_t t = sr.begin; t < sr.end;) {
    cues_.MatchAt(f, t, sr.end, &m);
    if (m.empty()) {
      ++t;
      continue;
    }
    const idx_t len = m[0].length;
    std::vector<CueMatch> top;
    for (const CueMatch& cm : m)
      if (cm.length == len) top.push_back(cm);
    auto find = [&](CueKind k) -> const CueRow* {
      for (const CueMatch& cm : top)
        if (cm.row->kind == k) return cm.row;
      return nullptr;
    };
    const CueRow* cert = find(CueKind::kCertainty);
    const CueRow* neg = find(CueKind::kNegation);
    const CueRow* broker = find(CueKind::kBroker);
    // A speech verb listed only as an attribution (قال: named; سرب: leaks) opens a frame too, unless it is
    // a noun phrase ("المتحدث باسم", definite) or a circumstance ("في بيان").
    const CueRow* said = nullptr;
    for (const CueMatch& cm : top)
      if (cm.row->kind == CueKind::kAttribution && (cm.row->label == "named" || cm.row->label == "leaks") &&
          !HasArticle(f, t) && cm.row->words[0] != "في")
        said = cm.row;

    if (cert && cert->label == "hedged") {
      const bool qad = cert->words.size() == 1 && cert->words[0] == "قد";
      if (!qad || (t + 1 < sr.end && LooksImperfect(f, t + 1)))
        local.push_back(MakeCue(doc, CueKind::kCertainty, s, t, t + len, cert->label));
      t += len;
      continue;
    }
    // "ذكّر بتمسكه": ذكر with a ب object (not بأن) is "reminded of", not a report.
    if ((cert || said) && FormIsAny(f, t, {"ذكر", "ذكرت", "يذكر", "تذكر"}) && t + 1 < sr.end &&
        (doc.tokens[t + 1].proclitics & kProBi) && !IsComplementizer(f, t + 1)) {
      t += len;
      continue;
    }
    if (cert || said) {  // a reporting frame: a verb (أكد، نقلت، نفى) or a preposition (بحسب، وفقا لـ)
      const std::string cert_label = cert ? cert->label : said->label == "leaks" ? "reported" : "asserted";
      if (t > sr.begin && PlainIs(f, t - 1, "عدم")) {  // "عدم ذكر اسمه" reports nothing
        t += len;
        continue;
      }
      const bool prep = IsPrepositionalFrame(f, t);
      const bool relay = IsRelayFrame(f, t);
      const bool denial = cert_label == "denied";
      local.push_back(MakeCue(doc, CueKind::kCertainty, s, t, t + len, cert_label));
      idx_t b = t + len;
      if (b < sr.end && (PlainIs(f, b, "عن") || PlainIs(f, b, "\xd9\x84"))) ++b;  // نقلا عن، وفقا لـ
      idx_t frame_end = t + len;  // where the frame's words end: "بحسب ما أعلنته" ends after the verb
      // "وفق ما ذكر المرصد", "وفقا لما أعلنه": the source follows the verb
      if (prep && b + 1 < sr.end && (PlainIs(f, b, "ما") || PlainIs(f, b, "لما"))) {
        std::vector<CueMatch> verb;
        cues_.MatchAt(f, b + 1, sr.end, &verb);
        if (!verb.empty()) frame_end = b += 1 + verb[0].length;
      }
      while (b < sr.end && IsTimeWord(f, b)) ++b;
      // (a frame that ends its sentence, "بحسب ما أعلنته حينها.", names no source after it either)
      const bool sentence_end = b < sr.end && IsPunctStop(doc, b) && frame_end > t + len;
      if (b >= sr.end || sentence_end || IsComplementizer(f, b) || IsClauseSep(doc, b) || f.Plain(b) == ":" ||
          PlainIs(f, b, "اي") || PlainIs(f, b, "ما") ||  // "إيران تنفي أي وجود": the subject came first
          (PlainIs(f, b, "الي") && IsComplementizer(f, b + 1)) ||  // "مشيرا إلى أن"
          // "وأشار إلى تهديد X لـ Y": the speaker goes on, with a noun phrase as the reported content
          (PlainIs(f, b, "الي") && FormIsAny(f, t, {"اشار", "اشارت", "لفت", "لفتت", "يشير", "تشير"})) ||
          // "وكانت الوزارة قد أعلنت الأربعاء القبض على ستة": an outcome announced by the subject before
          (IsOutcomeNoun(f, b) && t > sr.begin && !denial)) {
        // No subject after the verb: one just before it ("الرئاسة أكدت أن"), else the last speaker
        // before it, however many paragraphs back ("وأضاف أن", "مؤكدا أنه": a speech verb with no
        // subject always has one; a paragraph of his acts, "وانتقد الخميس …", may stand between).
        // "يذكر أن", "يشار إلى أن" (it is worth noting) are the author's own voice.
        if (PlainIs(f, t, "يذكر") || PlainIs(f, t, "يشار")) {
          local.pop_back();
          t += len;
          continue;
        }
        idx_t before = kNone;
        idx_t subj_end = t > sr.begin && PlainIs(f, t - 1, "قد") ? t - 1 : t;  // "وكانت الوزارة قد أعلنت"
        if (subj_end > sr.begin && IsClauseSep(doc, subj_end - 1)) --subj_end;    // "العبادي، أكد"
        // (a preposition's frame has no subject before it: "في غرب اليمن، بحسب ما أعلنته" is no Yemen's)
        for (idx_t i = 0; i < doc.mentions.size() && !prep; ++i)
          if (doc.mentions[i].tokens.end == subj_end && doc.mentions[i].sentence == s) before = i;
        if (before != kNone) {
          Cue c = MakeCue(doc, CueKind::kAttribution, s, doc.mentions[before].tokens.begin, t, "named");
          c.norm = doc.mentions[before].norm;
          c.mention = before;
          local.push_back(std::move(c));
        } else if (const Cue* last = LastAttribution(doc, local, kNone)) {
          Cue c = *last;
          c.tokens = {t, t + len};  // the position that governs; the text stays the source's
          if (prep && frame_end > t + len) c.tokens = {t + len, frame_end};  // "بحسب [ما أعلنته]": after it
          c.sentence = s;
          local.push_back(std::move(c));
        }
        t = frame_end;  // (past the verb of "بحسب ما أعلنته": it opens no second frame)
        continue;
      }
      bool anon = false;
      idx_t e = SourceEnd(f, b, sr.end, !prep, &anon);
      const idx_t raw_end = e;  // b + 9: the phrase window ran out
      const bool accuse = IsAccusationVerb(f, t);
      if (accuse) {
        // "اتهم البيان الختامي إدارة ترامب بتوفير…": the accuser is the first mention; the accused follows.
        // With no mention for the accuser ("البيان الختامي"), it ends where the accused or the charge begins.
        const idx_t first = FirstMention(doc, b, e);
        if (first != kNone && doc.mentions[first].tokens.begin == b) e = std::min(e, doc.mentions[first].tokens.end);
        else if (first != kNone) e = std::min(e, doc.mentions[first].tokens.begin);
        // The charge: ب + verbal noun (بتوفير، بالتدخل، بإرسال), whether or not the segmenter split the ب.
        for (idx_t k = b + 1; k < e; ++k)
          if ((doc.tokens[k].proclitics & kProBi) || f.Plain(k).substr(0, 4) == "\xd8\xa8\xd8\xaa" ||
              f.Plain(k).substr(0, 4) == "\xd8\xa8\xd8\xa7") {
            e = k;
            break;
          }
      } else if (!anon && e < sr.end && !OpensContent(f, e, sr.end) && !IsClauseSep(doc, e)) {
        e = CutAtMentions(doc, b, e);
      }
      if (e <= b) {
        t += len;
        continue;
      }
      const size_t mark = local.size();
      e = add_source(b, e, anon, top);
      // "نقلت وكالة X عن مصادر" / "على لسان الوزير": both sources are cues; the nearer governs.
      const idx_t via = !relay || e >= sr.end ? 0
                        : PlainIs(f, e, "عن")                                            ? 1
                        : PlainIs(f, e, "علي") && e + 1 < sr.end && PlainIs(f, e + 1, "لسان") ? 2
                                                                                          : 0;
      if (via > 0) {
        bool anon2 = false;
        idx_t e2 = SourceEnd(f, e + via, sr.end, false, &anon2);
        if (e2 > e + via) e = add_source(e + via, e2, anon2, {});
      }
      // "أعلن البرهان رفضه ...": a named actor announcing its own act is the event, not a report of it.
      // Outcomes in the field ("أعلن الجيش مقتل 71 مسلحا", "أعلنت الوزارة الأربعاء القبض على ستة") are
      // reported by the announcer, not done by announcing them: they keep the frame.
      bool outcome = false;
      for (idx_t k = e; k < sr.end && k < e + 4 && !outcome; ++k) {
        if (IsOutcomeNoun(f, k))
          outcome = true;
        else if (!IsTimeWord(f, k) && !IsClauseSep(doc, k))
          break;  // only time words and commas may stand between the source and the outcome
      }
      // "أعلنت المحامية الأربعاء أنها …": the reported clause may follow a time word.
      idx_t after = e;
      while (after < sr.end && after < e + 3 && IsTimeWord(f, after)) ++after;
      // "…، كما قال الخميس": the frame reports what came before it; an accusation reports its بـ complement.
      bool content = prep || outcome || accuse || IsAsSaidFrame(f, t) || OpensContent(f, e, sr.end) ||
                     OpensContent(f, after, sr.end) || (e < sr.end && PlainIs(f, e, "عن"));
      // "وقالت السفيرة الأميركية تينا كيداناو القائمة بأعمال مساعد وزير الخارجية … للصحفيين إن": a source
      // longer than the phrase window still opens the reported clause that follows it, before any comma.
      for (idx_t k = e; !content && raw_end >= b + 9 && k < sr.end && k < raw_end + 12; ++k) {
        if (IsComplementizer(f, k)) content = true;
        else if (IsClauseSep(doc, k) || IsPunctStop(doc, k) || StrongBoundaryAt(f, k, sr.end) > 0) break;
      }
      // "أعلنت ألمانيا والولايات المتحدة، أمس، أنهما ستزوّدان أوكرانيا", "أعلن أنه سيتخذ إجراءات": an actor
      // announcing its own coming act announces an intent, which is the event the author tells; its own
      // past acts ("أعلنت واشنطن أنها قتلت") stay reported by it.
      bool own_intent = false;
      if (FormIsAny(f, t, {"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا"})) {
        idx_t k = e;
        while (k < sr.end && k < e + 4 && (IsTimeWord(f, k) || IsClauseSep(doc, k))) ++k;
        const std::string_view w = f.Plain(k);
        if (k + 1 < sr.end && (w == "انه" || w == "انها" || w == "انهما" || w == "انهم"))
          own_intent = (doc.tokens[k + 1].proclitics & kProSa) || PlainIs(f, k + 1, "سوف") ||
                       FormIsAny(f, k + 1, {"ينوي", "تنوي", "يعتزم", "تعتزم", "ينويان", "تعتزمان", "يعتزمون"});
      }
      if ((!content || own_intent) && !denial && local.back().label == "named") {
        local.resize(mark - 1);  // drop the verb's certainty cue and the source
        t += len;
        continue;
      }
      t = e;
      continue;
    }
    if (neg) {
      const idx_t n = t + len;
      bool skip = false;
      if (n < sr.end && FormIsAny(f, n, {"لم"}) && PlainIs(f, t, "ما")) skip = true;  // ما لم: "unless"
      if (n < sr.end && FormIsAny(f, n, {"زال", "يزال", "تزال", "سيما", "بد"})) skip = true;
      if (PlainIs(f, t, "غير") && IsComplementizer(f, n)) skip = true;  // "غير أن": "however"
      if (PlainIs(f, t, "ما")) {  // ما + perfect verb; not the relative "ما نشرته" nor "ما يبدو"
        if (n >= sr.end || doc.tokens[n].enclitic != Enclitic::kNone || f.Plain(n).ends_with("\xd9\x87") ||
            f.Plain(n).ends_with("\xd9\x87\xd8\xa7") || LooksImperfect(f, n))
          skip = true;
      }
      if (skip) {
        t = n + (FormIsAny(f, n, {"لم"}) ? 1 : 0);
        continue;
      }
      local.push_back(MakeCue(doc, CueKind::kNegation, s, t, n, "negated"));
      t = n;
      continue;
    }
    if (broker) {
      idx_t b = t + len;
      if (b < sr.end && PlainIs(f, b, "من")) ++b;  // "بوساطة من سلطنة عمان"
      Cue c = MakeCue(doc, CueKind::kBroker, s, t, t + len, "broker");
      c.mention = FirstMention(doc, b, std::min<idx_t>(sr.end, b + 3));
      // "الهجرة التي تأتي إلى أوروبا عبر ليبيا": after a place gone to, a state reached through is the
      // route ("نقلت رسالة إلى الحوثيين عبر سلطنة عمان": a message to someone goes through a broker).
      if (c.mention != kNone && doc.mentions[c.mention].kind == ActorKind::kState && PlainIs(f, t, "عبر"))
        for (idx_t k = t; k-- > sr.begin && k + 4 >= t;) {
          if (k >= doc.token_keys.size() || doc.token_keys[k] != "الي") continue;  // إلى, matching form
          const idx_t dest = FirstMention(doc, k + 1, k + 2);
          if (dest != kNone && doc.mentions[dest].kind == ActorKind::kState) c.mention = kNone;
        }
      // "بوساطة قطرية"، "برعاية مصرية": a nationality adjective names the mediating state itself.
      if (c.mention == kNone && b < sr.end && HasArticle(f, b) == false) {
        const idx_t row = places_.CountryOfDemonym(f, b);
        if (row != kNone) {
          c.country = places_.place(row).country;
          c.tokens.end = b + 1;
          c.norm.end = doc.tokens[b].norm.end;
        }
      }
      local.push_back(std::move(c));
      t += len;
      continue;
    }
    // A source phrase with no speech verb we know ("تحدثت عنه مصادر إعلامية غربية"): media, leaks and
    // close-to-actor phrases, and anonymous ones of two words or more ("مصادر مطلعة"), frame what follows
    // them; a bare "مصادر" may be "مصادر الطاقة". Relayed kinds (media, leaks) report.
    const CueRow* source = find(CueKind::kAttribution);
    // (not one a preposition governs: "التابعة للوكالة الأوروبية فرونتكس", "في تصريح لوكالة الأنباء";
    // "وفقا لوكالة" is a prepositional frame of its own)
    const bool governed = (doc.tokens[t].proclitics & (kProLi | kProBi)) != 0;
    if (source && !HasArticle(f, t) && !governed &&
        (source->label == "media" || source->label == "leaks" || source->label == "close-to-actor" ||
         (source->label == "anonymous" && source->words.size() >= 2))) {
      bool anon = false;
      idx_t e = std::max(t + len, SourceEnd(f, t, sr.end, true, &anon));
      if (!anon && e < sr.end && !OpensContent(f, e, sr.end) && !IsClauseSep(doc, e))
        e = std::max(t + len, CutAtMentions(doc, t, e));
      if (source->label == "media" || source->label == "leaks")
        local.push_back(MakeCue(doc, CueKind::kCertainty, s, t, t + len, "reported"));
      t = add_source(t, e, anon, {});
      continue;
    }
    t += len;  // an attribution word outside a frame ("مصادر الطاقة", "المتحدث باسم ..."): nothing to record
  }
  for (Cue& c : local) doc.cues.push_back(std::move(c));
}

}  // namespace mizan
