// Status and StatusOr<T>: how every fallible call in libmizan reports an error without throwing.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace mizan {

// Canonical codes, as in absl / SentencePiece. Numbers are stable: the CLI maps them to exit codes.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 3,   // the caller's input is bad (bad UTF-8, malformed JSON, unknown option)
  kNotFound = 5,          // a file, document or actor that does not exist
  kAlreadyExists = 6,
  kResourceExhausted = 8, // a per-document limit (bytes, time) was hit
  kFailedPrecondition = 9,// a stage ran before the stages it needs
  kDataLoss = 15,         // a store or cache file is corrupt
  kUnimplemented = 12,
  kInternal = 13,         // a bug: please report
  kUnavailable = 14,      // a database is locked or unreachable
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "INVALID_ARGUMENT: message" — what the CLI prints.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
inline Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
inline Status FailedPrecondition(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }
inline Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }

// A value or the Status that explains why there is none. Never holds an OK status without a value.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : v_(std::move(value)) {}             // NOLINT: implicit on purpose
  StatusOr(Status status) : v_(std::move(status)) {        // NOLINT
    if (std::get<Status>(v_).ok()) v_ = Status(StatusCode::kInternal, "StatusOr built from OK status");
  }
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace mizan

#define MIZAN_CONCAT_INNER(a, b) a##b
#define MIZAN_CONCAT(a, b) MIZAN_CONCAT_INNER(a, b)

// Returns the status from the enclosing function when expr is not OK.
#define RETURN_IF_ERROR(expr)                      \
  do {                                             \
    ::mizan::Status _st = (expr);                  \
    if (!_st.ok()) return _st;                     \
  } while (0)

// ASSIGN_OR_RETURN(auto x, MakeX()): unwraps a StatusOr or returns its status.
#define ASSIGN_OR_RETURN(lhs, expr)                                   \
  auto MIZAN_CONCAT(_so_, __LINE__) = (expr);                         \
  if (!MIZAN_CONCAT(_so_, __LINE__).ok())                             \
    return MIZAN_CONCAT(_so_, __LINE__).status();                     \
  lhs = std::move(MIZAN_CONCAT(_so_, __LINE__)).value()
