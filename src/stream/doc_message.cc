#include "stream/doc_message.h"

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace mizan::stream {

std::string DocToMessage(const RawDoc& doc) {
  nlohmann::json j = {{"id", doc.id}, {"text", doc.text}};
  // Empty metadata is left out, as in the JSON Lines input, so the body reads back to the same RawDoc.
  if (!doc.published.empty()) j["published"] = doc.published;
  if (!doc.outlet.empty()) j["outlet"] = doc.outlet;
  if (!doc.title.empty()) j["title"] = doc.title;
  if (!doc.url.empty()) j["url"] = doc.url;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StatusOr<RawDoc> DocFromMessage(std::string_view body) {
  RawDoc doc;
  Status st = RawDocFromJson(body, "", &doc);
  if (!st.ok()) return st;
  if (doc.id.empty()) return Status(StatusCode::kInvalidArgument, "document has no id");
  doc.origin = "nats:" + doc.id;
  return doc;
}

std::string MessageId(const RawDoc& doc) {
  RawDoc copy = doc;
  Doc d = ToDoc(std::move(copy));
  return doc.id + "@" + ContentHash(d);
}

std::string RecodeMessageId(const RawDoc& doc, std::string_view dictionary_version) {
  return MessageId(doc) + "@recode:" + std::string(dictionary_version);
}

}  // namespace mizan::stream
