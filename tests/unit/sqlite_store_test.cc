// Tests for store/sqlite_store: schema, idempotent re-ingest, replacement, dyads, locked and read-only errors.
#include "store/sqlite_store.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace mizan {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class SqliteStoreTest : public ::testing::Test {
 protected:
  SqliteStoreTest() {
    dir_ = fs::temp_directory_path() / ("mizan_store_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  ~SqliteStoreTest() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenOrDie(StoreOptions options = {}) {
    auto s = Store::Open(path_, options);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  fs::path dir_;
  std::string path_;
};

// A minimal event record (the fields the store reads).
json EventRecord(const std::string& doc, int n, const std::string& src, const std::string& tgt, const std::string& cameo,
                 double goldstein, int quad, const std::string& date, bool negated = false,
                 const std::string& attribution = "author") {
  return {{"doc", doc},
          {"id", doc + ":0:" + std::to_string(n)},
          {"sentence", {{"index", 0}, {"start", 0}, {"end", 10}}},
          {"trigger", {{"text", "التقى"}, {"start", 2}, {"end", 7}}},
          {"source", {{"code", src}, {"name", src}, {"text", src}, {"start", 0}, {"end", 1}}},
          {"target", {{"code", tgt}, {"name", tgt}, {"text", tgt}, {"start", 8}, {"end", 9}}},
          {"broker", nullptr},
          {"cameo", cameo},
          {"goldstein", goldstein},
          {"quad_class", quad},
          {"negated", negated},
          {"certainty", "asserted"},
          {"attribution", {{"kind", attribution}}},
          {"date", {{"value", date}, {"granularity", "day"}, {"anchor", "text"}}},
          {"location", nullptr},
          {"confidence", 0.5}};
}

Doc MakeDoc(const std::string& id, const std::string& text, const std::string& outlet = "o1") {
  Doc d(id, text);
  d.outlet = outlet;
  d.published = "2021-12-15";
  return d;
}

TEST(SqliteMigrationsTest, EmbeddedSqlMatchesTheMigrationFiles) {
  fs::path dir = fs::path(MIZAN_TEST_DATA_DIR).parent_path().parent_path() / "src/store/migrations/sqlite";
  for (const auto& [version, sql] : SqliteMigrations()) {
    char name[32];
    std::snprintf(name, sizeof name, "%04d_", version);
    bool found = false;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().filename().string().rfind(name, 0) != 0) continue;
      std::ostringstream file;
      file << std::ifstream(entry.path()).rdbuf();
      EXPECT_EQ(sql, file.str()) << entry.path();
      found = true;
    }
    EXPECT_TRUE(found) << "no migration file for version " << version;
  }
}

TEST_F(SqliteStoreTest, ReingestIsIdempotentAndNewContentReplaces) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  Doc a = MakeDoc("a", "نص أول");
  std::vector<json> ev = {EventRecord("a", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-14"),
                          EventRecord("a", 2, "EGY", "LBYMIL", "051", 3.4, 1, "2016-06-15")};
  // (what is put, expected result, documents after, events after)
  struct Step {
    Doc doc;
    std::vector<json> events;
    PutResult want;
    int64_t docs, events_after;
  };
  Doc a2 = MakeDoc("a", "نص ثان");
  std::vector<Step> steps = {
      {a, ev, PutResult::kInserted, 1, 2},
      {a, ev, PutResult::kUnchanged, 1, 2},
      {a2, {EventRecord("a", 1, "DZA", "LBYMIL", "190", -10, 4, "2016-06-14")}, PutResult::kReplaced, 1, 1},
      {MakeDoc("a", "نص ثان", "o2"), {}, PutResult::kReplaced, 1, 0},  // metadata is content too
      {MakeDoc("b", "نص"), ev, PutResult::kInserted, 2, 2},
  };
  for (size_t i = 0; i < steps.size(); ++i) {
    SCOPED_TRACE(i);
    // The ids of events are "doc:s:n": rename for doc b so they do not clash with a's.
    for (auto& e : steps[i].events) e["id"] = steps[i].doc.id + e["id"].get<std::string>().substr(1);
    ASSERT_TRUE(store->BeginBatch().ok());
    auto put = store->PutDocument(steps[i].doc, steps[i].events, "test.v1");
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_EQ(*put, steps[i].want);
    ASSERT_TRUE(store->Commit().ok());
    EXPECT_EQ(store->CountDocuments().value(), steps[i].docs);
    EXPECT_EQ(store->CountEvents().value(), steps[i].events_after);
  }
  EXPECT_TRUE(store->HasDocument("b", ContentHash(MakeDoc("b", "نص"))).value());
  EXPECT_FALSE(store->HasDocument("b", ContentHash(MakeDoc("b", "نص آخر"))).value());
  EXPECT_FALSE(store->HasDocument("zzz", "x").value());
}

TEST_F(SqliteStoreTest, RollbackKeepsNothingAndReopenKeepsCommitted) {
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(store->PutDocument(MakeDoc("a", "أ"), {}, "v").ok());
    ASSERT_TRUE(store->Commit().ok());
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(store->PutDocument(MakeDoc("b", "ب"), {}, "v").ok());
    store->Rollback();
  }
  auto again = OpenOrDie();
  EXPECT_EQ(again->CountDocuments().value(), 1);
  EXPECT_FALSE(again->PutDocument(MakeDoc("c", "ج"), {}, "v").ok());  // outside a batch
}

TEST_F(SqliteStoreTest, Dyads) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store->BeginBatch().ok());
  Doc a = MakeDoc("a", "أ", "outlet1");
  Doc b = MakeDoc("b", "ب", "outlet2");
  ASSERT_TRUE(store->PutDocument(a, {EventRecord("a", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-14"),
                                     EventRecord("a", 2, "DZA", "LBYMIL", "190", -10.0, 4, "2016-07-01"),
                                     EventRecord("a", 3, "EGY", "LBYMIL", "051", 3.4, 2, "2016-06-02"),
                                     EventRecord("a", 4, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-20", true)},
                                 "v")
                  .ok());
  ASSERT_TRUE(store->PutDocument(b, {EventRecord("b", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-30", false, "media")},
                                 "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  struct Case {
    DyadQuery q;
    std::vector<std::string> want;  // "source target period events sum q1 q2 q3 q4 sources"
  };
  auto fmt_row = [](const DyadRow& r) {
    std::ostringstream s;
    s << r.source << ' ' << r.target << ' ' << r.period << ' ' << r.events << ' ' << r.goldstein_sum << ' ' << r.quad[0]
      << ' ' << r.quad[1] << ' ' << r.quad[2] << ' ' << r.quad[3] << ' ' << r.sources;
    return s.str();
  };
  auto q = [](std::string period, size_t top, bool negated) {
    DyadQuery d;
    d.period = std::move(period);
    d.top = top;
    d.filter.include_negated = negated;
    return d;
  };
  const std::vector<Case> cases = {
      {q("month", 0, false),
       {"DZA LBYMIL 2016-06 2 2 2 0 0 0 2", "DZA LBYMIL 2016-07 1 -10 0 0 0 1 1", "EGY LBYMIL 2016-06 1 3.4 0 1 0 0 1"}},
      {q("year", 0, false), {"DZA LBYMIL 2016 3 -8 2 0 0 1 2", "EGY LBYMIL 2016 1 3.4 0 1 0 0 1"}},
      {q("all", 1, false), {"DZA LBYMIL all 3 -8 2 0 0 1 2"}},
      {q("all", 1, true), {"DZA LBYMIL all 4 -7 3 0 0 1 2"}},
  };
  for (const Case& c : cases) {
    auto rows = store->Dyads(c.q);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    std::vector<std::string> got;
    for (const auto& r : *rows) got.push_back(fmt_row(r));
    EXPECT_EQ(got, c.want) << c.q.period;
  }
  EXPECT_EQ(store->Dyads(q("fortnight", 0, false)).status().code(), StatusCode::kInvalidArgument);
  DyadRow r{"DZA", "LBYMIL", "2016-06", 3, 9.4, 3.1333, {1, 2, 0, 0}, 2};
  EXPECT_EQ(DyadToJson(r), (json{{"source", "DZA"}, {"target", "LBYMIL"}, {"period", "2016-06"}, {"events", 3},
                                 {"goldstein_sum", 9.4}, {"goldstein_mean", 3.13}, {"quad", {1, 2, 0, 0}},
                                 {"sources", 2}, {"articles", 0}}));
}

TEST_F(SqliteStoreTest, ReadOnlyDatabaseIsUnavailable) {
  { ASSERT_TRUE(OpenOrDie()); }  // create it
  StoreOptions ro;
  ro.read_only = true;
  auto store = OpenOrDie(ro);
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->CountDocuments().ok());  // reading works
  Status st = store->BeginBatch();
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();

  auto missing = Store::Open((dir_ / "none.db").string(), ro);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  if (::geteuid() != 0) {  // root writes through file permissions
    fs::permissions(path_, fs::perms::owner_read | fs::perms::group_read);
    fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
    auto rw = Store::Open(path_);
    Status put = rw.ok() ? (*rw)->BeginBatch() : rw.status();
    EXPECT_EQ(put.code(), StatusCode::kUnavailable) << put.ToString();
    fs::permissions(dir_, fs::perms::owner_all);
  }
}

TEST_F(SqliteStoreTest, LockedDatabaseIsUnavailable) {
  auto writer = OpenOrDie();
  ASSERT_TRUE(writer->BeginBatch().ok());  // holds the write lock
  StoreOptions quick;
  quick.busy_timeout_ms = 50;
  auto other = OpenOrDie(quick);
  ASSERT_TRUE(other);
  Status st = other->BeginBatch();
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_NE(st.message().find("locked"), std::string::npos) << st.message();
  EXPECT_TRUE(other->CountDocuments().ok());  // WAL: readers still read
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_TRUE(other->BeginBatch().ok());
  other->Rollback();
}

TEST_F(SqliteStoreTest, NotADatabaseIsDataLoss) {
  std::ofstream(path_) << "this is not a database, just some text that is long enough to be a header........";
  auto s = Store::Open(path_);
  EXPECT_EQ(s.status().code(), StatusCode::kDataLoss) << s.status().ToString();
  EXPECT_EQ(Store::Open("postgres://x").status().code(), StatusCode::kUnimplemented);
}

TEST_F(SqliteStoreTest, SchemaVersionIsRecorded) {
  auto s = SqliteStore::OpenFile(path_, {});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->schema_version(), SqliteMigrations().back().first);
}

}  // namespace
}  // namespace mizan
