// Documents as NATS messages: the JSON body a feeder publishes and a worker reads, and its dedup id.
#pragma once

#include <string>
#include <string_view>

#include "io/input.h"
#include "mizan/status.h"

namespace mizan::stream {

// The message body: {"id","text","published","outlet","title","url"} (the JSON Lines input format, so a
// worker parses it with RawDocFromJson and `mizan ingest` of the same lines gives the same documents).
std::string DocToMessage(const RawDoc& doc);
// Parses a body; InvalidArgument when it is not a document (a poison message).
StatusOr<RawDoc> DocFromMessage(std::string_view body);

// Nats-Msg-Id: the document id and its content hash. JetStream drops a second publication with the same
// id inside the stream's duplicate window; two documents with the same text but different ids both pass.
std::string MessageId(const RawDoc& doc);

// A recode request carries the dictionary version in the id, so that it is not taken for a duplicate of
// the first publication.
std::string RecodeMessageId(const RawDoc& doc, std::string_view dictionary_version);

}  // namespace mizan::stream
