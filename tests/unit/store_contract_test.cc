// The Store contract: the same tests run against SQLite (always) and PostgreSQL (when MIZAN_TEST_PG holds a
// connection string, as scripts/pg_test.sh sets it; skipped otherwise), plus PostgreSQL-only checks.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <tuple>
#include <sstream>
#include <thread>

#include <fmt/core.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <pqxx/pqxx>

#include "store/postgres_location.h"
#include "store/postgres_rows.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace mizan {
namespace {
namespace store_contract_test {

namespace fs = std::filesystem;
using nlohmann::json;

const char* PgUri() {
  const char* uri = std::getenv("MIZAN_TEST_PG");
  return uri && *uri ? uri : nullptr;
}

// The PostgreSQL location of a test: its own schema, through libpq's options=-csearch_path=...
std::string PgLocationWithSchema(const std::string& uri, const std::string& schema) {
  std::string sep = uri.find('?') == std::string::npos ? "?" : "&";
  return uri + sep + "options=-csearch_path%3D" + schema;
}

// One store under test: a fresh SQLite file or a fresh PostgreSQL schema, and raw SQL against it.
class Backend {
 public:
  explicit Backend(const std::string& kind) : kind_(kind) {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? std::tolower(c) : '_';
    name = "mizan_" + std::to_string(::getpid()) + "_" + name;
    if (kind_ == "sqlite") {
      dir_ = fs::temp_directory_path() / name;
      fs::remove_all(dir_);
      fs::create_directories(dir_);
      location_ = (dir_ / "t.db").string();
    } else {
      schema_ = name.substr(0, 60);
      location_ = PgLocationWithSchema(PgUri(), schema_);
      Exec(fmt::format("DROP SCHEMA IF EXISTS {0} CASCADE; CREATE SCHEMA {0}", schema_), /*in_schema=*/false);
    }
  }
  ~Backend() {
    if (kind_ == "sqlite") fs::remove_all(dir_);
    else Exec(fmt::format("DROP SCHEMA IF EXISTS {} CASCADE", schema_), false);
  }

  const std::string& location() const { return location_; }
  bool postgres() const { return kind_ == "postgres"; }

  // Runs SQL on the store's database directly (what a test needs to stage a broken or future schema).
  void Exec(const std::string& sql, bool in_schema = true) {
    if (kind_ == "sqlite") {
      sqlite3* db = nullptr;
      ASSERT_EQ(sqlite3_open(location_.c_str(), &db), SQLITE_OK);
      char* err = nullptr;
      int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
      EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "") << " in " << sql;
      sqlite3_free(err);
      sqlite3_close(db);
      return;
    }
    pqxx::connection c(in_schema ? location_ : std::string(PgUri()));
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  std::string Query1(const std::string& sql) {  // first column of the first row, for PostgreSQL checks
    pqxx::connection c(location_);
    pqxx::nontransaction tx(c);
    pqxx::result r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? "" : r[0][0].as<std::string>();
  }

 private:
  std::string kind_, location_, schema_;
  fs::path dir_;
};

json EventRecord(const std::string& doc, int n, const std::string& src, const std::string& tgt,
                 const std::string& cameo, double goldstein, int quad, const std::string& date, bool negated = false,
                 const std::string& attribution = "author", const std::string& granularity = "day") {
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
          {"date", date.empty() ? json(nullptr) : json{{"value", date}, {"granularity", granularity}, {"anchor", "text"}}},
          {"location", nullptr},
          {"confidence", 0.5}};
}

Doc MakeDoc(const std::string& id, const std::string& text, const std::string& outlet = "o1") {
  Doc d(id, text);
  d.outlet = outlet;
  d.published = "2021-12-15";
  return d;
}

// One document in a batch of its own.
void Put(Store& store, const Doc& doc, const std::vector<json>& events) {
  ASSERT_TRUE(store.BeginBatch().ok());
  auto put = store.PutDocument(doc, events, "test.v1");
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  Status st = store.Commit();
  ASSERT_TRUE(st.ok()) << st.ToString();
}

class StoreContractTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !PgUri()) GTEST_SKIP() << "MIZAN_TEST_PG is not set (scripts/pg_test.sh sets it)";
    backend_ = std::make_unique<Backend>(GetParam());
  }
  std::unique_ptr<Store> OpenOrDie(StoreOptions options = {}) {
    auto s = Store::Open(backend_->location(), options);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }
  std::unique_ptr<Backend> backend_;
};

TEST_P(StoreContractTest, ReingestIsIdempotentAndNewContentReplaces) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  std::vector<json> ev = {EventRecord("a", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-14"),
                          EventRecord("a", 2, "EGY", "LBYMIL", "051", 3.4, 1, "2016-06-15")};
  struct Step {  // what is put, expected result, documents and events after
    Doc doc;
    std::vector<json> events;
    PutResult want;
    int64_t docs, events_after;
  };
  std::vector<Step> steps = {
      {MakeDoc("a", "نص أول"), ev, PutResult::kInserted, 1, 2},
      {MakeDoc("a", "نص أول"), ev, PutResult::kUnchanged, 1, 2},
      {MakeDoc("a", "نص ثان"), {EventRecord("a", 1, "DZA", "LBYMIL", "190", -10, 4, "2016-07-14")}, PutResult::kReplaced, 1, 1},
      {MakeDoc("a", "نص ثان", "o2"), {}, PutResult::kReplaced, 1, 0},  // metadata is content too
      {MakeDoc("b", "نص"), ev, PutResult::kInserted, 2, 2},
  };
  for (size_t i = 0; i < steps.size(); ++i) {
    SCOPED_TRACE(i);
    for (auto& e : steps[i].events) e["id"] = steps[i].doc.id + e["id"].get<std::string>().substr(1);
    ASSERT_TRUE(store->BeginBatch().ok());
    auto put = store->PutDocument(steps[i].doc, steps[i].events, "test.v1");
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_EQ(*put, steps[i].want);
    Status st = store->Commit();
    ASSERT_TRUE(st.ok()) << st.ToString();
    EXPECT_EQ(store->CountDocuments().value(), steps[i].docs);
    EXPECT_EQ(store->CountEvents().value(), steps[i].events_after);
  }
  EXPECT_TRUE(store->HasDocument("b", ContentHash(MakeDoc("b", "نص"))).value());
  EXPECT_FALSE(store->HasDocument("b", ContentHash(MakeDoc("b", "نص آخر"))).value());
  EXPECT_FALSE(store->HasDocument("zzz", "x").value());
}

TEST_P(StoreContractTest, ABatchSeesItsOwnWritesAndRollbackKeepsNothing) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  Put(*store, MakeDoc("a", "أ"), {EventRecord("a", 1, "DZA", "LBY", "040", 1, 1, "2016-06-14")});
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->BeginBatch().code(), StatusCode::kFailedPrecondition);  // one batch at a time
  // (put, expected result): the same id twice in one batch behaves as in two batches.
  const std::vector<std::pair<Doc, PutResult>> puts = {{MakeDoc("b", "ب"), PutResult::kInserted},
                                                       {MakeDoc("b", "ب"), PutResult::kUnchanged},
                                                       {MakeDoc("b", "ب ب"), PutResult::kReplaced},
                                                       {MakeDoc("b", "ب ب"), PutResult::kUnchanged}};
  for (const auto& [doc, want] : puts) {
    auto put = store->PutDocument(doc, {EventRecord("b", 1, "EGY", "LBY", "040", 1, 1, "2016-08-01")}, "v");
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_EQ(*put, want) << doc.text();
  }
  EXPECT_TRUE(store->HasDocument("b", ContentHash(MakeDoc("b", "ب ب"))).value());
  EXPECT_EQ(store->CountDocuments().value(), 2);
  EXPECT_EQ(store->CountEvents().value(), 2);
  store->Rollback();
  EXPECT_EQ(store->CountDocuments().value(), 1);
  EXPECT_EQ(store->CountEvents().value(), 1);
  EXPECT_FALSE(store->HasDocument("b", ContentHash(MakeDoc("b", "ب ب"))).value());
  EXPECT_EQ(store->PutDocument(MakeDoc("c", "ج"), {}, "v").status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(store->Commit().code(), StatusCode::kFailedPrecondition);
  store.reset();
  auto again = OpenOrDie();  // committed rows survive a reopen (and the schema is not migrated twice)
  EXPECT_EQ(again->CountDocuments().value(), 1);
  // An open batch that is never committed is dropped when the store closes.
  ASSERT_TRUE(again->BeginBatch().ok());
  ASSERT_TRUE(again->PutDocument(MakeDoc("d", "د"), {}, "v").ok());
  again.reset();
  EXPECT_EQ(OpenOrDie()->CountDocuments().value(), 1);
}

TEST_P(StoreContractTest, Dyads) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store
                  ->PutDocument(MakeDoc("a", "أ", "outlet1"),
                                {EventRecord("a", 1, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-14"),
                                 EventRecord("a", 2, "DZA", "LBYMIL", "190", -10.0, 4, "2016-07-01"),
                                 EventRecord("a", 3, "EGY", "LBYMIL", "051", 3.4, 2, "2016-06-02"),
                                 EventRecord("a", 4, "DZA", "LBYMIL", "040", 1.0, 1, "2016-06-20", true),
                                 EventRecord("a", 5, "DZA", "", "040", 1.0, 1, "2016-06-20")},
                                "v")
                  .ok());
  ASSERT_TRUE(store
                  ->PutDocument(MakeDoc("b", "ب", "outlet2"),
                                {EventRecord("b", 1, "DZA", "LBYMIL", "042", 1.0, 1, "2016-06-30", false, "media")},
                                "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  auto q = [](std::string period, size_t top, bool negated) {
    DyadQuery d;
    d.period = std::move(period);
    d.top = top;
    d.filter.include_negated = negated;
    return d;
  };
  struct Case {
    DyadQuery q;
    std::vector<std::string> want;  // "source target period events sum q1 q2 q3 q4 sources"
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
    for (const auto& r : *rows) {
      std::ostringstream s;
      s << r.source << ' ' << r.target << ' ' << r.period << ' ' << r.events << ' ' << r.goldstein_sum << ' '
        << r.quad[0] << ' ' << r.quad[1] << ' ' << r.quad[2] << ' ' << r.quad[3] << ' ' << r.sources;
      got.push_back(s.str());
    }
    EXPECT_EQ(got, c.want) << c.q.period;
  }
  EXPECT_EQ(store->Dyads(q("fortnight", 0, false)).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreContractTest, ReadOnlyStoreReadsButDoesNotWrite) {
  { Put(*OpenOrDie(), MakeDoc("a", "أ"), {}); }
  StoreOptions ro;
  ro.read_only = true;
  auto store = OpenOrDie(ro);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->CountDocuments().value(), 1);
  Status st = store->BeginBatch();
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();
}

TEST_P(StoreContractTest, SchemaNewerThanTheBinaryIsFailedPrecondition) {
  { ASSERT_TRUE(OpenOrDie()); }
  backend_->Exec("INSERT INTO schema_version (version, applied_at) VALUES (9999, '2030-01-01T00:00:00Z')");
  auto s = Store::Open(backend_->location());
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition) << s.status().ToString();
  EXPECT_NE(s.status().message().find("9999"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("upgrade mizan"), std::string::npos) << s.status().message();
}

TEST_P(StoreContractTest, ArabicAndOddValuesRoundTrip) {
  auto store = OpenOrDie();
  Doc d = MakeDoc("doc/1 'quoted' \"x\"", "قال المشير خليفة حفتر إنّه التقى الرئيس الجزائري\nسطر ثان 😀");
  d.title = "عنوان";
  d.url = "https://example.org/a?b=c&d='e'";
  d.published = "";
  json e = EventRecord(d.id, 1, "LBYMIL", "DZAGOV", "040", 1.0, 1, "");  // undated
  e["id"] = d.id + ":0:1";
  e["trigger"]["text"] = "التقى";
  e["confidence"] = 0.25;
  Put(*store, d, {e});
  EXPECT_TRUE(store->HasDocument(d.id, ContentHash(d)).value());
  EXPECT_EQ(store->CountEvents().value(), 1);
  auto rows = store->Dyads({"all", 0, {}});
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].source, "LBYMIL");
  EXPECT_EQ((*rows)[0].period, "all");
}

// Three documents whose events the query tests filter and page through.
void PutQueryFixture(Store& store) {
  ASSERT_TRUE(store.BeginBatch().ok());
  Doc a = MakeDoc("a", "استقبل الرئيس الجزائري المشير في العاصمة", "outlet1");
  a.title = "عنوان";
  // Segmented as the pipeline does, so that every store knows the sentence the events point at.
  ASSERT_TRUE(Normalize(a).ok());
  ASSERT_TRUE(SegmentStage(nullptr).Process(a).ok());
  std::vector<json> a_events = {EventRecord("a", 1, "DZAGOV", "LBYMIL", "042", 1.9, 1, "2016-06-14"),
                                EventRecord("a", 2, "DZA", "LBYMIL", "190", -10, 4, "2016-07-01"),
                                EventRecord("a", 3, "EGY", "LBYMIL", "051", 3.4, 2, "2016-06-02"),
                                EventRecord("a", 4, "DZA", "LBYMIL", "040", 1, 1, "2016-06-20", true)};
  for (json& e : a_events) e["sentence"] = {{"index", 0}, {"start", 0}, {"end", 40}};
  ASSERT_TRUE(store.PutDocument(a, a_events, "v").ok());
  ASSERT_TRUE(store
                  .PutDocument(MakeDoc("b", "نص", "outlet2"),
                               {EventRecord("b", 1, "LBYMIL", "DZA", "112", -2, 3, "2016-06-30", false, "media"),
                                EventRecord("b", 2, "FRA", "LBY", "040", 1, 1, "")},
                               "v")
                  .ok());
  ASSERT_TRUE(store.Commit().ok());
}

std::vector<std::string> Ids(const EventPage& page) {
  std::vector<std::string> ids;
  for (const json& e : page.events) ids.push_back(e.value("id", ""));
  return ids;
}

TEST_P(StoreContractTest, QueryEventsFiltersAndOrders) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  PutQueryFixture(*store);
  auto f = [](auto set) {
    EventQuery q;
    set(q.filter);
    return q;
  };
  struct Case {
    const char* name;
    EventQuery q;
    std::vector<std::string> want;  // ids in order
  };
  const std::vector<Case> cases = {
      {"all", f([](EventFilter&) {}), {"b:0:2", "a:0:3", "a:0:1", "b:0:1", "a:0:2"}},
      {"negated too", f([](EventFilter& x) { x.include_negated = true; }),
       {"b:0:2", "a:0:3", "a:0:1", "a:0:4", "b:0:1", "a:0:2"}},
      {"actor prefix", f([](EventFilter& x) { x.actor = "DZA"; }), {"a:0:1", "b:0:1", "a:0:2"}},
      {"source", f([](EventFilter& x) { x.source = "DZA"; }), {"a:0:1", "a:0:2"}},
      {"either direction", f([](EventFilter& x) { x.source = "DZA"; x.target = "LBY"; x.either_direction = true; }),
       {"a:0:1", "b:0:1", "a:0:2"}},
      {"cameo root", f([](EventFilter& x) { x.cameo = "04"; }), {"b:0:2", "a:0:1"}},
      {"cameo code", f([](EventFilter& x) { x.cameo = "042"; }), {"a:0:1"}},
      {"quad class", f([](EventFilter& x) { x.quad_class = 4; }), {"a:0:2"}},
      {"dates", f([](EventFilter& x) { x.date_from = "2016-06-10"; x.date_to = "2016-06"; }), {"a:0:1", "b:0:1"}},
      {"attribution", f([](EventFilter& x) { x.attribution = "media"; }), {"b:0:1"}},
      {"outlet", f([](EventFilter& x) { x.outlet = "outlet2"; }), {"b:0:2", "b:0:1"}},
      {"document", f([](EventFilter& x) { x.doc_id = "a"; }), {"a:0:3", "a:0:1", "a:0:2"}},
      {"text", f([](EventFilter& x) { x.text = "الجزائري"; }), {"a:0:3", "a:0:1", "a:0:2"}},
      {"text and source", f([](EventFilter& x) { x.text = "العاصمة"; x.source = "DZA"; }), {"a:0:1", "a:0:2"}},
      {"text, another word", f([](EventFilter& x) { x.text = "طرابلس"; }), {}},
  };
  for (const Case& c : cases) {
    auto page = store->QueryEvents(c.q);
    ASSERT_TRUE(page.ok()) << c.name << ": " << page.status().ToString();
    EXPECT_EQ(Ids(*page), c.want) << c.name;
  }
  EventQuery newest;
  newest.newest_first = true;
  newest.count_total = true;
  auto page = store->QueryEvents(newest);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Ids(*page), (std::vector<std::string>{"a:0:2", "b:0:1", "a:0:1", "a:0:3", "b:0:2"}));
  EXPECT_EQ(page->total, 5);
  const json& first = page->events[0];
  EXPECT_EQ(first["document"]["id"], "a");
  EXPECT_EQ(first["document"]["outlet"], "outlet1");
  EXPECT_EQ(first["document"]["title"], "عنوان");
  EXPECT_EQ(first["cameo"], "190");
  EXPECT_TRUE(first.contains("canonical_id"));
  // Bad filters and arguments are InvalidArgument on every store.
  for (auto bad : {f([](EventFilter& x) { x.quad_class = 5; }), f([](EventFilter& x) { x.date_from = "June"; }),
                   f([](EventFilter& x) { x.text = "!!"; })})
    EXPECT_EQ(store->QueryEvents(bad).status().code(), StatusCode::kInvalidArgument);
  EventQuery zero;
  zero.limit = 0;
  EXPECT_EQ(store->QueryEvents(zero).status().code(), StatusCode::kInvalidArgument);
  EventQuery cursor;
  cursor.cursor = "zz";
  EXPECT_EQ(store->QueryEvents(cursor).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreContractTest, QueryEventsPagesNeitherSkipNorRepeat) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  PutQueryFixture(*store);
  for (bool newest : {false, true})
    for (size_t limit : {1, 2, 4, 5, 100}) {
      EventQuery q;
      q.limit = limit;
      q.newest_first = newest;
      q.filter.include_negated = true;
      std::vector<std::string> all;
      int pages = 0;
      for (;;) {
        auto page = store->QueryEvents(q);
        ASSERT_TRUE(page.ok()) << page.status().ToString();
        ASSERT_LE(page->events.size(), limit);
        for (auto& id : Ids(*page)) all.push_back(id);
        ++pages;
        if (page->next_cursor.empty()) break;
        q.cursor = page->next_cursor;
        ASSERT_LT(pages, 10);
      }
      std::vector<std::string> want = {"b:0:2", "a:0:3", "a:0:1", "a:0:4", "b:0:1", "a:0:2"};
      if (newest) std::reverse(want.begin(), want.end());
      EXPECT_EQ(all, want) << "limit " << limit << (newest ? " newest first" : "");
    }
}

TEST_P(StoreContractTest, GetDocumentHasItsEventsAndMissingIsNotFound) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  PutQueryFixture(*store);
  auto doc = store->GetDocument("a");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ((*doc)["id"], "a");
  EXPECT_EQ((*doc)["outlet"], "outlet1");
  EXPECT_EQ((*doc)["title"], "عنوان");
  EXPECT_EQ((*doc)["published"], "2021-12-15");
  EXPECT_EQ((*doc)["text"], "استقبل الرئيس الجزائري المشير في العاصمة");
  EXPECT_EQ((*doc)["pipeline_version"], "v");
  ASSERT_TRUE((*doc)["events"].is_array());
  std::vector<std::string> ids;
  for (const json& e : (*doc)["events"]) ids.push_back(e["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"a:0:3", "a:0:1", "a:0:4", "a:0:2"}));  // negated ones too
  EXPECT_EQ(store->GetDocument("nope").status().code(), StatusCode::kNotFound);
}

TEST_P(StoreContractTest, ReportsOfOneActLinkToOneCanonicalEvent) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  // (document, outlet, its events): a and b report one meeting a day apart; c reports another act.
  Put(*store, MakeDoc("a", "أ", "outlet1"), {EventRecord("a", 1, "DZAGOV", "LBYMIL", "042", 1.9, 1, "2016-06-14")});
  Put(*store, MakeDoc("b", "ب", "outlet2"),
      {EventRecord("b", 1, "DZA", "LBYMIL", "042", 1.9, 1, "2016-06-15"),
       EventRecord("b", 2, "EGY", "LBYMIL", "051", 3.4, 2, "2016-06-15")});
  Put(*store, MakeDoc("c", "ج", "outlet1"), {EventRecord("c", 1, "DZAGOV", "LBYMIL", "190", -10, 4, "2016-09-01")});
  EXPECT_EQ(store->CountEvents().value(), 4);
  EXPECT_EQ(store->CountCanonicalEvents().value(), 3);
  auto sources = [&](const std::string& event_id) {
    EventQuery q;
    q.filter.include_negated = true;
    auto page = store->QueryEvents(q);
    EXPECT_TRUE(page.ok());
    for (const json& e : page->events)
      if (e["id"] == event_id) return fmt::format("{}/{}", e["num_sources"].dump(), e["num_articles"].dump());
    return std::string("missing");
  };
  // (event, distinct sources / articles of its canonical event)
  const std::vector<std::pair<std::string, std::string>> want = {
      {"a:0:1", "2/2"}, {"b:0:1", "2/2"}, {"b:0:2", "1/1"}, {"c:0:1", "1/1"}};
  for (const auto& [id, n] : want) EXPECT_EQ(sources(id), n) << id;
  EventQuery canonical;
  canonical.filter.canonical_only = true;
  EXPECT_EQ(Ids(store->QueryEvents(canonical).value()), (std::vector<std::string>{"a:0:1", "b:0:2", "c:0:1"}));
  // A document replaced without the event: its canonical event loses that report.
  Put(*store, MakeDoc("a", "أ أ", "outlet1"), {});
  EXPECT_EQ(store->CountCanonicalEvents().value(), 3);
  EXPECT_EQ(sources("b:0:1"), "1/1");
  EXPECT_EQ(Ids(store->QueryEvents(canonical).value()), (std::vector<std::string>{"b:0:1", "b:0:2", "c:0:1"}));
  // Relinking from scratch gives the same canonical events.
  ASSERT_TRUE(store->LinkCanonical(/*relink_all=*/true).ok());
  EXPECT_EQ(store->CountCanonicalEvents().value(), 3);
  EXPECT_EQ(sources("b:0:1"), "1/1");
}

TEST_P(StoreContractTest, DyadPeriodsFiltersAndTimelines) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  PutQueryFixture(*store);
  auto q = [](std::string period, auto set) {
    DyadQuery d;
    d.period = std::move(period);
    d.top = 0;
    set(d);
    return d;
  };
  struct Case {
    const char* name;
    DyadQuery q;
    std::vector<std::string> want;  // "source target period events sum"
  };
  const std::vector<Case> cases = {
      {"day", q("day", [](DyadQuery&) {}),
       {"DZA LBYMIL 2016-07-01 1 -10", "DZAGOV LBYMIL 2016-06-14 1 1.9", "EGY LBYMIL 2016-06-02 1 3.4",
        "FRA LBY unknown 1 1", "LBYMIL DZA 2016-06-30 1 -2"}},
      {"week", q("week", [](DyadQuery&) {}),
       {"DZA LBYMIL 2016-W26 1 -10", "DZAGOV LBYMIL 2016-W24 1 1.9", "EGY LBYMIL 2016-W22 1 3.4",
        "FRA LBY unknown 1 1", "LBYMIL DZA 2016-W26 1 -2"}},
      {"undated keeps its own period", q("month", [](DyadQuery& d) { d.filter.source = "FRA"; }),
       {"FRA LBY unknown 1 1"}},
      {"quad filter", q("all", [](DyadQuery& d) { d.filter.quad_class = 1; }),
       {"DZAGOV LBYMIL all 1 1.9", "FRA LBY all 1 1"}},
      {"timeline merged, chronological", q("month", [](DyadQuery& d) {
         d.filter.source = "DZA";
         d.filter.target = "LBY";
         d.filter.either_direction = true;
         d.merge_to_filter = true;
         d.chronological = true;
       }),
       {"DZA LBY 2016-06 1 1.9", "LBY DZA 2016-06 1 -2", "DZA LBY 2016-07 1 -10"}},
  };
  for (const Case& c : cases) {
    auto rows = store->Dyads(c.q);
    ASSERT_TRUE(rows.ok()) << c.name << ": " << rows.status().ToString();
    std::vector<std::string> got;
    for (const auto& r : *rows) {
      std::ostringstream o;
      o << r.source << ' ' << r.target << ' ' << r.period << ' ' << r.events << ' ' << r.goldstein_sum;
      got.push_back(o.str());
    }
    EXPECT_EQ(got, c.want) << c.name;
  }
  DyadQuery merge_without_codes;
  merge_without_codes.merge_to_filter = true;
  EXPECT_EQ(store->Dyads(merge_without_codes).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreContractTest, PartnersActorsAndBrokers) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  PutQueryFixture(*store);
  // Tatanaki (a named broker) between LBYMIL and ISR, and a path LBYMIL -> ARE -> ISR.
  json brokered = EventRecord("c", 1, "LBYMIL", "ISR", "036", 4, 1, "2016-08-01");
  brokered["broker"] = {{"code", "LBYBUS"}, {"name", "LBYBUS"}, {"text", "x"}, {"start", 0}, {"end", 1}};
  Put(*store, MakeDoc("c", "ج", "outlet3"),
      {brokered, EventRecord("c", 2, "LBYMIL", "ARE", "040", 1, 1, "2016-08-02"),
       EventRecord("c", 3, "ARE", "ISR", "040", 1, 1, "2016-08-03")});
  auto partners = store->Partners("LBYMIL", {});
  ASSERT_TRUE(partners.ok()) << partners.status().ToString();
  std::vector<std::string> got;
  for (const auto& p : *partners) got.push_back(fmt::format("{} {} {}", p.partner, p.events_out, p.events_in));
  EXPECT_EQ(got, (std::vector<std::string>{"DZA 1 1", "ARE 1 0", "DZAGOV 0 1", "EGY 0 1", "ISR 1 0"}));
  EventFilter conflict;
  conflict.quad_class = 4;
  got.clear();
  auto conflict_partners = store->Partners("LBY", conflict);
  ASSERT_TRUE(conflict_partners.ok());
  for (const auto& p : *conflict_partners) got.push_back(p.partner);
  EXPECT_EQ(got, (std::vector<std::string>{"DZA"}));
  EXPECT_EQ(store->Partners("", {}).status().code(), StatusCode::kInvalidArgument);

  ActorQuery aq;
  aq.prefix = "LBY";
  auto actors = store->Actors(aq);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  got.clear();
  for (const auto& a : *actors)
    got.push_back(fmt::format("{} {} {} {} {}", a.code, a.as_source, a.as_target, a.first_date, a.last_date));
  EXPECT_EQ(got, (std::vector<std::string>{"LBYMIL 3 3 2016-06-02 2016-08-02", "LBY 0 1  "}));

  auto brokers = store->Brokers({});
  ASSERT_TRUE(brokers.ok()) << brokers.status().ToString();
  got.clear();
  for (const auto& b : *brokers)
    got.push_back(fmt::format("{} {} {} {} {}", b.broker, b.source, b.target, b.explicit_events, b.path_events));
  EXPECT_NE(std::find(got.begin(), got.end(), "LBYBUS LBYMIL ISR 1 0"), got.end()) << fmt::format("{}", got.size());
  EventFilter around_israel;
  around_israel.actor = "ISR";
  auto focused = store->Brokers(around_israel);
  ASSERT_TRUE(focused.ok());
  for (const auto& b : *focused) EXPECT_TRUE(b.source == "ISR" || b.target == "ISR") << b.broker;
}

// A random corpus in which many reports link (close dates, one dyad in many spellings, symmetric 04
// codes both ways), with negated, undated and month-dated events, several outlets and attributions.
std::vector<std::pair<Doc, std::vector<json>>> RandomCorpus(uint32_t seed, int docs, int version = 0) {
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  const std::vector<std::string> codes = {"LBY", "LBYMIL", "LBYGOV", "EGY", "EGYGOV", "DZA", "ISR", "---REB"};
  const std::vector<std::tuple<std::string, double, int>> verbs = {
      {"040", 1.0, 1}, {"042", 1.9, 1}, {"043", 2.8, 1}, {"051", 3.4, 1}, {"112", -2.0, 3}, {"190", -10.0, 4}};
  std::vector<std::pair<Doc, std::vector<json>>> out;
  for (int d = 0; d < docs; ++d) {
    const std::string id = fmt::format("r{}", d);
    Doc doc = MakeDoc(id, fmt::format("نص {} {}", d, version), pick({"o1", "o2", "o3", ""}));
    std::vector<json> events;
    const int n = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      std::string src = pick(codes), tgt = pick(codes);
      if (rng() % 8 == 0) tgt = "";
      const auto& [cameo, g, quad] = verbs[rng() % verbs.size()];
      const int r = static_cast<int>(rng() % 10);
      std::string date = r == 0 ? "" : r == 1 ? fmt::format("2016-0{}", 6 + rng() % 3)
                                              : fmt::format("2016-0{}-{:02d}", 6 + rng() % 3, 1 + rng() % 28);
      events.push_back(EventRecord(id, i + 1, src, tgt, cameo, g, quad, date, rng() % 10 == 0,
                                   pick({"author", "media", "named"}), r == 1 ? "month" : "day"));
    }
    out.emplace_back(std::move(doc), std::move(events));
  }
  return out;
}

// Sums in another order may differ in the last bits (and -0 from 0): compare at 4 decimals.
double Round4(double x) { return std::round(x * 1e4) / 1e4 + 0.0; }

// Everything the summaries answer, printed, so that two stores can be compared.
std::vector<std::string> RelationsDump(Store& store) {
  std::vector<std::string> out;
  for (const char* period : {"all", "year", "month"})
    for (const char* actor : {"", "LBY", "L", "EGY", "---", "LBYMIL", "EGYGOV", "---REB", "LBYMI"})
      for (bool chrono : {false, true})
        for (size_t top : {0, 3}) {
          DyadQuery q;
          q.period = period;
          q.top = top;
          q.chronological = chrono;
          q.filter.actor = actor;
          auto rows = store.Dyads(q);
          EXPECT_TRUE(rows.ok()) << rows.status().ToString();
          if (!rows.ok()) continue;
          for (const auto& r : *rows)
            out.push_back(fmt::format("dyads {} {} {} {}: {} {} {} {} {:.4f} {:.4f} {} {} {} {} {} {}", period, actor, chrono,
                                      top, r.source, r.target, r.period, r.events, Round4(r.goldstein_sum), Round4(r.goldstein_mean),
                                      r.quad[0], r.quad[1], r.quad[2], r.quad[3], r.sources, r.articles));
        }
  for (const char* prefix : {"", "LBY", "E"})
    for (size_t top : {0, 2}) {
      ActorQuery q;
      q.prefix = prefix;
      q.top = top;
      auto rows = store.Actors(q);
      EXPECT_TRUE(rows.ok()) << rows.status().ToString();
      if (!rows.ok()) continue;
      for (const auto& a : *rows)
        out.push_back(fmt::format("actors {} {}: {} {} {} {} {} {} {}", prefix, top, a.code, a.as_source, a.as_target,
                                  a.mentions, a.first_date, a.last_date, a.name));
    }
  for (const char* code : {"LBY", "EGY", "L", "---", "LBYMIL", "EGYGOV", "---REB", "LBYMI"}) {
    auto rows = store.Partners(code, {});
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (!rows.ok()) continue;
    for (const auto& p : *rows)
      out.push_back(fmt::format("partners {}: {} {} {} {:.4f} {} {} {} {}", code, p.partner, p.events_out, p.events_in,
                                Round4(p.goldstein_mean), p.quad[0], p.quad[1], p.quad[2], p.quad[3]));
  }
  for (const char* actor : {"", "LBY"}) {
    EventFilter f;
    f.actor = actor;
    auto rows = store.Brokers(f);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (!rows.ok()) continue;
    for (const auto& b : *rows)
      out.push_back(fmt::format("brokers {}: {} {} {} {} {} {}", actor, b.broker, b.source, b.target, b.explicit_events,
                                b.path_events, b.direct_events));
  }
  for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{{"LBY", "EGY"}, {"EGYGOV", "L"}, {"D", "---"}})
    for (bool either : {false, true}) {
      EventQuery q;
      q.filter.source = source;
      q.filter.target = target;
      q.filter.either_direction = either;
      q.limit = 1000;
      q.count_total = true;
      auto p = store.QueryEvents(q);
      EXPECT_TRUE(p.ok()) << p.status().ToString();
      if (!p.ok()) continue;
      out.push_back(fmt::format("pair events {} {} {}: {}", source, target, either, p->total));
      for (const auto& e : p->events) out.push_back(fmt::format("pair events {} {} {}: {}", source, target, either, e["id"].dump()));
      DyadQuery d;
      d.period = "month";
      d.top = 0;
      d.filter = q.filter;
      d.merge_to_filter = source.size() <= 3 && target.size() <= 3 && either;
      d.chronological = true;
      auto rows = store.Dyads(d);
      EXPECT_TRUE(rows.ok()) << rows.status().ToString();
      if (!rows.ok()) continue;
      for (const auto& r : *rows)
        out.push_back(fmt::format("timeline {} {} {}: {} {} {} {} {:.4f} {} {}", source, target, either, r.source, r.target,
                                  r.period, r.events, Round4(r.goldstein_sum), r.sources, r.articles));
    }
  // Events a page at a time, by actor and by pair, as the API pages them: the summary store's index
  // paths (an actor's codes on both sides, a pair's code combinations) must page exactly like a plain
  // scan, with no event repeated or skipped at a page boundary.
  struct Paging {
    const char *actor, *source, *target;
    bool either, negated, newest;
    const char *from, *to;
  };
  for (const Paging& pg : std::vector<Paging>{{"LBY", "", "", false, false, true, "", ""},
                                              {"LBY", "", "", false, true, false, "", ""},
                                              {"L", "", "", false, false, false, "2019", "2020"},
                                              {"EGYGOV", "", "", false, true, true, "", ""},
                                              {"---", "", "", false, false, true, "", ""},
                                              {"", "LBY", "EGY", true, false, true, "", ""},
                                              {"", "LBY", "EGY", false, true, false, "2019", "2020"},
                                              {"", "EGYGOV", "L", true, false, false, "", ""}}) {
    EventQuery q;
    q.filter.actor = pg.actor;
    q.filter.source = pg.source;
    q.filter.target = pg.target;
    q.filter.either_direction = pg.either;
    q.filter.include_negated = pg.negated;
    q.filter.date_from = pg.from;
    q.filter.date_to = pg.to;
    q.newest_first = pg.newest;
    q.limit = 7;
    std::string line = fmt::format("pages {} {}>{} {} {} {} {}-{}:", pg.actor, pg.source, pg.target, pg.either, pg.negated,
                                   pg.newest, pg.from, pg.to);
    for (int pages = 0; pages < 200; ++pages) {
      auto p = store.QueryEvents(q);
      EXPECT_TRUE(p.ok()) << p.status().ToString();
      if (!p.ok()) break;
      for (const auto& e : p->events) line += " " + e["id"].get<std::string>();
      line += " |";
      if (p->next_cursor.empty()) break;
      q.cursor = p->next_cursor;
    }
    out.push_back(line);
  }
  // Timelines of a pair as the API asks them (not merged): the keyed rows of version 4 answer both
  // directions of codes cut at three characters; one direction and other cuts read the events.
  for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
           {"LBY", "EGY"}, {"EGYGOV", "LBYMIL"}, {"LBYMIL", "LBY"}, {"LBY", "LBY"}, {"---REB", "DZA"}, {"EGY", "LB"}})
    for (bool either : {true, false})
      for (const char* period : {"month", "year", "all"}) {
        DyadQuery d;
        d.period = period;
        d.top = 0;
        d.filter.source = source;
        d.filter.target = target;
        d.filter.either_direction = either;
        d.chronological = true;
        auto rows = store.Dyads(d);
        EXPECT_TRUE(rows.ok()) << rows.status().ToString();
        if (!rows.ok()) continue;
        for (const auto& r : *rows)
          out.push_back(fmt::format("pair timeline {} {} {} {}: {} {} {} {} {:.4f} {} {} {} {} {} {}", source, target, either,
                                    period, r.source, r.target, r.period, r.events, Round4(r.goldstein_sum), r.quad[0],
                                    r.quad[1], r.quad[2], r.quad[3], r.sources, r.articles));
      }
  for (const char* actor : {"LBY", "LBYMIL", "EGY", "Q"})
    for (bool newest : {false, true})
      for (int quad : {0, 1, -1}) {
        EventQuery q;
        q.filter.actor = actor;
        q.filter.quad_class = std::max(quad, 0);
        q.filter.include_negated = quad < 0;
        q.newest_first = newest;
        q.limit = 7;
        for (int page = 0; page < 100; ++page) {
          auto p = store.QueryEvents(q);
          EXPECT_TRUE(p.ok()) << p.status().ToString();
          if (!p.ok()) break;
          for (const auto& e : p->events) out.push_back(fmt::format("events {} {} {}: {}", actor, newest, quad, e["id"].dump()));
          if (p->next_cursor.empty()) break;
          q.cursor = p->next_cursor;
        }
      }
  return out;
}

// The summaries give what the events give, after inserts, replaced documents and a full relink.
TEST_P(StoreContractTest, SummariesAnswerAsTheEventsDo) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  StoreOptions plain;
  plain.use_summaries = false;
  auto events_only = OpenOrDie(plain);
  ASSERT_TRUE(events_only);
  auto check = [&](const char* stage) {
    const auto want = RelationsDump(*events_only), got = RelationsDump(*store);
    EXPECT_GT(want.size(), 100u) << stage;
    EXPECT_EQ(got.size(), want.size()) << stage;
    for (size_t i = 0; i < std::min(got.size(), want.size()); ++i)
      if (got[i] != want[i]) {
        ADD_FAILURE() << stage << ": first difference at line " << i << ":\n  got  " << got[i] << "\n  want " << want[i];
        break;
      }
  };
  auto put_all = [&](const std::vector<std::pair<Doc, std::vector<json>>>& corpus, size_t per_batch) {
    for (size_t i = 0; i < corpus.size(); i += per_batch) {
      ASSERT_TRUE(store->BeginBatch().ok());
      for (size_t j = i; j < std::min(corpus.size(), i + per_batch); ++j)
        ASSERT_TRUE(store->PutDocument(corpus[j].first, corpus[j].second, "v").ok());
      Status st = store->Commit();
      ASSERT_TRUE(st.ok()) << st.ToString();
    }
  };
  put_all(RandomCorpus(1, 120), 17);
  check("inserted");
  // Half the documents again with other content: their reports leave their acts and new ones link.
  auto again = RandomCorpus(2, 60, 1);
  put_all(again, 9);
  check("replaced");
  ASSERT_TRUE(store->LinkCanonical(/*relink_all=*/true).ok());
  check("relinked");
}

// The brokers' prepared network is kept per summary generation and shared by a process's connections:
// a reader sees another connection's commit, and so does the writer.
TEST_P(StoreContractTest, BrokersFollowCommitsOfOtherConnections) {
  auto brokers = [](Store& s, const char* actor) {
    EventFilter f;
    f.actor = actor;
    auto rows = s.Brokers(f);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    std::vector<std::string> out;
    if (rows.ok())
      for (const auto& b : *rows)
        out.push_back(fmt::format("{} {} {} {} {}", b.broker, b.source, b.target, b.path_events, b.direct_events));
    return out;
  };
  StoreOptions plain;
  plain.use_summaries = false;
  auto writer = OpenOrDie();
  auto reader = OpenOrDie();
  ASSERT_TRUE(writer && reader);
  const auto corpus = RandomCorpus(5, 90);
  for (size_t half : {size_t{0}, corpus.size() / 2}) {
    ASSERT_TRUE(writer->BeginBatch().ok());
    for (size_t i = half; i < half + corpus.size() / 2; ++i)
      ASSERT_TRUE(writer->PutDocument(corpus[i].first, corpus[i].second, "v").ok());
    ASSERT_TRUE(writer->Commit().ok());
    for (const char* actor : {"", "LBY", "EGYGOV"}) {
      const auto want = brokers(*OpenOrDie(plain), actor);
      EXPECT_EQ(brokers(*reader, actor), want) << "half " << half << " actor " << actor;
      EXPECT_EQ(brokers(*writer, actor), want) << "half " << half << " actor " << actor;
    }
  }
  EXPECT_FALSE(brokers(*reader, "").empty());
}

// Opening a version 2 database back-fills the summaries from its events.
TEST_P(StoreContractTest, MigrationBackFillsTheSummaries) {
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store);
    for (const auto& [doc, events] : RandomCorpus(3, 80)) Put(*store, doc, events);
  }
  StoreOptions plain;
  plain.use_summaries = false;
  const auto want = RelationsDump(*OpenOrDie(plain));
  // Back to version 2: the summaries and the indexes of version 3 gone (version 4 added only rows).
  if (backend_->postgres())
    backend_->Exec("DROP TABLE dyad_summary, dyad_members, actor_summary, partner_summary, summary_generation, "
                   "partner_key_summary; "
                   "DROP INDEX events_by_source_order, events_by_target_order, canonical_by_source_date, "
                   "canonical_by_target_date; DELETE FROM schema_version WHERE version >= 3");
  else
    backend_->Exec("DROP TABLE dyad_summary; DROP TABLE dyad_members; DROP TABLE actor_summary; "
                   "DROP TABLE partner_summary; DROP INDEX events_by_source_date; DROP INDEX events_by_target_date; "
                   "DROP INDEX canonical_by_source_date; DROP INDEX canonical_by_target_date; DROP INDEX events_by_pair_date; "
                   "CREATE INDEX events_by_source ON events (source_code); "
                   "CREATE INDEX events_by_target ON events (target_code); DROP TABLE summary_generation; "
                   "DROP TABLE partner_key_summary; "
                   "DELETE FROM schema_version WHERE version >= 3");
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  const auto got = RelationsDump(*store);
  EXPECT_GT(want.size(), 100u);
  EXPECT_EQ(got, want);
}

// Opening a version 3 database back-fills the keyed rows of versions 4 and 6 (full codes, pairs).
TEST_P(StoreContractTest, MigrationBackFillsTheKeyedSummaries) {
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store);
    for (const auto& [doc, events] : RandomCorpus(4, 80)) Put(*store, doc, events);
  }
  StoreOptions plain;
  plain.use_summaries = false;
  const auto want = RelationsDump(*OpenOrDie(plain));
  // Back to version 3: the keyed rows gone. Without the migration the full codes would find no rows.
  backend_->Exec("DELETE FROM dyad_summary WHERE kind LIKE '%:%'; DELETE FROM dyad_members WHERE kind LIKE '%:%'; "
                 "DROP TABLE summary_generation; DROP TABLE partner_key_summary; "
                 "DELETE FROM schema_version WHERE version >= 4");
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  const auto got = RelationsDump(*store);
  EXPECT_GT(want.size(), 100u);
  EXPECT_EQ(got, want);
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreContractTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

// ---- PostgreSQL only ----

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!PgUri()) GTEST_SKIP() << "MIZAN_TEST_PG is not set (scripts/pg_test.sh sets it)";
    backend_ = std::make_unique<Backend>("postgres");
  }
  std::unique_ptr<PostgresStore> OpenOrDie() {
    auto s = PostgresStore::Open(backend_->location(), {});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }
  std::unique_ptr<Backend> backend_;
};

TEST_F(PostgresStoreTest, EventsGoToMonthPartitionsMadeOnDemand) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), PostgresMigrations().back().first);
  EXPECT_TRUE(store->Partitions().value().empty());
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store
                  ->PutDocument(MakeDoc("a", "أ"),
                                {EventRecord("a", 1, "DZA", "LBY", "040", 1, 1, "2016-06-14"),
                                 EventRecord("a", 2, "DZA", "LBY", "040", 1, 1, "2016-07", false, "author", "month"),
                                 EventRecord("a", 3, "DZA", "LBY", "040", 1, 1, "2016", false, "author", "year"),
                                 EventRecord("a", 4, "DZA", "LBY", "040", 1, 1, "2016-W24", false, "author", "week"),
                                 EventRecord("a", 5, "DZA", "LBY", "040", 1, 1, "")},
                                "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->Partitions().value(), (std::vector<std::string>{"events_2016_06", "events_2016_07"}));
  // (partition, rows in it)
  for (const auto& [table, n] : std::vector<std::pair<std::string, std::string>>{
           {"events_2016_06", "1"}, {"events_2016_07", "1"}, {"events_default", "3"}})
    EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM " + table), n) << table;
  // A second store (another worker) that has not seen the partitions uses them rather than failing.
  auto other = OpenOrDie();
  ASSERT_TRUE(other->BeginBatch().ok());
  ASSERT_TRUE(other->PutDocument(MakeDoc("b", "ب"), {EventRecord("b", 1, "DZA", "LBY", "040", 1, 1, "2016-06-01")}, "v")
                  .ok());
  ASSERT_TRUE(other->Commit().ok());
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM events_2016_06"), "2");
  // Partitions are made before the batch's transaction, committed on their own (so that no batch holds
  // the events table to its commit): a rolled-back batch keeps its empty partition, and the next uses it.
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(MakeDoc("c", "ج"), {EventRecord("c", 1, "DZA", "LBY", "040", 1, 1, "2019-01-05")}, "v")
                  .ok());
  ASSERT_TRUE(store->CountEvents().ok());  // flushed into the open transaction
  store->Rollback();
  EXPECT_EQ(store->Partitions().value().size(), 3u);
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM events_2019_01"), "0");
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(MakeDoc("c", "ج"), {EventRecord("c", 1, "DZA", "LBY", "040", 1, 1, "2019-01-05")}, "v")
                  .ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM events_2019_01"), "1");
}

TEST_F(PostgresStoreTest, SentencesAreSearchableWithoutTashkeel) {
  auto store = OpenOrDie();
  // The event's sentence (code points 0..40) carries tashkeel; a query without it must find it.
  std::string text = "استقبلَ الرئيسُ الجزائريُّ المشيرَ في العاصمةِ. جملة أخرى لا علاقة لها.";
  json e = EventRecord("a", 1, "DZAGOV", "LBYMIL", "042", 1.9, 1, "2016-06-14");
  e["sentence"] = {{"index", 0}, {"start", 0}, {"end", 47}};
  Put(*store, MakeDoc("a", text), {e});
  // (query words, matching events)
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"الجزائري", "1"}, {"العاصمة", "1"}, {"الرئيسُ", "1"}, {"جملة", "0"}, {"طرابلس", "0"}};
  for (const auto& [words, want] : cases) {
    pqxx::connection c(backend_->location());
    pqxx::nontransaction tx(c);
    auto r = tx.exec_params("SELECT COUNT(*) FROM events WHERE search @@ plainto_tsquery('arabic', $1)",
                            NormalizeForMatch(words));
    EXPECT_EQ(r[0][0].as<std::string>(), want) << words;
  }
}

TEST_F(PostgresStoreTest, ConcurrentOpensMigrateOnceAndConcurrentWritersStoreOneCopy) {
  constexpr int kWorkers = 4;
  std::vector<std::thread> threads;
  std::atomic<int> ok_opens{0}, ok_commits{0};
  for (int w = 0; w < kWorkers; ++w)
    threads.emplace_back([&, w] {
      auto s = PostgresStore::Open(backend_->location(), {});
      if (!s.ok()) ADD_FAILURE() << s.status().ToString();
      if (!s.ok()) return;
      ++ok_opens;
      // Every worker writes the same two documents (a redelivered message) and one of its own.
      auto& store = **s;
      if (!store.BeginBatch().ok()) return;
      for (const std::string& id : std::vector<std::string>{"same1", "same2", "own" + std::to_string(w)})
        if (!store.PutDocument(MakeDoc(id, "نص " + id), {EventRecord(id, 1, "DZA", "LBY", "040", 1, 1, "2017-03-0" + std::to_string(w + 1))}, "v").ok())
          return;
      Status st = store.Commit();
      if (st.ok()) ++ok_commits;
      else ADD_FAILURE() << st.ToString();
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok_opens, kWorkers);
  EXPECT_EQ(ok_commits, kWorkers);
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM schema_version"), std::to_string(PostgresMigrations().size()));
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM documents"), std::to_string(2 + kWorkers));
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM events"), std::to_string(2 + kWorkers));
  EXPECT_EQ(backend_->Query1("SELECT COUNT(*) FROM events WHERE doc_id = 'same1'"), "1");
}

TEST(PostgresErrorsTest, UnreachableServerAndMissingDatabaseNameTheLocationButNoPassword) {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  auto s = Store::Open("postgresql://mizan:s3cret@127.0.0.1:1/news");
  EXPECT_EQ(s.status().code(), StatusCode::kUnavailable) << s.status().ToString();
  EXPECT_NE(s.status().message().find("postgresql://mizan:***@127.0.0.1:1/news"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(s.status().message().find("s3cret"), std::string::npos) << s.status().message();
  if (!PgUri()) return;
  std::string uri = PgUri();
  size_t slash = uri.find("/mizan");
  ASSERT_NE(slash, std::string::npos) << uri;
  auto missing = Store::Open(uri.substr(0, slash) + "/no_such_db" + uri.substr(slash + 6));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound) << missing.status().ToString();
}

TEST(PostgresLocationTest, RecognizesAndRedacts) {
  struct Case {
    std::string location;
    bool postgres;
    std::string conninfo, redacted;
  };
  const std::vector<Case> cases = {
      {"postgresql://u:pw@h:5432/db", true, "postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"},
      {"postgres://u@h/db?password=pw&sslmode=require", true, "postgres://u@h/db?password=pw&sslmode=require",
       "postgres://u@h/db?password=***&sslmode=require"},
      {"postgresql:///db?host=/tmp/x", true, "postgresql:///db?host=/tmp/x", "postgresql:///db?host=/tmp/x"},
      {"pg:host=h dbname=db password='a b\\'c' user=u", true, "host=h dbname=db password='a b\\'c' user=u",
       "pg:host=h dbname=db password=*** user=u"},
      {"pg:", true, "", "pg:"},
      {"mizan.db", false, "mizan.db", "mizan.db"},
      {"sqlite:pg.db", false, "sqlite:pg.db", "sqlite:pg.db"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsPostgresLocation(c.location), c.postgres) << c.location;
    if (c.postgres) EXPECT_EQ(PostgresConnInfo(c.location), c.conninfo) << c.location;
    EXPECT_EQ(RedactLocation(c.location), c.redacted) << c.location;
  }
}

TEST(PostgresRowsTest, EventMonthAndPartitionNames) {
  // (date value, partition month)
  const std::vector<std::pair<json, std::string>> cases = {
      {"2016-06-14", "2016-06-01"}, {"2016-06", "2016-06-01"}, {"2016", ""},        {"2016-W24", ""},
      {"2016-Q2", ""},             {"2016-13", ""},           {"0000-01-01", ""}, {nullptr, ""},
      {42, ""},                    {"2016-06x", ""}};
  for (const auto& [value, want] : cases)
    EXPECT_EQ(pg::EventMonth({{"date", {{"value", value}}}}), want) << value.dump();
  EXPECT_EQ(pg::PartitionName("2016-06-01"), "events_2016_06");
  EXPECT_EQ(pg::NextMonth("2016-12-01"), "2017-01-01");
  EXPECT_EQ(pg::NextMonth("2016-06-01"), "2016-07-01");
  EXPECT_EQ(pg::CodePointSlice("أبجد هوز", 1, 3), "بج");
  EXPECT_EQ(pg::CodePointSlice("أبجد", 2, 99), "جد");
  EXPECT_EQ(pg::CodePointSlice("أبجد", 3, 1), "");
}

}  // namespace store_contract_test
}  // namespace
}  // namespace mizan
