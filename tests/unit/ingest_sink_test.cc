// Tests for ingest/store_sink and the streaming code loop: batches are atomic, refused documents are
// reported and skipped, stored ones are recognized, and the per-document time budget.
#include "ingest/store_sink.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/code_loop.h"
#include "mizan/coder.h"

namespace mizan {
namespace {
namespace ingest_sink_test {

namespace fs = std::filesystem;

class IngestSinkTest : public ::testing::Test {
 protected:
  IngestSinkTest() {
    dir_ = fs::temp_directory_path() / ("mizan_ingest_sink_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "t.db").string();
  }
  ~IngestSinkTest() override { fs::remove_all(dir_); }

  static const Coder& TheCoder() {
    static std::unique_ptr<Coder> coder = [] {
      auto c = Coder::Create(CoderOptions{});
      EXPECT_TRUE(c.ok()) << c.status().ToString();
      return c.ok() ? std::move(c).value() : nullptr;
    }();
    return *coder;
  }

  CodedDoc Coded(const std::string& id, const std::string& text) {
    CodedDoc d{Doc(id, text), id + ".txt", Status::Ok(), false, 0};
    d.status = TheCoder().Code(d.doc);
    return d;
  }

  int64_t Stored() {
    auto s = Store::Open(db_, StoreOptions{true, 1000});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? (*s)->CountDocuments().value() : -1;
  }

  fs::path dir_;
  std::string db_;
};

const char kText[] = "استقبل الرئيس المصري في القاهرة وزير الخارجية الأردني وبحثا العلاقات الثنائية.";

TEST_F(IngestSinkTest, BatchesAreAtomicAndCountsAreRight) {
  // batch size, documents put, abort at the end? -> documents stored
  struct Case {
    size_t batch, docs;
    bool abort;
    int64_t stored;
  };
  const std::vector<Case> cases = {{2, 5, true, 4}, {2, 5, false, 5}, {10, 5, true, 0}, {1, 3, true, 3}};
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message() << "batch " << c.batch << " docs " << c.docs << " abort " << c.abort);
    fs::remove(db_);
    {
      auto store = Store::Open(db_);
      ASSERT_TRUE(store.ok()) << store.status().ToString();
      std::vector<std::string> bad;
      StoreSink sink(**store, TheCoder().lexicon(), "test", StoreSinkOptions{c.batch, 1e9},
                     [&](const std::string& origin, const Status&) { bad.push_back(origin); });
      for (size_t i = 0; i < c.docs; ++i) {
        CodedDoc d = Coded("d" + std::to_string(i), kText);
        ASSERT_TRUE(sink.Put(d).ok());
      }
      if (c.abort) sink.Abort();
      else ASSERT_TRUE(sink.Flush().ok());
      EXPECT_EQ(sink.counts().committed_docs, static_cast<size_t>(c.stored));
      EXPECT_EQ(sink.counts().inserted, c.docs);
      EXPECT_TRUE(bad.empty());
    }
    EXPECT_EQ(Stored(), c.stored);
  }
}

TEST_F(IngestSinkTest, RefusedDocumentsAreReportedAndStoredOnesRecognized) {
  auto store = Store::Open(db_);
  ASSERT_TRUE(store.ok());
  std::vector<std::string> bad;
  StoreSink sink(**store, TheCoder().lexicon(), "test", StoreSinkOptions{},
                 [&](const std::string& origin, const Status&) { bad.push_back(origin); });
  CodedDoc a = Coded("a", kText), b = Coded("b", kText);
  b.status = ResourceExhausted("too slow");
  ASSERT_TRUE(sink.Put(a).ok());
  ASSERT_TRUE(sink.Put(b).ok());
  ASSERT_TRUE(sink.Flush().ok());
  EXPECT_EQ(bad, std::vector<std::string>{"b.txt"});
  EXPECT_EQ(sink.counts().failed, 1u);
  EXPECT_TRUE(sink.AlreadyStored(Doc("a", kText)).value());
  EXPECT_FALSE(sink.AlreadyStored(Doc("a", std::string(kText) + " ")).value());  // new content
  EXPECT_FALSE(sink.AlreadyStored(Doc("b", kText)).value());
  CodedDoc again = Coded("a", kText);
  again.skipped = true;  // what CodeAll hands on when `want` refused it
  ASSERT_TRUE(sink.Put(again).ok());
  EXPECT_EQ(sink.counts().unchanged, 1u);
  EXPECT_EQ(Stored(), 1);
}

TEST_F(IngestSinkTest, TimeBudgetStopsBetweenStages) {
  std::string big;
  for (int i = 0; i < 3000; ++i) big += std::string(kText) + " ";
  // budget (s), text -> ok?
  struct Case {
    double budget;
    std::string text;
    bool ok;
  };
  const std::vector<Case> cases = {{0, kText, true}, {5, kText, true}, {1e-6, big, false}, {0, big, true}};
  for (const Case& c : cases) {
    Doc doc("d", c.text);
    Status st = CodeWithBudget(TheCoder(), doc, c.budget);
    EXPECT_EQ(st.ok(), c.ok) << c.budget << " " << st.ToString();
    if (!c.ok) {
      EXPECT_EQ(st.code(), StatusCode::kResourceExhausted);
      EXPECT_NE(st.message().find("--max-doc-seconds"), std::string::npos) << st.message();
      EXPECT_TRUE(doc.events.empty());
    }
  }
}

}  // namespace ingest_sink_test
}  // namespace
}  // namespace mizan
