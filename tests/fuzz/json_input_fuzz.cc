// Fuzz target: the JSON document reader (io/input.h): RawDocFromJson on the whole input, and DocReader on
// it as a JSON Lines file and as a .json file. Bad pieces are reported with an origin and a message,
// never crash; every document handed out has valid UTF-8 text, an id, and a date or none.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "io/input.h"
#include "text/decode.h"

namespace {

// Leaked on purpose: the atexit cleanup runs after static destructors would have freed it.
const std::string& TempBase() {
  static const std::string& base = *new std::string([] {
    const char* tmp = std::getenv("TMPDIR");
    std::string d = std::filesystem::exists("/dev/shm") ? "/dev/shm" : (tmp ? tmp : "/tmp");
    d += "/mizan-json-fuzz-" + std::to_string(getpid());
    std::atexit([] {
      std::filesystem::remove(TempBase() + ".jsonl");
      std::filesystem::remove(TempBase() + ".json");
    });
    return d;
  }());
  return base;
}

void CheckDoc(const mizan::RawDoc& doc) {
  FUZZ_CHECK(mizan::IsValidUtf8(doc.text));
  FUZZ_CHECK(!doc.id.empty());
  FUZZ_CHECK(doc.published.empty() || mizan::NormalizePublished(doc.published) == doc.published);
}

// Reads path with DocReader; every piece is either a document or one error.
void ReadAll(const std::string& path, mizan::InputFormat format, size_t max_doc_bytes) {
  mizan::InputOptions options;
  options.format = format;
  options.max_doc_bytes = max_doc_bytes;
  size_t errors = 0;
  mizan::DocReader reader({path}, options, [&](const mizan::InputError& e) {
    FUZZ_CHECK(!e.origin.empty() && !e.message.empty());
    ++errors;
  });
  mizan::RawDoc doc;
  size_t docs = 0;
  while (reader.Next(&doc)) {
    CheckDoc(doc);
    FUZZ_CHECK(doc.text.size() <= max_doc_bytes);
    FUZZ_CHECK(!doc.origin.empty());
    ++docs;
  }
  FUZZ_CHECK(reader.docs() == docs && reader.bad() == errors && reader.files() == 1);
}

void WriteFile(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  FUZZ_CHECK(out.good());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  mizan::RawDoc doc;
  const mizan::Status st = mizan::RawDocFromJson(in, "default-id", &doc);
  if (st.ok()) {
    CheckDoc(doc);
  } else {
    FUZZ_CHECK(st.code() == mizan::StatusCode::kInvalidArgument && !st.message().empty());
  }
  const std::string published = mizan::NormalizePublished(in);
  FUZZ_CHECK(published.empty() || (published.size() == 10 && in.substr(0, 10) == published));
  // Small documents limit too, so that the too-large path is taken as often as the normal one.
  const size_t max_doc_bytes = size % 2 ? 64 : (16u << 20);
  WriteFile(TempBase() + ".jsonl", in);
  ReadAll(TempBase() + ".jsonl", mizan::InputFormat::kJsonl, max_doc_bytes);
  WriteFile(TempBase() + ".json", in);
  ReadAll(TempBase() + ".json", mizan::InputFormat::kJson, max_doc_bytes);
  return 0;
}
