// Tests for io/input: every input format, and bad inputs that are reported while the rest goes on.
#include "io/input.h"

#include "io/code_loop.h"

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mizan {
namespace {
namespace input_test {

namespace fs = std::filesystem;

// A fresh directory per test, removed at the end.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("mizan_input_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string WriteGz(const std::string& name, const std::string& bytes) const {
    std::string p = (path_ / name).string();
    gzFile gz = gzopen(p.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

struct ReadResult {
  std::vector<RawDoc> docs;
  std::vector<InputError> errors;
};

ReadResult ReadAll(const std::vector<std::string>& inputs, InputOptions options = {}) {
  ReadResult r;
  DocReader reader(inputs, options, [&](const InputError& e) { r.errors.push_back(e); });
  RawDoc d;
  while (reader.Next(&d)) r.docs.push_back(d);
  EXPECT_EQ(reader.docs(), r.docs.size());
  EXPECT_EQ(reader.bad(), r.errors.size());
  return r;
}

const char kSentence[] = "قال وزير الخارجية إن الحكومة سترد على الاتهامات";
// The same sentence in windows-1256.
const char kSentence1256[] =
    "\xDE\xC7\xE1\x20\xE6\xD2\xED\xD1\x20\xC7\xE1\xCE\xC7\xD1\xCC\xED\xC9\x20\xC5\xE4\x20\xC7\xE1\xCD\xDF\xE6\xE3"
    "\xC9\x20\xD3\xCA\xD1\xCF\x20\xDA\xE1\xEC\x20\xC7\xE1\xC7\xCA\xE5\xC7\xE3\xC7\xCA";

// One file in, what should come out: the ids and texts of good documents, or an error substring.
struct FileCase {
  const char* name;
  std::string bytes;
  std::vector<std::string> ids;       // good documents, in order
  std::vector<std::string> origins;   // origins of reported errors, relative to the file, in order
  const char* error_part;             // a substring of the first error message ("" = no error)
};

TEST(InputTest, EachFormatAndEachBadInput) {
  const std::string s = kSentence;
  const std::vector<FileCase> cases = {
      {"article.txt", s + "\n" + s + "\n", {"article"}, {}, ""},
      {"bom.txt", "\xEF\xBB\xBF" + s, {"bom"}, {}, ""},
      {"one.json", R"({"id": "doc-7", "text": ")" + s + R"(", "published": "2018-02-21T03:42:28+04:00", "outlet": "x"})",
       {"doc-7"}, {}, ""},
      {"lines.jsonl",
       R"({"id": "a", "text": ")" + s + "\"}\n" +                       // 1 good
           "{\"id\": \"b\", \"text\": \n" +                              // 2 malformed JSON
           R"({"id": "c", "title": "no text"})" + "\n" +                 // 3 missing text
           "\n" +                                                        // 4 blank: ignored
           R"({"text": ")" + s + "\"}\n" +                               // 5 good, id from the line number
           R"({"id": "e", "text": ")" + s + R"(", "published": "soon"})" + "\n",  // 6 bad date
       {"a", "lines-5"}, {":2", ":3", ":6"}, "malformed JSON"},
      {"cp1256.txt", kSentence1256, {"cp1256"}, {}, ""},
      {"empty.txt", "", {}, {""}, "empty"},
      {"blank.txt", "  \n\n ", {}, {""}, "empty"},
      {"binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20) + s, {}, {""}, "binary"},
      {"junk.jsonl", std::string("{\"text\": \"x\0y\"}\n", 16) + R"({"id": "ok", "text": ")" + s + "\"}\n", {"ok"},
       {":1"}, "binary"},
      {"num.jsonl", R"({"id": 42, "text": ")" + s + "\"}", {"42"}, {}, ""},
  };
  for (const FileCase& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    std::string path = dir.Write(c.name, c.bytes);
    ReadResult r = ReadAll({path});
    std::vector<std::string> ids;
    for (const RawDoc& d : r.docs) ids.push_back(d.id);
    EXPECT_EQ(ids, c.ids);
    std::vector<std::string> origins;
    for (const InputError& e : r.errors) origins.push_back(e.origin.substr(std::min(path.size(), e.origin.size())));
    EXPECT_EQ(origins, c.origins);
    if (*c.error_part && !r.errors.empty())
      EXPECT_NE(r.errors[0].message.find(c.error_part), std::string::npos) << r.errors[0].message;
    for (const RawDoc& d : r.docs) EXPECT_NE(d.text.find("وزير الخارجية"), std::string::npos) << d.id;
  }
}

TEST(InputTest, Windows1256DecodesToTheSameText) {
  TempDir dir;
  ReadResult r = ReadAll({dir.Write("old.txt", kSentence1256)});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, kSentence);
}

TEST(InputTest, MetadataAndPublishedDates) {
  TempDir dir;
  std::string json = R"({"id": "x", "text": "نص", "published": "2018-02-21T03:42:28+04:00", "outlet": "o",
                        "title": "t", "url": "u"})";
  ReadResult r = ReadAll({dir.Write("x.json", json), dir.Write("y.txt", "نص")},
                         InputOptions{InputFormat::kAuto, "2021-12-15"});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].published, "2018-02-21");
  EXPECT_EQ(r.docs[0].outlet, "o");
  EXPECT_EQ(r.docs[0].title, "t");
  EXPECT_EQ(r.docs[0].url, "u");
  EXPECT_EQ(r.docs[1].published, "2021-12-15");  // --published applies to .txt only
  EXPECT_EQ(r.docs[1].origin, dir.path() + "/y.txt");
}

TEST(InputTest, NormalizePublished) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2018-03-14", "2018-03-14"}, {"2018-03-14T09:30:00Z", "2018-03-14"}, {"2018-03-14 09:30", "2018-03-14"},
      {"2018-3-14", ""},            {"14/03/2018", ""},                     {"2018-13-01", ""},
      {"", ""},                     {"2018-03-14x", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormalizePublished(in), want) << in;
}

TEST(InputTest, GzipIsStreamedLineByLine) {
  TempDir dir;
  std::string lines;
  const int kDocs = 3000;  // ~0.5 MB uncompressed, several zlib blocks and read buffers
  for (int i = 0; i < kDocs; ++i)
    lines += R"({"id": "d)" + std::to_string(i) + R"(", "text": ")" + std::string(kSentence) + " " + std::to_string(i) +
             "\"}\n";
  lines += "not json\n";
  ReadResult r = ReadAll({dir.WriteGz("big.jsonl.gz", lines)});
  ASSERT_EQ(r.docs.size(), static_cast<size_t>(kDocs));
  EXPECT_EQ(r.docs.front().id, "d0");
  EXPECT_EQ(r.docs.back().id, "d2999");
  EXPECT_EQ(r.docs[1234].origin, dir.path() + "/big.jsonl.gz:1235");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].origin, dir.path() + "/big.jsonl.gz:3001");
}

TEST(InputTest, TruncatedGzipIsReported) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 200; ++i) lines += R"({"id": "d)" + std::to_string(i) + R"(", "text": ")" + kSentence + "\"}\n";
  std::string path = dir.WriteGz("cut.jsonl.gz", lines);
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  dir.Write("cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  ReadResult r = ReadAll({path});
  EXPECT_GT(r.docs.size(), 0u);
  EXPECT_LT(r.docs.size(), 200u);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors.back().message, "truncated gzip stream");
}

TEST(InputTest, DirectoryIsWalkedSortedAndBadFilesDoNotStopIt) {
  TempDir dir;
  const std::string s = kSentence;
  dir.Write("b/2.txt", s);
  dir.Write("a.json", R"({"id": "a", "text": ")" + s + "\"}");
  dir.Write("b/1.txt", "");  // bad: empty
  dir.Write("b/notes.md", "ignored");
  dir.WriteGz("c.jsonl.gz", R"({"id": "c1", "text": ")" + s + "\"}\n" + R"({"id": "c2", "text": ")" + s + "\"}\n");
  ReadResult r = ReadAll({dir.path(), dir.path() + "/missing.txt"});
  std::vector<std::string> ids;
  for (const RawDoc& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "2", "c1", "c2"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].origin, dir.path() + "/missing.txt");  // found while expanding the inputs
  EXPECT_EQ(r.errors[1].origin, dir.path() + "/b/1.txt");
}

TEST(InputTest, FormatOverridesTheExtension) {
  TempDir dir;
  std::string path = dir.Write("lines.txt", "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n");
  EXPECT_EQ(ReadAll({path}).docs.size(), 1u);  // as .txt: one document
  EXPECT_EQ(ReadAll({path}, InputOptions{InputFormat::kJsonl, ""}).docs.size(), 2u);
  EXPECT_FALSE(ParseInputFormat("xml").ok());
  EXPECT_EQ(ParseInputFormat("jsonl").value(), InputFormat::kJsonl);
}

TEST(InputTest, ToDocMovesTheFields) {
  RawDoc raw{"id1", "نص", "2020-01-02", "outlet", "title", "url", "f:1"};
  Doc doc = ToDoc(std::move(raw));
  EXPECT_EQ(doc.id, "id1");
  EXPECT_EQ(doc.text(), "نص");
  EXPECT_EQ(doc.published, "2020-01-02");
  EXPECT_EQ(doc.outlet, "outlet");
}

// Progress counts input bytes: every file's size in the total, all of them read at the end (compressed
// bytes for a .gz), and a bad file counts as read too.
TEST(InputTest, BytesReadReachTheTotal) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 500; ++i) lines += R"({"id": "g)" + std::to_string(i) + R"(", "text": ")" + kSentence + "\"}\n";
  std::vector<std::string> inputs = {dir.Write("a.txt", kSentence), dir.Write("b.jsonl", lines.substr(0, 3000)),
                                     dir.WriteGz("c.jsonl.gz", lines), dir.Write("d.txt", "")};
  uint64_t total = 0;
  for (const auto& p : inputs) total += fs::file_size(p);
  DocReader reader(inputs, {}, nullptr);
  EXPECT_EQ(reader.total_bytes(), total);
  EXPECT_EQ(reader.bytes_read(), 0u);
  RawDoc d;
  uint64_t last = 0;
  while (reader.Next(&d)) {
    EXPECT_GE(reader.bytes_read(), last);  // never goes back
    last = reader.bytes_read();
  }
  EXPECT_EQ(reader.bytes_read(), total);
  EXPECT_LT(fs::file_size(inputs[2]), lines.size() / 4);  // the .gz counts compressed bytes
  DocReader from_stdin({"-", inputs[0]}, {}, nullptr);
  EXPECT_EQ(from_stdin.total_bytes(), 0u);  // unknown: no ETA
}

// CodeAll hands documents to the sink in input order whatever the threads, and skips what `want` refuses.
TEST(CodeLoopTest, OrderAndSkipsDoNotDependOnThreads) {
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 300; ++i)
    lines += R"({"id": "d)" + std::to_string(i) + R"(", "text": "التقى الرئيس المصري وزير الخارجية الأردني )" +
             std::to_string(i) + "\"}\n";
  std::string path = dir.Write("many.jsonl", lines);
  // threads, documents per thread, bytes of read-ahead: the smallest window holds one document.
  struct Window {
    int threads;
    size_t docs_per_thread, chunk_bytes;
  };
  for (const Window& w : {Window{1, 16, 32u << 20}, Window{3, 16, 32u << 20}, Window{2, 1, 1}, Window{4, 2, 200}}) {
    SCOPED_TRACE(testing::Message() << w.threads << " threads, " << w.docs_per_thread << " docs, " << w.chunk_bytes);
    DocReader reader({path}, {}, nullptr);
    CodeLoopOptions options;
    options.threads = w.threads;
    options.docs_per_thread = w.docs_per_thread;
    options.chunk_bytes = w.chunk_bytes;
    options.want = [](const Doc& d) { return d.id != "d7"; };
    std::vector<std::string> ids;
    size_t skipped = 0, coded = 0;
    Status st = CodeAll(reader, **coder, options, [&](CodedDoc& d) {
      ids.push_back(d.doc.id);
      skipped += d.skipped;
      coded += !d.skipped && d.status.ok() && d.doc.Has("segment");
      return ids.size() == 250 ? Status(StatusCode::kInternal, "stop") : Status::Ok();
    });
    EXPECT_EQ(st.message(), "stop");  // the sink's error ends the loop and comes back
    ASSERT_EQ(ids.size(), 250u);
    for (int i = 0; i < 250; ++i) EXPECT_EQ(ids[i], "d" + std::to_string(i));
    EXPECT_EQ(skipped, 1u);
    EXPECT_EQ(coded, 249u);
  }
}

}  // namespace input_test
}  // namespace
}  // namespace mizan
