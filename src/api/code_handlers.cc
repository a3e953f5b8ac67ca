// POST /api/code (code an article, store nothing) and POST /api/ingest (code and store; needs the token).
#include <string>
#include <vector>

#include <fmt/core.h>

#include "api/handlers.h"
#include "api/params.h"
#include "io/event_json.h"
#include "io/input.h"
#include "text/decode.h"

namespace mizan::api {
namespace {

bool IsJsonBody(const ApiRequest& req) {
  std::string ct = req.Header("content-type");
  if (ct.find("json") != std::string::npos) return true;
  if (ct.find("text/") != std::string::npos) return false;
  // No content type, or curl's default form type for --data: JSON when it looks like an object.
  size_t i = req.body.find_first_not_of(" \t\r\n");
  return i != std::string::npos && req.body[i] == '{';
}

// The posted article: a JSON document ({"text", "published", "outlet", "title", "url", "id"}) or the
// text itself (text/plain, any encoding the decoder knows) with ?published=&outlet=&title=&id=.
Status ReadArticle(const ApiRequest& req, RawDoc* raw) {
  if (IsJsonBody(req)) {
    RETURN_IF_ERROR(RawDocFromJson(req.body, "posted", raw));
  } else {
    auto utf8 = DecodeToUtf8(req.body, nullptr);
    if (!utf8.ok()) return utf8.status();
    raw->text = std::move(*utf8);
    raw->id = req.Param("id").empty() ? "posted" : req.Param("id");
    raw->outlet = req.Param("outlet");
    raw->title = req.Param("title");
    raw->url = req.Param("url");
    std::string published = req.Param("published");
    raw->published = NormalizePublished(published);
    if (!published.empty() && raw->published.empty())
      return InvalidArgument(fmt::format("'published' must be YYYY-MM-DD, got '{}'", published));
  }
  if (raw->text.find_first_not_of(" \t\r\n") == std::string::npos) return InvalidArgument("the article is empty");
  return Status::Ok();
}

nlohmann::json DocMeta(const Doc& doc) {
  return {{"id", doc.id}, {"published", doc.published}, {"outlet", doc.outlet}, {"title", doc.title},
          {"url", doc.url}};
}

// Constant-time comparison, so the token cannot be guessed a byte at a time from response times.
bool SameToken(const std::string& a, const std::string& b) {
  unsigned diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

ApiResponse HandleCode(const ApiContext& ctx, const ApiRequest& req) {
  if (Status st = CheckParams(req, {"published", "outlet", "title", "url", "id"}, ctx.options.max_param_bytes);
      !st.ok())
    return ErrorResponse(st);
  RawDoc raw;
  if (Status st = ReadArticle(req, &raw); !st.ok()) return ErrorResponse(st);
  Doc doc = ToDoc(std::move(raw));
  if (Status st = ctx.coder->Code(doc); !st.ok()) return ErrorResponse(st);
  nlohmann::json events = nlohmann::json::array();
  for (const Event& e : doc.events) events.push_back(EventToJson(doc, e, ctx.coder->lexicon()));
  nlohmann::json out = DocMeta(doc);
  out["text"] = doc.text();  // the offsets of the events index it in code points
  out["sentences"] = doc.sentences.size();
  out["events"] = std::move(events);
  return JsonResponse(out);
}

ApiResponse HandleIngest(const ApiContext& ctx, const ApiRequest& req) {
  if (ctx.options.token.empty())
    return ErrorResponse(403, "writes are disabled: start `mizan serve` with --token to allow POST /api/ingest");
  std::string auth = req.Header("authorization");
  const std::string bearer = "Bearer ";
  if (auth.compare(0, bearer.size(), bearer) != 0) {
    ApiResponse r = ErrorResponse(401, "POST /api/ingest needs the header 'Authorization: Bearer <token>'");
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
    return r;
  }
  if (!SameToken(auth.substr(bearer.size()), ctx.options.token)) return ErrorResponse(403, "wrong token");
  if (Status st = CheckParams(req, {}, ctx.options.max_param_bytes); !st.ok()) return ErrorResponse(st);

  // The body is one JSON document or JSON Lines of them (the input format of event-schema.md).
  std::vector<Doc> docs;
  nlohmann::json errors = nlohmann::json::array();
  size_t line_no = 0, pos = 0;
  while (pos < req.body.size()) {
    size_t nl = req.body.find('\n', pos);
    if (nl == std::string::npos) nl = req.body.size();
    std::string_view line(req.body.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    RawDoc raw;
    Status st = RawDocFromJson(line, fmt::format("posted-{}", line_no), &raw);
    if (st.ok()) {
      docs.push_back(ToDoc(std::move(raw)));
      st = ctx.coder->Code(docs.back());
      if (!st.ok()) docs.pop_back();
    }
    if (!st.ok()) errors.push_back({{"line", line_no}, {"message", st.message()}});
  }
  if (docs.empty() && errors.empty()) return ErrorResponse(400, "no documents in the body (JSON Lines)");

  std::unique_lock<std::mutex> lock;
  auto writer = ctx.stores->Writer(&lock);
  if (!writer.ok()) return ErrorResponse(writer.status());
  Store& db = **writer;
  const std::string pipeline = ctx.coder->PipelineVersion();
  if (Status st = db.BeginBatch(); !st.ok()) return ErrorResponse(st);
  size_t inserted = 0, replaced = 0, unchanged = 0, events = 0;
  std::vector<nlohmann::json> records;
  for (const Doc& doc : docs) {
    records.clear();
    for (const Event& e : doc.events) records.push_back(EventToJson(doc, e, ctx.coder->lexicon()));
    auto put = db.PutDocument(doc, records, pipeline);
    if (!put.ok()) {
      db.Rollback();
      return ErrorResponse(put.status());
    }
    if (*put == PutResult::kInserted) ++inserted;
    if (*put == PutResult::kReplaced) ++replaced;
    if (*put == PutResult::kUnchanged) ++unchanged;
    if (*put != PutResult::kUnchanged) events += records.size();
  }
  if (Status st = db.Commit(); !st.ok()) return ErrorResponse(st);
  if (ctx.cache && inserted + replaced > 0) ctx.cache->Clear();  // the server's own writes show at once
  return JsonResponse({{"documents", docs.size()},
                       {"inserted", inserted},
                       {"replaced", replaced},
                       {"unchanged", unchanged},
                       {"events", events},
                       {"errors", errors}},
                      errors.empty() ? 200 : 207);
}

}  // namespace mizan::api
