// Tests for store/sqlite_store: schema, idempotent re-ingest, replacement, canonical linking, dyads, event
// queries, full-text search, actors, partners, brokers, locked and read-only errors.
#include "store/sqlite_store.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace mizan {
namespace {
namespace sqlite_store_test {

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
  EXPECT_EQ(Store::Open("postgres://x").status().code(), StatusCode::kUnavailable);  // no server named x
}

TEST_F(SqliteStoreTest, SchemaVersionIsRecorded) {
  auto s = SqliteStore::OpenFile(path_, {});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->schema_version(), SqliteMigrations().back().first);
}


// The event ids of a page, with their canonical id and sources: "a:0:1@1/2".
std::vector<std::string> Ids(const EventPage& page) {
  std::vector<std::string> out;
  for (const auto& e : page.events)
    out.push_back(e["id"].get<std::string>() + "@" + std::to_string(e["canonical_id"].get<int64_t>()) + "/" +
                  std::to_string(e["num_sources"].get<int64_t>()));
  return out;
}

json WithId(json e, const std::string& id) {
  e["id"] = id;
  return e;
}

TEST_F(SqliteStoreTest, ReportsOfOneActLinkToOneCanonicalEvent) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  // (doc, outlet, events): a warning reported by three outlets over three days, a meeting told both ways
  // round, and look-alikes that must stay apart.
  struct Put {
    const char* doc;
    const char* outlet;
    std::vector<json> events;
  };
  const std::vector<Put> puts = {
      {"a", "o1", {EventRecord("a", 1, "DZA", "LBYMIL", "130", -4.4, 3, "2021-07-10"),
                   EventRecord("a", 2, "EGY", "LBYMIL", "051", 3.4, 1, "2016-06-02")}},
      {"b", "o2", {EventRecord("b", 1, "DZA", "LBYMIL", "138", -7.0, 3, "2021-07-11"),
                   EventRecord("b", 2, "JOR", "LBYMIL", "040", 1.0, 1, "2021-11-03")}},
      {"c", "o1", {EventRecord("c", 1, "DZA", "LBY", "130", -4.4, 3, "2021-07-12")}},
      {"d", "o3", {EventRecord("d", 1, "LBYMIL", "JOR", "042", 1.9, 1, "2021-11-04"),
                   EventRecord("d", 2, "DZA", "LBYMIL", "130", -4.4, 3, "2021-07-20"),   // ten days on: another
                   EventRecord("d", 3, "DZA", "LBYMIL", "130", -4.4, 3, "2021-07-11")}},  // same doc as d:0:2? no: a1
  };
  // Batches of one and of two documents: linking happens at each Commit.
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(MakeDoc(puts[0].doc, "أ", puts[0].outlet), puts[0].events, "v").ok());
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->BeginBatch().ok());
  for (size_t i = 1; i < puts.size(); ++i)
    ASSERT_TRUE(store->PutDocument(MakeDoc(puts[i].doc, "ب", puts[i].outlet), puts[i].events, "v").ok());
  ASSERT_TRUE(store->Commit().ok());

  auto check = [&](const std::vector<std::string>& want, int64_t canonical) {
    EventQuery q;
    q.filter.include_negated = true;
    q.limit = 100;
    auto page = store->QueryEvents(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(Ids(*page), want);
    EXPECT_EQ(store->CountCanonicalEvents().value(), canonical);
  };
  // Ordered by (date, id). Canonical 1 = the warning (a, b, c, and d:0:3, a fourth article, o3).
  check({"a:0:2@2/1", "a:0:1@1/3", "b:0:1@1/3", "d:0:3@1/3", "c:0:1@1/3", "d:0:2@4/1", "b:0:2@3/2", "d:0:1@3/2"}, 4);

  // The counts use canonical events: DZA -> LBYMIL is two acts (10 and 20 July), not five reports.
  DyadQuery dq;
  dq.period = "all";
  dq.top = 0;
  auto rows = store->Dyads(dq);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ((*rows)[0].source, "DZA");
  EXPECT_EQ((*rows)[0].events, 2);
  EXPECT_EQ((*rows)[0].articles, 4);
  EXPECT_DOUBLE_EQ((*rows)[0].goldstein_sum, -8.8);  // each act once, at its representative's value

  // A changed document leaves its canonical events first: the warning keeps b as representative.
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_EQ(store->PutDocument(MakeDoc("a", "أ تغير", "o1"), {}, "v").value(), PutResult::kReplaced);
  ASSERT_TRUE(store->Commit().ok());
  check({"b:0:1@1/3", "d:0:3@1/3", "c:0:1@1/3", "d:0:2@4/1", "b:0:2@3/2", "d:0:1@3/2"}, 3);
  EventQuery rep;
  rep.filter.canonical_only = true;
  auto reps = store->QueryEvents(rep);
  ASSERT_TRUE(reps.ok());
  EXPECT_EQ(reps->events.size(), 3u);
  EXPECT_EQ(reps->events[0]["id"], "b:0:1");
  EXPECT_EQ(reps->events[0]["num_articles"], 3);

  // Relinking everything from scratch gives the same acts.
  ASSERT_TRUE(store->LinkCanonical(/*relink_all=*/true).ok());
  EXPECT_EQ(store->CountCanonicalEvents().value(), 3);
  auto again = store->QueryEvents(rep);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->events.size(), 3u);
}

TEST_F(SqliteStoreTest, QueryEventsFiltersAndPages) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->BeginBatch().ok());
  json neg = EventRecord("a", 4, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-20", true);
  ASSERT_TRUE(store->PutDocument(MakeDoc("a", "أ", "o1"),
                                 {EventRecord("a", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-14"),
                                  EventRecord("a", 2, "DZA", "LBYMIL", "190", -10.0, 4, "2016-07-01"),
                                  EventRecord("a", 3, "EGY", "LBYMIL", "051", 3.4, 2, "2016-06-02"), neg},
                                 "v")
                  .ok());
  ASSERT_TRUE(store->PutDocument(MakeDoc("b", "ب", "o2"),
                                 {EventRecord("b", 1, "LBYMIL", "DZA", "130", -4.4, 3, "2021-07", false, "media")}, "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  struct Case {
    const char* what;
    EventFilter f;
    std::vector<std::string> want;  // event ids in (date, id) order
  };
  auto F = [](auto set) {
    EventFilter f;
    set(f);
    return f;
  };
  const std::vector<Case> cases = {
      {"all but negated", {}, {"a:0:3", "a:0:1", "a:0:2", "b:0:1"}},
      {"negated too", F([](EventFilter& f) { f.include_negated = true; }), {"a:0:3", "a:0:1", "a:0:4", "a:0:2", "b:0:1"}},
      {"actor prefix", F([](EventFilter& f) { f.actor = "EGY"; }), {"a:0:3"}},
      {"source LBY", F([](EventFilter& f) { f.source = "LBY"; }), {"b:0:1"}},
      {"either way", F([](EventFilter& f) { f.source = "DZA"; f.target = "LBY"; f.either_direction = true; }),
       {"a:0:1", "a:0:2", "b:0:1"}},
      {"one way", F([](EventFilter& f) { f.source = "DZA"; f.target = "LBY"; }), {"a:0:1", "a:0:2"}},
      {"cameo root", F([](EventFilter& f) { f.cameo = "19"; }), {"a:0:2"}},
      {"cameo code", F([](EventFilter& f) { f.cameo = "051"; }), {"a:0:3"}},
      {"quad", F([](EventFilter& f) { f.quad_class = 3; }), {"b:0:1"}},
      {"month to", F([](EventFilter& f) { f.date_to = "2016-06"; }), {"a:0:3", "a:0:1"}},
      {"from", F([](EventFilter& f) { f.date_from = "2016-07"; }), {"a:0:2", "b:0:1"}},
      {"outlet", F([](EventFilter& f) { f.outlet = "o2"; }), {"b:0:1"}},
      {"attribution", F([](EventFilter& f) { f.attribution = "media"; }), {"b:0:1"}},
      {"document", F([](EventFilter& f) { f.doc_id = "a"; }), {"a:0:3", "a:0:1", "a:0:2"}},
  };
  for (const Case& c : cases) {
    // Page by one, two and ten: the pages together are the whole answer, in order, once.
    for (size_t limit : {1, 2, 10}) {
      EventQuery q;
      q.filter = c.f;
      q.limit = limit;
      q.count_total = true;
      std::vector<std::string> got;
      for (int guard = 0; guard < 20; ++guard) {
        auto page = store->QueryEvents(q);
        ASSERT_TRUE(page.ok()) << c.what << ": " << page.status().ToString();
        EXPECT_EQ(page->total, static_cast<int64_t>(c.want.size())) << c.what;
        for (const auto& e : page->events) got.push_back(e["id"]);
        if (page->next_cursor.empty()) break;
        q.cursor = page->next_cursor;
      }
      EXPECT_EQ(got, c.want) << c.what << " limit " << limit;
    }
  }
  EventQuery newest;
  newest.limit = 2;
  newest.newest_first = true;
  auto page = store->QueryEvents(newest);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 2u);
  EXPECT_EQ(page->events[0]["id"], "b:0:1");
  EXPECT_EQ(page->events[0]["document"]["outlet"], "o2");
  EventQuery bad;
  bad.cursor = "zz";
  EXPECT_EQ(store->QueryEvents(bad).status().code(), StatusCode::kInvalidArgument);
  bad.cursor.clear();
  bad.filter.date_from = "June";
  EXPECT_EQ(store->QueryEvents(bad).status().code(), StatusCode::kInvalidArgument);

  auto doc = store->GetDocument("a");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ((*doc)["outlet"], "o1");
  EXPECT_EQ((*doc)["events"].size(), 4u);  // the negated one too
  EXPECT_EQ(store->GetDocument("zzz").status().code(), StatusCode::kNotFound);
}

TEST_F(SqliteStoreTest, TextSearchIgnoresDiacriticsAndMatchesPrefixes) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  Doc d("t", "حذّرت الجزائرُ حفترَ من التعاون مع إسرائيل.");
  d.outlet = "o1";
  ASSERT_TRUE(Normalize(d).ok());
  Sentence s;
  s.norm = {0, static_cast<idx_t>(d.norm.size())};
  d.sentences.push_back(s);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(d, {EventRecord("t", 1, "DZA", "LBYMIL", "130", -4.4, 3, "2021-07-10")}, "v").ok());
  ASSERT_TRUE(store->Commit().ok());
  const std::pair<const char*, size_t> cases[] = {
      {"الجزائر", 1},           // the text has a damma on the last letter
      {"حذرت", 1},              // and a shadda here
      {"الجزا", 1},             // prefix
      {"الجزائر إسرائيل", 1},  // both words
      {"الجزائر تونس", 0},      // both needed
      {"المغرب", 0},
  };
  for (const auto& [words, n] : cases) {
    EventQuery q;
    q.filter.text = words;
    auto page = store->QueryEvents(q);
    ASSERT_TRUE(page.ok()) << words << ": " << page.status().ToString();
    EXPECT_EQ(page->events.size(), n) << words;
  }
  EventQuery empty;
  empty.filter.text = "...";
  EXPECT_EQ(store->QueryEvents(empty).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(SqliteStoreTest, ActorsPartnersBrokersAndTimelines) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  json brokered = EventRecord("a", 3, "LBYMIL", "ISRSPY", "040", 1.0, 1, "2021-11-03");
  brokered["broker"] = {{"code", "LBYBUS"}, {"name", "حسونة تاتاناكي"}, {"text", "رجل الأعمال"}, {"start", 1}, {"end", 2}};
  Doc a = MakeDoc("a", "أ");
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(a,
                                 {EventRecord("a", 1, "DZA", "LBYMIL", "051", 3.4, 1, "2016-06-14"),
                                  EventRecord("a", 2, "DZA", "LBYMIL", "130", -4.4, 3, "2021-07-10"),
                                  brokered, EventRecord("a", 4, "ARE", "LBYMIL", "051", 3.4, 1, "2021-11-20"),
                                  EventRecord("a", 5, "LBYMIL", "FRA", "040", 1.0, 1, "2018-05-29")},
                                 "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());

  auto partners = store->Partners("LBYMIL", {});
  ASSERT_TRUE(partners.ok()) << partners.status().ToString();
  std::vector<std::string> got;
  for (const auto& p : *partners) got.push_back(p.partner + " " + std::to_string(p.events_out) + "/" + std::to_string(p.events_in));
  EXPECT_EQ(got, (std::vector<std::string>{"DZA 0/2", "ARE 0/1", "FRA 1/0", "ISRSPY 1/0"}));
  EXPECT_EQ(store->Partners("", {}).status().code(), StatusCode::kInvalidArgument);

  EventFilter f;
  f.actor = "LBYBUS";
  auto brokers = store->Brokers(f);
  ASSERT_TRUE(brokers.ok()) << brokers.status().ToString();
  ASSERT_FALSE(brokers->empty());
  EXPECT_EQ((*brokers)[0].broker, "LBYBUS");
  EXPECT_EQ((*brokers)[0].target, "ISRSPY");
  EXPECT_EQ((*brokers)[0].explicit_events, 1);

  ActorQuery aq;
  aq.top = 2;
  auto actors = store->Actors(aq);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  ASSERT_EQ(actors->size(), 2u);
  EXPECT_EQ((*actors)[0].code, "LBYMIL");
  EXPECT_EQ((*actors)[0].events, 5);
  EXPECT_EQ((*actors)[0].first_date, "2016-06-14");
  EXPECT_EQ((*actors)[1].code, "DZA");

  // A timeline: both directions merged under the asked prefixes, in time order.
  DyadQuery t;
  t.period = "year";
  t.top = 0;
  t.chronological = true;
  t.merge_to_filter = true;
  t.filter.source = "LBY";
  t.filter.target = "DZA";
  t.filter.either_direction = true;
  auto rows = store->Dyads(t);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].source + ">" + (*rows)[0].target + " " + (*rows)[0].period, "DZA>LBY 2016");
  EXPECT_EQ((*rows)[1].period, "2021");
  EXPECT_EQ((*rows)[1].quad[2], 1);
  t.period = "week";
  rows = store->Dyads(t);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].period, "2016-W24");
  EXPECT_EQ((*rows)[1].period, "2021-W27");
}

}  // namespace sqlite_store_test
}  // namespace
}  // namespace mizan
