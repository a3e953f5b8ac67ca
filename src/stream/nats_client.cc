#include "stream/nats_client.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/core.h>
#include <nats/nats.h>

namespace mizan::stream {
namespace {

Status NatsError(const std::string& what, natsStatus s, jsErrCode js = static_cast<jsErrCode>(0)) {
  const char* last = nats_GetLastError(nullptr);
  std::string detail = last && *last ? last : natsStatus_GetText(s);
  if (js != 0) detail += fmt::format(" (JetStream error {})", static_cast<int>(js));
  StatusCode code = (s == NATS_NO_SERVER || s == NATS_TIMEOUT || s == NATS_CONNECTION_CLOSED ||
                     s == NATS_CONNECTION_DISCONNECTED || s == NATS_NO_RESPONDERS)
                        ? StatusCode::kUnavailable
                        : StatusCode::kInternal;
  return Status(code, fmt::format("{}: {}", what, detail));
}

int64_t Nanos(double seconds) { return static_cast<int64_t>(seconds * 1e9); }

}  // namespace

struct NatsClient::Impl {
  natsOptions* opts = nullptr;
  natsConnection* nc = nullptr;
  jsCtx* js = nullptr;
  natsSubscription* sub = nullptr;
  natsMsgList batch{};
  std::string stream_name, durable;

  ~Impl() {
    natsMsgList_Destroy(&batch);
    if (sub) natsSubscription_Destroy(sub);
    if (js) jsCtx_Destroy(js);
    if (nc) {
      natsConnection_FlushTimeout(nc, 2000);  // pending acks reach the server before closing
      natsConnection_Destroy(nc);
    }
    if (opts) natsOptions_Destroy(opts);
  }
};

NatsClient::NatsClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NatsClient::~NatsClient() = default;

StatusOr<std::unique_ptr<NatsClient>> NatsClient::Connect(const std::string& urls, const std::string& name) {
  auto impl = std::make_unique<Impl>();
  natsStatus s = natsOptions_Create(&impl->opts);
  // A comma-separated list of cluster members: the client picks one and fails over to the others.
  std::vector<std::string> list;
  for (size_t b = 0; b <= urls.size();) {
    size_t e = urls.find(',', b);
    if (e == std::string::npos) e = urls.size();
    if (e > b) list.push_back(urls.substr(b, e - b));
    b = e + 1;
  }
  std::vector<const char*> ptrs;
  for (const std::string& u : list) ptrs.push_back(u.c_str());
  if (s == NATS_OK) s = natsOptions_SetServers(impl->opts, ptrs.data(), static_cast<int>(ptrs.size()));
  if (s == NATS_OK) s = natsOptions_SetName(impl->opts, name.c_str());
  // A cluster member going away must not stop a worker: reconnect to another one for as long as it takes.
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(impl->opts, -1);
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(impl->opts, 250);
  if (s != NATS_OK) return NatsError("NATS options", s);
  s = natsConnection_Connect(&impl->nc, impl->opts);
  if (s != NATS_OK) return NatsError(fmt::format("connecting to {}", urls), s);
  jsOptions jo;
  jsOptions_Init(&jo);
  jo.Wait = 10000;  // a stream leader election after a node dies takes a few seconds
  s = natsConnection_JetStream(&impl->js, impl->nc, &jo);
  if (s != NATS_OK) return NatsError("JetStream context", s);
  return std::unique_ptr<NatsClient>(new NatsClient(std::move(impl)));
}

int NatsClient::KnownServers() const {
  char** servers = nullptr;
  int count = 0;
  if (natsConnection_GetServers(impl_->nc, &servers, &count) != NATS_OK) return 1;
  for (int i = 0; i < count; ++i) free(servers[i]);
  free(servers);
  return count;
}

StatusOr<int> NatsClient::EnsureStream(const StreamConfig& config) {
  impl_->stream_name = config.name;
  jsStreamInfo* si = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&si, impl_->js, config.name.c_str(), nullptr, &jerr);
  // A cluster that has just started (or lost a node) may have no JetStream meta leader for a while:
  // the lookup then times out or finds no responder. Ask again, up to four times, before failing (a
  // loaded two-core CI machine once needed more than the 10 s of one request).
  for (int attempt = 1; attempt < 4 && (s == NATS_TIMEOUT || s == NATS_NO_RESPONDERS); ++attempt) {
    nats_Sleep(1000);
    jerr = static_cast<jsErrCode>(0);
    s = js_GetStreamInfo(&si, impl_->js, config.name.c_str(), nullptr, &jerr);
  }
  if (s == NATS_OK) {
    int replicas = static_cast<int>(si->Config->Replicas);
    jsStreamInfo_Destroy(si);
    return replicas;
  }
  if (s != NATS_NOT_FOUND) return NatsError(fmt::format("looking up stream {}", config.name), s, jerr);
  int replicas = config.replicas > 0 ? config.replicas : (KnownServers() >= 3 ? 3 : 1);
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  const char* subjects[] = {config.subject.c_str(), config.dead_subject.c_str()};
  cfg.Name = config.name.c_str();
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 2;
  cfg.Storage = js_FileStorage;
  cfg.Replicas = replicas;
  cfg.Duplicates = Nanos(config.duplicate_window_s);
  s = js_AddStream(&si, impl_->js, &cfg, nullptr, &jerr);
  // A cluster whose nodes are still joining cannot place three replicas yet (JetStream error 10005, no
  // suitable peers) or answers late: try again for up to eight seconds, unless another client made it.
  for (int attempt = 1; attempt < 9 && s != NATS_OK; ++attempt) {
    if (js_GetStreamInfo(&si, impl_->js, config.name.c_str(), nullptr, nullptr) == NATS_OK) {
      replicas = static_cast<int>(si->Config->Replicas);
      jsStreamInfo_Destroy(si);
      return replicas;
    }
    nats_Sleep(1000);
    jerr = static_cast<jsErrCode>(0);
    s = js_AddStream(&si, impl_->js, &cfg, nullptr, &jerr);
  }
  if (s != NATS_OK) {
    // Another feeder or worker created it in the meantime.
    if (js_GetStreamInfo(&si, impl_->js, config.name.c_str(), nullptr, nullptr) == NATS_OK) {
      replicas = static_cast<int>(si->Config->Replicas);
      jsStreamInfo_Destroy(si);
      return replicas;
    }
    return NatsError(fmt::format("creating stream {} ({} replicas)", config.name, replicas), s, jerr);
  }
  jsStreamInfo_Destroy(si);
  return replicas;
}

Status NatsClient::Publish(const std::string& subject, std::string_view data, const std::string& msg_id,
                           const std::vector<std::pair<std::string, std::string>>& headers, bool* duplicate) {
  natsMsg* msg = nullptr;
  natsStatus s = natsMsg_Create(&msg, subject.c_str(), nullptr, data.data(), static_cast<int>(data.size()));
  for (const auto& [k, v] : headers)
    if (s == NATS_OK) s = natsMsgHeader_Set(msg, k.c_str(), v.c_str());
  if (s != NATS_OK) {
    natsMsg_Destroy(msg);
    return NatsError("building a message", s);
  }
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MsgId = msg_id.c_str();
  jsPubAck* ack = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  s = js_PublishMsg(&ack, impl_->js, msg, &po, &jerr);
  natsMsg_Destroy(msg);
  if (s != NATS_OK) return NatsError(fmt::format("publishing {} to {}", msg_id, subject), s, jerr);
  if (duplicate) *duplicate = ack->Duplicate;
  jsPubAck_Destroy(ack);
  return Status::Ok();
}

Status NatsClient::Subscribe(const StreamConfig& stream, const ConsumerConfig& consumer) {
  impl_->stream_name = stream.name;
  impl_->durable = consumer.durable;
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = stream.name.c_str();
  so.Config.Durable = consumer.durable.c_str();
  so.Config.AckPolicy = js_AckExplicit;
  so.Config.AckWait = Nanos(consumer.ack_wait_s);
  so.Config.MaxDeliver = consumer.max_deliver;
  so.Config.MaxAckPending = 20000;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_PullSubscribe(&impl_->sub, impl_->js, stream.subject.c_str(), consumer.durable.c_str(),
                                  nullptr, &so, &jerr);
  if (s != NATS_OK)
    return NatsError(fmt::format("binding the durable consumer {} on {}", consumer.durable, stream.subject), s, jerr);
  return Status::Ok();
}

StatusOr<std::vector<Delivery>> NatsClient::Fetch(int max, int64_t timeout_ms) {
  natsMsgList_Destroy(&impl_->batch);
  impl_->batch = natsMsgList{};
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = natsSubscription_Fetch(&impl_->batch, impl_->sub, max, timeout_ms, &jerr);
  std::vector<Delivery> out;
  if (s == NATS_TIMEOUT) return out;  // nothing to do right now
  if (s != NATS_OK) return NatsError("fetching documents", s, jerr);
  out.reserve(impl_->batch.Count);
  for (int i = 0; i < impl_->batch.Count; ++i) {
    natsMsg* m = impl_->batch.Msgs[i];
    Delivery d;
    d.msg = m;
    d.data.assign(natsMsg_GetData(m), natsMsg_GetDataLength(m));
    const char* id = nullptr;
    if (natsMsgHeader_Get(m, "Nats-Msg-Id", &id) == NATS_OK && id) d.msg_id = id;
    jsMsgMetaData* meta = nullptr;
    if (natsMsg_GetMetaData(&meta, m) == NATS_OK) {
      d.delivered = meta->NumDelivered;
      d.stream_seq = meta->Sequence.Stream;
      jsMsgMetaData_Destroy(meta);
    }
    out.push_back(std::move(d));
  }
  return out;
}

Status NatsClient::Ack(const Delivery& d) {
  // AckSync: the server confirms, so a worker that dies right after cannot leave an ack in flight.
  natsStatus s = natsMsg_AckSync(static_cast<natsMsg*>(d.msg), nullptr, nullptr);
  return s == NATS_OK ? Status::Ok() : NatsError(fmt::format("acknowledging message {}", d.stream_seq), s);
}

Status NatsClient::Nak(const Delivery& d, int64_t delay_ms) {
  natsStatus s = natsMsg_NakWithDelay(static_cast<natsMsg*>(d.msg), delay_ms, nullptr);
  return s == NATS_OK ? Status::Ok() : NatsError(fmt::format("refusing message {}", d.stream_seq), s);
}

Status NatsClient::Term(const Delivery& d) {
  natsStatus s = natsMsg_Term(static_cast<natsMsg*>(d.msg), nullptr);
  return s == NATS_OK ? Status::Ok() : NatsError(fmt::format("terminating message {}", d.stream_seq), s);
}

StatusOr<int64_t> NatsClient::Pending() {
  jsConsumerInfo* ci = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetConsumerInfo(&ci, impl_->js, impl_->stream_name.c_str(), impl_->durable.c_str(), nullptr, &jerr);
  if (s != NATS_OK) return NatsError("reading the consumer's state", s, jerr);
  int64_t n = static_cast<int64_t>(ci->NumPending) + ci->NumAckPending;
  jsConsumerInfo_Destroy(ci);
  return n;
}

}  // namespace mizan::stream
