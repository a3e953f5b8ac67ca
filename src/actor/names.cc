#include "actor/names.h"

namespace mizan {

bool IsGrammarWord(std::string_view key) {
  // A closed class: prepositions, conjunctions, pronouns, demonstratives, relatives, particles, and
  // the time and reporting words that most often follow a title ("الوزير أمس", "المسؤول إن").
  static const char* const kWords[] = {
      "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ام", "ثم", "حتي", "منذ", "بعد", "قبل", "خلال",
      "عند", "لدي", "لدى", "ضد", "دون", "بين", "حول", "نحو", "عبر", "امام", "وراء", "فوق", "تحت", "لكن",
      "هو", "هي", "هم", "هما", "هن", "انه", "انها", "ذلك", "تلك", "هذا", "هذه", "هؤلاء", "اولئك", "الذي",
      "التي", "الذين", "اللذان", "اللتان", "ما", "ماذا", "لا", "لم", "لن", "قد", "لقد", "كان", "كانت",
      "يكون", "تكون", "ليس", "ليست", "امس", "يوم", "اليوم", "غدا", "الان", "حاليا", "سابقا", "ايضا",
      "كما", "كذلك", "فقط", "جدا", "كل", "بعض", "جميع", "غير", "سوي", "نفس", "نفسه", "ذاته", "عام", "عامه",
      "قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يؤكد", "اضاف", "اضافت", "يضيف", "اعلن", "اعلنت",
      "اوضح", "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت", "صرح", "صرحت", "وصف", "وصفت", "دعا", "دعت",
      "الذي", "حيث", "بينما", "فيما", "اذا", "اذ", "لان", "كي", "لكي", "اي", "وفق", "بحسب", "حسب",
      "مساء", "صباح", "ظهر", "فجر", "ليل", "ليله", "شهر", "اسبوع", "سنه", "عاما", "مره", "يدعي", "المدعو",
      "الجديد", "السابق", "الحالي", "المقبل", "الماضي", "الاول", "الثاني", "نفسها", "شخصيا", "بدوره",
      "بدورها", "نيابه", "اكثر", "اقل", "عدد", "عده", "احد", "احدي", "اثنين", "ثلاثه", "مليون", "الف", "مئات", "عشرات"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

namespace {

// A word that may belong to a name: a word in no dictionary, with no clitic, not a grammar word.
bool NameWord(const Doc& doc, const Lexicon& lex, idx_t k, std::vector<LexHit>* hits) {
  const Token& t = doc.tokens[k];
  if (!(t.flags & kTokWord) || (t.flags & kTokNumber)) return false;
  if (t.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa | kProSa)) return false;
  if (t.enclitic != Enclitic::kNone) return false;
  const std::string& key = doc.token_keys[k];
  if (key.size() < 4 || IsGrammarWord(key) || IsGrammarWord(doc.TokenText(k))) return false;  // 2 bytes a letter
  // Words that qualify a title or a body ("المتقاعد", "السابق", "الركن") are no name.
  static const char* const kQualifiers[] = {"متقاعد", "سابق", "سابقه", "ركن", "اعلي", "عام", "عامه", "رسمي",
                                            "وطني", "وطنيه", "مركزي", "مركزيه", "حاكم", "معارض", "مسلح"};
  for (const char* q : kQualifiers)
    if (key == q) return false;
  // A phrase of some dictionary starting here (an actor, a demonym, a role, a verb, a cue) ends the
  // name; a word that is only part of a longer entry ("خالد" of "خالد مشعل") may be a name.
  lex.MatchAt(doc, doc.token_keys, k, hits);
  if (!hits->empty()) return false;
  // A known noun with the feminine ending ("سفينة", "مأدبة", "لجنة") is a common word: names that end
  // so (حمزة، أسامة) are in the person dictionary when they matter.
  // (Only a written ة: the normalized key also ends so for names written with ه, "موشيه", "طه".)
  if (key.size() > 6 && key.substr(key.size() - 2) == "ه" && lex.IsKnownWord(key)) {
    std::string orig = doc.OrigText(t.norm);
    if (orig.size() >= 2 && orig.compare(orig.size() - 2, 2, "ة") == 0) return false;
  }
  // An indefinite accusative of a known noun ("وفدا", "جنديا") is no name either.
  if (key.size() > 6 && key.substr(key.size() - 2) == "ا" && lex.IsKnownWord(key.substr(0, key.size() - 2)))
    return false;
  return true;
}

bool IsLatin(std::string_view w) { return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80; }

// Future verbs: س + imperfect prefix (سيعود، ستبدأ، سنعمل).
bool LooksLikeFutureVerb(std::string_view key) {
  return key.size() >= 8 && key.substr(0, 2) == "س" &&
         (key.substr(2, 2) == "ي" || key.substr(2, 2) == "ت" || key.substr(2, 2) == "ن");
}

bool Boundary(const Doc& doc, idx_t k, idx_t end) {
  return k >= end || (doc.tokens[k].flags & (kTokPunct | kTokClauseSep | kTokQuote));
}

}  // namespace

// A word whose first letter is a proclitic the segmenter left on because the word is unknown as a
// whole, but whose rest is a known or grammar word: "بعقد", "بأن", "وقال".
bool ClitizedKnownWord(const Lexicon& lex, std::string_view key) {
  if (key.size() < 6) return false;
  std::string_view first = key.substr(0, 2), rest = key.substr(2);
  bool clitic = first == "و" || first == "ف" || first == "ب" || first == "ل" || first == "ك";
  return clitic && (IsGrammarWord(rest) || lex.IsKnownWord(rest));
}

idx_t ReadPersonName(const Doc& doc, const Lexicon& lex, idx_t j, idx_t end, bool called) {
  std::vector<LexHit> hits;
  idx_t k = j;
  while (k < end && k - j < 3) {
    if (k > j && (doc.tokens[k - 1].flags & (kTokClauseSep | kTokPunct))) break;
    const std::string& key = doc.token_keys[k];
    if (doc.tokens[k].proclitics & kProAl) {
      // Only a nisba surname carries the article ("الحريري", "المسماري"); "القائمة بالأعمال" does not.
      if (k == j || key.size() < 4 || key.substr(key.size() - 2) != "ي") break;
    }
    if (!NameWord(doc, lex, k, &hits) || LooksLikeFutureVerb(key) || ClitizedKnownWord(lex, key)) break;
    ++k;
  }
  if (k - j == 1 && !called && !Boundary(doc, k, end)) return j;
  return k;
}

idx_t ReadOrganizationName(const Doc& doc, const Lexicon& lex, idx_t j, idx_t end) {
  std::vector<LexHit> hits;
  if (j < end && (doc.tokens[j].flags & kTokQuote)) {
    idx_t k = j + 1;
    while (k < end && k - j <= 4 && !(doc.tokens[k].flags & (kTokQuote | kTokPunct | kTokClauseSep))) {
      if (!NameWord(doc, lex, k, &hits)) return j;
      ++k;
    }
    if (k == j + 1 || k >= end || !(doc.tokens[k].flags & kTokQuote)) return j;
    return k + 1;
  }
  idx_t k = j;
  while (k < end && k - j < 3) {
    const Token& t = doc.tokens[k];
    bool definite = (t.proclitics & kProAl) && !(t.proclitics & (kProWa | kProFa | kProBi | kProLi | kProKa));
    if (!definite && !IsLatin(doc.TokenText(k))) break;
    if (!NameWord(doc, lex, k, &hits)) break;
    ++k;
  }
  return k;
}

}  // namespace mizan
