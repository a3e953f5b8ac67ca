#include "event/argument_cues.h"

#include "mizan/lexicon.h"

namespace mizan {

WordSet::WordSet(std::initializer_list<const char*> surfaces) {
  for (const char* s : surfaces) keys_.insert(Lexicon::MatchKey(s));
}

namespace {

// Number words as they head a count ("ثلاثة جنود", "عشرات المدنيين", "عدد من الأشخاص").
const WordSet& NumberWords() {
  static const WordSet w = {
      "واحد", "اثنان", "اثنين", "اثنتين", "اثنتان", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست",
      "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرون", "عشرين", "ثلاثون",
      "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين", "مئة", "مائة", "مئتين", "مائتين", "ألف", "آلاف",
      "عشرات", "مئات", "ألوف", "عدد", "العشرات", "المئات", "الآلاف", "بضعة", "بضع", "نحو", "حوالي",
      "قرابة", "زهاء"};
  return w;
}

}  // namespace

bool CountAt(const Doc& doc, idx_t t, idx_t end) {
  auto key = [&](idx_t i) -> std::string_view { return i < end ? std::string_view(doc.token_keys[i]) : ""; };
  // "ما لا يقل عن 28", "ما يزيد على 30", "أكثر من 50", "أقل من 10": the approximation, then the count.
  if (key(t) == "ما" && key(t + 1) == "لا" && key(t + 2) == "يقل" && (key(t + 3) == "عن" || key(t + 3) == "علي"))
    t += 4;
  else if (key(t) == "ما" && key(t + 1) == "يزيد" && (key(t + 2) == "عن" || key(t + 2) == "علي"))
    t += 3;
  else if ((key(t) == "اكثر" || key(t) == "اقل" || key(t) == "ازيد") && key(t + 1) == "من")
    t += 2;
  if (t >= end) return false;
  const Token& tk = doc.tokens[t];
  if (tk.flags & kTokNumber) return true;
  if (!(tk.flags & kTokWord) || (tk.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa))) return false;
  if (!NumberWords().Has(doc.token_keys[t])) return false;
  // "نحو" and "حوالي" approximate a count; alone they are prepositions ("نحو الحدود").
  std::string_view k = doc.token_keys[t];
  if (k == "نحو" || k == "حوالي" || k == "قرابه" || k == "زهاء") {
    if (t + 1 >= end) return false;
    const Token& n = doc.tokens[t + 1];
    return (n.flags & kTokNumber) || NumberWords().Has(doc.token_keys[t + 1]);
  }
  return true;
}

bool IsExposureWord(std::string_view key) {
  static const WordSet w = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضا", "تعرضتا",
                            "تعرضن", "يتعرضان", "تتعرضان"};
  return w.Has(key);
}

idx_t ProtestTargetCue(const Doc& doc, idx_t t, idx_t end) {
  // Cues whose preposition is a word of its own (على): "احتجاجا على", "ردا على".
  static const WordSet with_ala = {"احتجاجا", "احتجاج", "ردا", "رد", "اعتراضا", "اعتراض",
                                   "احتج", "احتجت", "احتجوا", "يحتج", "تحتج", "يحتجون"};
  // Cues followed by a clitic preposition or a direct object: "تنديدا بالمعلمة", "رفضا لترشيح",
  // "مطالبين الحكومة", "ضد أولمرت", "أمام مقر", "نحو السفارة", "يسقط".
  static const WordSet plain = {
      "تنديدا", "تنديد", "منددين", "منددة", "ينددون", "يندد", "تندد", "نددوا", "رفضا", "رافضة", "رافضين", "ضد", "جراء", "مناوئة",
      "مناهضة", "مناهضين", "معارضة", "مطالبين", "مطالبة", "مطالبا", "تطالب", "يطالب", "يطالبون",
      "طالبوا", "طالب", "طالبت", "أمام", "نحو", "مقر", "سفارة", "قنصلية", "منزل", "مقار", "سفارات",
      "هاتفين", "هتفوا", "يهتفون", "هتافات", "يسقط", "إسقاط", "رحيل", "إحراق", "حرق", "أحرقوا", "يحرقون", "التماس", "إساءة",
      // anger at what they protest: "للتعبير عن غضبهم لمنح الرئيس الإيراني منصة"
      "غضب", "غضبا", "سخط", "سخطا"};
  if (t >= end || !(doc.tokens[t].flags & kTokWord)) return 0;
  std::string_view k = doc.token_keys[t];
  if (with_ala.Has(k)) return t + 1 < end && doc.token_keys[t + 1] == "علي" ? 2 : 0;
  if (plain.Has(k)) return 1;
  // "بإحراق", "وهاتفين": a clitic the segmenter left on an unknown form.
  if (k.size() > 4 && (k.substr(0, 2) == "ب" || k.substr(0, 2) == "و") && plain.Has(k.substr(2))) return 1;
  // "داعين إلى", "تدعو إلى إعادة القوات": what the protesters call for names whom they address.
  static const WordSet calling = {"داعين", "داعيا", "داعية", "تدعو", "يدعون", "دعوا", "دعت", "مطالبين"};
  std::string_view kc = k.size() > 4 && k.substr(0, 2) == "و" && calling.Has(k.substr(2)) ? k.substr(2) : k;
  if (calling.Has(kc) && t + 1 < end && doc.token_keys[t + 1] == "الي") return 2;
  return 0;
}

bool IsPartitive(const Doc& doc, idx_t t) {
  static const WordSet w = {"قوة", "قوات", "عناصر", "عنصر", "أفراد", "فرد", "دورية", "دوريات", "مجموعة",
                            "وحدة", "مسلحون", "مسلحين", "جنود", "بعض", "أحد", "إحدى", "عدد", "عشرات",
                            "مئات", "آلاف",
                            // "استقبل وفدا من رجال الأعمال المصريين": a delegation of X is X
                            "وفد", "وفدا", "وفود"};
  const Token& tk = doc.tokens[t];
  if (tk.flags & kTokNumber) return true;
  return (tk.flags & kTokWord) && (w.Has(doc.token_keys[t]) || NumberWords().Has(doc.token_keys[t]));
}

bool IsVictimPrep(std::string_view prep) { return prep == "علي" || prep == "ضد"; }

bool IsAimPrep(const Lexicon& lex, std::string_view prep) { return lex.InClass(Lexicon::WordClass::kAimPrep, prep); }

bool IsStruckSite(const Lexicon& lex, std::string_view key) { return lex.InClass(Lexicon::WordClass::kStruckSite, key); }

}  // namespace mizan
