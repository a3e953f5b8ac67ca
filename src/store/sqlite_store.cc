#include "store/sqlite_store.h"

#include "io/event_json.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>

#include <fmt/core.h>

namespace mizan {
namespace {

using nlohmann::json;

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Binds a JSON scalar: null, string, integer, float or bool (as 0/1).
void BindJson(sqlite3_stmt* st, int i, const json* v) {
  if (!v || v->is_null()) sqlite3_bind_null(st, i);
  else if (v->is_string()) {
    const auto& s = v->get_ref<const std::string&>();
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  } else if (v->is_boolean()) sqlite3_bind_int(st, i, v->get<bool>() ? 1 : 0);
  else if (v->is_number_integer()) sqlite3_bind_int64(st, i, v->get<int64_t>());
  else if (v->is_number()) sqlite3_bind_double(st, i, v->get<double>());
  else {
    std::string s = v->dump();
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
}

void BindText(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

// j[a][b] or nullptr when a level is missing or not an object.
const json* At(const json& j, const char* a, const char* b = nullptr) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(a);
  if (it == j.end()) return nullptr;
  if (!b) return &*it;
  if (!it->is_object()) return nullptr;
  auto jt = it->find(b);
  return jt == it->end() ? nullptr : &*jt;
}

std::string Text(const sqlite3_stmt* cst, int col) {
  auto* st = const_cast<sqlite3_stmt*>(cst);
  const unsigned char* p = sqlite3_column_text(st, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, col))) : "";
}

const char* KindName(ActorKind k) {
  switch (k) {
    case ActorKind::kState: return "state";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kGroup: return "group";
  }
  return "state";
}

const char* ViaName(MentionVia v) {
  switch (v) {
    case MentionVia::kName: return "name";
    case MentionVia::kRole: return "role";
    case MentionVia::kPronoun: return "pronoun";
    case MentionVia::kDescription: return "description";
    case MentionVia::kMetonym: return "metonym";
  }
  return "name";
}

// Resets a cached statement when the scope ends, whatever path returns.
struct Reset {
  sqlite3_stmt* st;
  ~Reset() {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
};

}  // namespace

const std::vector<std::pair<int, std::string>>& SqliteMigrations() {
  // Keep in sync with src/store/migrations/*.sql (sqlite_store_test compares them). Append only:
  // a released migration never changes.
  static const std::vector<std::pair<int, std::string>> kMigrations = {
      {1, R"sql(-- Mizan store schema, version 1. Portable SQL where cheap (SQLite now, PostgreSQL later).
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  published TEXT,
  outlet TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  pipeline_version TEXT,
  coded_at TEXT NOT NULL
);
CREATE TABLE sentences (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  name TEXT,
  kind TEXT
);
CREATE TABLE mentions (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  text TEXT,
  code TEXT,
  name TEXT,
  actor_id TEXT,
  kind TEXT,
  via TEXT,
  antecedent INTEGER,
  confidence REAL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_start INTEGER,
  sentence_end INTEGER,
  trigger_text TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  source_code TEXT,
  source_name TEXT,
  source_text TEXT,
  source_start INTEGER,
  source_end INTEGER,
  target_code TEXT,
  target_name TEXT,
  target_text TEXT,
  target_start INTEGER,
  target_end INTEGER,
  broker_code TEXT,
  broker_name TEXT,
  broker_text TEXT,
  broker_start INTEGER,
  broker_end INTEGER,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  cameo_name TEXT,
  plover TEXT,
  plover_mode TEXT,
  goldstein REAL,
  quad_class INTEGER,
  negated INTEGER NOT NULL,
  certainty TEXT,
  attribution_kind TEXT,
  attribution_text TEXT,
  attribution_actor TEXT,
  date_value TEXT,
  date_granularity TEXT,
  date_qualifier TEXT,
  date_text TEXT,
  date_anchor TEXT,
  location_name TEXT,
  location_country TEXT,
  location_lat REAL,
  location_lon REAL,
  confidence REAL,
  record TEXT NOT NULL
);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_date ON events (date_value);
CREATE INDEX events_by_cameo_root ON events (cameo_root);
CREATE INDEX events_by_doc ON events (doc_id);
CREATE INDEX mentions_by_code ON mentions (code);
CREATE INDEX documents_by_published ON documents (published);
)sql"},
  };
  return kMigrations;
}

SqliteStore::SqliteStore(sqlite3* db, std::string path, StoreOptions options)
    : db_(db), path_(std::move(path)), options_(options) {}

SqliteStore::~SqliteStore() {
  if (in_batch_) Rollback();
  for (auto& [sql, st] : stmts_) sqlite3_finalize(st);
  sqlite3_close_v2(db_);
}

Status SqliteStore::Error(int rc, std::string_view what) const {
  std::string detail = fmt::format("{}: {} ({})", what, db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc), path_);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Unavailable(fmt::format("database is locked by another process; retry later or stop the other "
                                     "writer. {}", detail));
    case SQLITE_READONLY:
      return Unavailable(fmt::format("database is read-only; check the file's permissions. {}", detail));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return Unavailable(fmt::format("cannot open the database. {}", detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLoss(fmt::format("not a Mizan database, or a corrupt one. {}", detail));
    case SQLITE_FULL:
      return ResourceExhausted(fmt::format("disk full. {}", detail));
    default:
      return Internal(detail);
  }
}

StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::OpenFile(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  if (options.read_only && !std::filesystem::exists(path, ec))
    return NotFound(fmt::format("no database at {} (run `mizan ingest` first)", path));
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<SqliteStore> store(new SqliteStore(db, path, options));
  if (rc != SQLITE_OK) return store->Error(rc, "open");
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 0);
  if (!options.read_only) {
    // WAL lets readers (dyads, the API) run while ingest writes; NORMAL sync is safe with WAL.
    RETURN_IF_ERROR(store->Exec("PRAGMA journal_mode=WAL"));
    RETURN_IF_ERROR(store->Exec("PRAGMA synchronous=NORMAL"));
  }
  RETURN_IF_ERROR(store->Migrate());
  return store;
}

Status SqliteStore::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return Error(rc, fmt::format("'{:.40}'", sql));
  return Status::Ok();
}

Status SqliteStore::Migrate() {
  const auto& migrations = SqliteMigrations();
  int latest = migrations.back().first;
  // Does the version table exist? (Reading works on read-only databases too.)
  auto has = CountRows("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='schema_version'");
  if (!has.ok()) return has.status();
  if (*has > 0) {
    auto v = CountRows("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    if (!v.ok()) return v.status();
    schema_version_ = static_cast<int>(*v);
  }
  if (schema_version_ > latest)
    return FailedPrecondition(fmt::format("{} has schema version {}, newer than this mizan knows ({}): upgrade mizan",
                                          path_, schema_version_, latest));
  if (schema_version_ == latest) return Status::Ok();
  if (options_.read_only)
    return Unavailable(fmt::format("{} has schema version {} and needs migrating to {}, but was opened read-only",
                                   path_, schema_version_, latest));
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
  for (const auto& [version, sql] : migrations) {
    if (!st.ok() || version <= schema_version_) continue;
    st = Exec(sql.c_str());
    if (st.ok())
      st = Exec(fmt::format("INSERT INTO schema_version (version, applied_at) VALUES ({}, '{}')", version, NowUtc())
                    .c_str());
    if (st.ok()) schema_version_ = version;
  }
  if (!st.ok()) {
    (void)Exec("ROLLBACK");
    return st;
  }
  return Exec("COMMIT");
}

StatusOr<sqlite3_stmt*> SqliteStore::Prepare(const char* sql) {
  for (auto& [text, st] : stmts_)
    if (text == sql) return st;
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql, -1, &st, nullptr);
  if (rc != SQLITE_OK) return Error(rc, fmt::format("prepare '{:.40}'", sql));
  stmts_.emplace_back(sql, st);
  return st;
}

StatusOr<int64_t> SqliteStore::CountRows(const char* sql) {
  ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(sql));
  Reset reset{st};
  int rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) return Error(rc, "query");
  return static_cast<int64_t>(sqlite3_column_int64(st, 0));
}

StatusOr<int64_t> SqliteStore::CountDocuments() { return CountRows("SELECT COUNT(*) FROM documents"); }
StatusOr<int64_t> SqliteStore::CountEvents() { return CountRows("SELECT COUNT(*) FROM events"); }

Status SqliteStore::BeginBatch() {
  if (in_batch_) return FailedPrecondition("a batch is already open");
  if (options_.read_only) return Unavailable(fmt::format("{} was opened read-only", path_));
  // IMMEDIATE takes the write lock now, so a second writer fails here and not halfway through.
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (!in_batch_) return FailedPrecondition("Commit without BeginBatch");
  Status st = Exec("COMMIT");
  if (!st.ok()) {
    Rollback();
    return st;
  }
  in_batch_ = false;
  return Status::Ok();
}

void SqliteStore::Rollback() {
  if (!in_batch_) return;
  (void)Exec("ROLLBACK");
  in_batch_ = false;
}

StatusOr<bool> SqliteStore::HasDocument(const std::string& id, const std::string& content_hash) {
  ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("SELECT content_hash FROM documents WHERE id = ?"));
  Reset reset{st};
  BindText(st, 1, id);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_DONE) return false;
  if (rc != SQLITE_ROW) return Error(rc, "HasDocument");
  return Text(st, 0) == content_hash;
}

Status SqliteStore::DeleteDocumentRows(const std::string& id) {
  for (const char* sql : {"DELETE FROM events WHERE doc_id = ?", "DELETE FROM mentions WHERE doc_id = ?",
                          "DELETE FROM sentences WHERE doc_id = ?", "DELETE FROM documents WHERE id = ?"}) {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(sql));
    Reset reset{st};
    BindText(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "delete old rows");
  }
  return Status::Ok();
}

StatusOr<PutResult> SqliteStore::PutDocument(const Doc& doc, const std::vector<json>& events,
                                             std::string_view pipeline_version) {
  if (!in_batch_) return FailedPrecondition("PutDocument outside BeginBatch/Commit");
  const std::string hash = ContentHash(doc);
  PutResult result = PutResult::kInserted;
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("SELECT content_hash FROM documents WHERE id = ?"));
    Reset reset{st};
    BindText(st, 1, doc.id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      if (Text(st, 0) == hash) return PutResult::kUnchanged;
      result = PutResult::kReplaced;
    } else if (rc != SQLITE_DONE) {
      return Error(rc, "look up document");
    }
  }
  if (result == PutResult::kReplaced) RETURN_IF_ERROR(DeleteDocumentRows(doc.id));

  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     Prepare("INSERT INTO documents (id, content_hash, published, outlet, title, url, text, "
                             "pipeline_version, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Reset reset{st};
    BindText(st, 1, doc.id);
    BindText(st, 2, hash);
    if (doc.published.empty()) sqlite3_bind_null(st, 3);
    else BindText(st, 3, doc.published);
    BindText(st, 4, doc.outlet);
    BindText(st, 5, doc.title);
    BindText(st, 6, doc.url);
    BindText(st, 7, doc.text());
    BindText(st, 8, pipeline_version);
    BindText(st, 9, NowUtc());
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "insert document");
  }
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("INSERT INTO sentences (doc_id, idx, paragraph, start_cp, end_cp) "
                                                "VALUES (?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      Reset reset{st};
      Range cp = doc.OrigCodePoints(doc.sentences[i].norm);
      BindText(st, 1, doc.id);
      sqlite3_bind_int64(st, 2, static_cast<int64_t>(i));
      sqlite3_bind_int64(st, 3, doc.sentences[i].paragraph);
      sqlite3_bind_int64(st, 4, cp.begin);
      sqlite3_bind_int64(st, 5, cp.end);
      int rc = sqlite3_step(st);
      if (rc != SQLITE_DONE) return Error(rc, "insert sentence");
    }
  }
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     Prepare("INSERT INTO mentions (doc_id, idx, sentence, start_cp, end_cp, text, code, name, "
                             "actor_id, kind, via, antecedent, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ASSIGN_OR_RETURN(sqlite3_stmt * actor, Prepare("INSERT INTO actors (code, name, kind) VALUES (?, ?, ?) "
                                                   "ON CONFLICT (code) DO NOTHING"));
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& m = doc.mentions[i];
      Reset reset{st};
      Range cp = doc.OrigCodePoints(m.norm);
      BindText(st, 1, doc.id);
      sqlite3_bind_int64(st, 2, static_cast<int64_t>(i));
      sqlite3_bind_int64(st, 3, m.sentence);
      sqlite3_bind_int64(st, 4, cp.begin);
      sqlite3_bind_int64(st, 5, cp.end);
      BindText(st, 6, doc.OrigText(m.norm));
      BindText(st, 7, m.code);
      BindText(st, 8, m.name);
      BindText(st, 9, m.actor_id);
      BindText(st, 10, KindName(m.kind));
      BindText(st, 11, ViaName(m.via));
      if (m.antecedent == kNone) sqlite3_bind_null(st, 12);
      else sqlite3_bind_int64(st, 12, m.antecedent);
      sqlite3_bind_double(st, 13, m.confidence);
      int rc = sqlite3_step(st);
      if (rc != SQLITE_DONE) return Error(rc, "insert mention");
      if (m.code.empty() || m.via == MentionVia::kPronoun) continue;
      Reset reset_actor{actor};
      BindText(actor, 1, m.code);
      BindText(actor, 2, m.name);
      BindText(actor, 3, KindName(m.kind));
      rc = sqlite3_step(actor);
      if (rc != SQLITE_DONE) return Error(rc, "insert actor");
    }
  }
  for (const json& e : events) RETURN_IF_ERROR(PutEvent(doc.id, e));
  return result;
}

Status SqliteStore::PutEvent(const std::string& doc_id, const json& e) {
  static const char* kSql =
      "INSERT INTO events (id, doc_id, sentence, sentence_start, sentence_end, trigger_text, trigger_start, "
      "trigger_end, source_code, source_name, source_text, source_start, source_end, target_code, target_name, "
      "target_text, target_start, target_end, broker_code, broker_name, broker_text, broker_start, broker_end, "
      "cameo, cameo_root, cameo_name, plover, plover_mode, goldstein, quad_class, negated, certainty, "
      "attribution_kind, attribution_text, attribution_actor, date_value, date_granularity, date_qualifier, "
      "date_text, date_anchor, location_name, location_country, location_lat, location_lon, confidence, record) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(kSql));
  Reset reset{st};
  int i = 0;
  auto bind = [&](const json* v) { BindJson(st, ++i, v); };
  bind(At(e, "id"));
  BindText(st, ++i, doc_id);
  bind(At(e, "sentence", "index"));
  bind(At(e, "sentence", "start"));
  bind(At(e, "sentence", "end"));
  for (const char* part : {"trigger"}) {
    bind(At(e, part, "text"));
    bind(At(e, part, "start"));
    bind(At(e, part, "end"));
  }
  for (const char* part : {"source", "target", "broker"}) {
    bind(At(e, part, "code"));
    bind(At(e, part, "name"));
    bind(At(e, part, "text"));
    bind(At(e, part, "start"));
    bind(At(e, part, "end"));
  }
  const json* cameo = At(e, "cameo");
  std::string code = cameo && cameo->is_string() ? cameo->get<std::string>() : "";
  BindText(st, ++i, code);
  BindText(st, ++i, code.substr(0, 2));
  bind(At(e, "cameo_name"));
  bind(At(e, "plover"));
  bind(At(e, "plover_mode"));
  bind(At(e, "goldstein"));
  bind(At(e, "quad_class"));
  const json* negated = At(e, "negated");
  sqlite3_bind_int(st, ++i, negated && negated->is_boolean() && negated->get<bool>() ? 1 : 0);
  bind(At(e, "certainty"));
  bind(At(e, "attribution", "kind"));
  bind(At(e, "attribution", "text"));
  const json* attr_actor = At(e, "attribution", "actor");
  bind(attr_actor ? At(*attr_actor, "code") : nullptr);
  for (const char* f : {"value", "granularity", "qualifier", "text", "anchor"}) bind(At(e, "date", f));
  for (const char* f : {"name", "country", "lat", "lon"}) bind(At(e, "location", f));
  bind(At(e, "confidence"));
  std::string record = EventJsonLine(e);  // as `mizan code` prints it
  BindText(st, ++i, record);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_DONE) return Error(rc, "insert event");
  return Status::Ok();
}

StatusOr<std::vector<DyadRow>> SqliteStore::Dyads(const DyadQuery& q) {
  std::string period;
  if (q.period == "month")
    period = "CASE WHEN e.date_granularity IN ('day', 'month') THEN substr(e.date_value, 1, 7) "
             "ELSE COALESCE(e.date_value, 'unknown') END";
  else if (q.period == "year")
    period = "COALESCE(substr(e.date_value, 1, 4), 'unknown')";
  else if (q.period == "all")
    period = "'all'";
  else
    return InvalidArgument(fmt::format("unknown period '{}' (month, year or all)", q.period));
  std::string sql = fmt::format(
      "SELECT e.source_code, e.target_code, {} AS period, COUNT(*), SUM(COALESCE(e.goldstein, 0)), "
      "AVG(COALESCE(e.goldstein, 0)), "
      "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), "
      "COUNT(DISTINCT COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' || "
      "COALESCE(e.attribution_text, '')) "
      "FROM events e JOIN documents d ON d.id = e.doc_id "
      "WHERE e.source_code IS NOT NULL AND e.source_code <> '' AND e.target_code IS NOT NULL AND "
      "e.target_code <> '' {} "
      "GROUP BY e.source_code, e.target_code, period ORDER BY 4 DESC, 1, 2, 3{}",
      period, q.include_negated ? "" : "AND e.negated = 0", q.top ? fmt::format(" LIMIT {}", q.top) : "");
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "prepare dyads");
  std::vector<DyadRow> rows;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    DyadRow r;
    r.source = Text(st, 0);
    r.target = Text(st, 1);
    r.period = Text(st, 2);
    r.events = sqlite3_column_int64(st, 3);
    r.goldstein_sum = sqlite3_column_double(st, 4);
    r.goldstein_mean = sqlite3_column_double(st, 5);
    for (int k = 0; k < 4; ++k) r.quad[k] = sqlite3_column_int64(st, 6 + k);
    r.sources = sqlite3_column_int64(st, 10);
    rows.push_back(std::move(r));
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return Error(rc, "dyads");
  return rows;
}

}  // namespace mizan
