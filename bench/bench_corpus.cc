// Benchmark inputs: see bench_corpus.h.
#include "bench_corpus.h"

#include <filesystem>

#include <fmt/format.h>

namespace mizan::bench {

std::string DefaultCorpus() {
  return std::string(MIZAN_BENCH_SHARED_DIR) + "/corpora/ant-multisource/ant-multisource.jsonl.gz";
}

std::vector<RawDoc> ReadDocs(const std::vector<std::string>& inputs, size_t limit, size_t* bad) {
  std::vector<RawDoc> docs;
  for (const auto& in : inputs)
    if (in != "-" && !std::filesystem::exists(in)) return docs;  // missing corpus: caller skips
  DocReader reader(inputs, InputOptions{}, [](const InputError&) {});
  RawDoc doc;
  while ((limit == 0 || docs.size() < limit) && reader.Next(&doc)) docs.push_back(std::move(doc));
  if (bad) *bad = reader.bad();
  return docs;
}

std::vector<RawDoc> BuiltInDocs(size_t copies) {
  // Written for this file: a made-up but ordinary day of diplomatic news.
  static const char* kText =
      "التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد لبحث الأوضاع في المنطقة.\n"
      "وقال المتحدث باسم الوزارة إن الجانبين اتفقا على تعزيز التعاون الاقتصادي بين البلدين.\n"
      "من جهة أخرى، اتهمت الحكومة الليبية قوات حفتر بقصف مواقع قرب طرابلس الأسبوع الماضي، "
      "فيما نفى متحدث عسكري ذلك.\n"
      "وأعلن الرئيس الفرنسي أنه سيزور الجزائر في الشهر المقبل، بحسب مصادر مطلعة.\n"
      "ودعت الأمم المتحدة الأطراف إلى وقف إطلاق النار واستئناف المفاوضات دون شروط.";
  std::vector<RawDoc> docs(copies);
  for (size_t i = 0; i < copies; ++i) {
    docs[i].id = fmt::format("builtin-{}", i);
    docs[i].text = kText;
    docs[i].published = "2018-03-11";
    docs[i].origin = docs[i].id;
  }
  return docs;
}

}  // namespace mizan::bench
