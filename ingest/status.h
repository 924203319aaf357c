// Status: the outcome of an operation that can fail, as a value.
//
// Every module boundary in dossier returns a Status (or a StatusOr<T>) rather
// than throwing, so callers can report "what failed and with what":
//
//   Status s = Status::InvalidInput("notes.txt", "not valid UTF-8 at byte 120");
//   s.ToString()  ->  "invalid input: notes.txt: not valid UTF-8 at byte 120"
//
// The two-part message keeps the subject (usually a file path) apart from
// the reason, so the CLI can print one line per failed file.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace dossier {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,      // a file, document or id that does not exist
    kInvalidInput,  // bytes or text we refuse: binary, bad encoding, malformed XML
    kTooLarge,      // over a documented size limit
    kIOError,       // the operating system said no
    kCorruption,    // the store is damaged or disagrees with itself
    kInvalidQuery,  // a user query that does not parse
    kInternal,      // a bug: a broken invariant
  };

  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status NotFound(std::string subject, std::string reason = {}) {
    return Status(Code::kNotFound, std::move(subject), std::move(reason));
  }
  static Status InvalidInput(std::string subject, std::string reason = {}) {
    return Status(Code::kInvalidInput, std::move(subject), std::move(reason));
  }
  static Status TooLarge(std::string subject, std::string reason = {}) {
    return Status(Code::kTooLarge, std::move(subject), std::move(reason));
  }
  static Status IOError(std::string subject, std::string reason = {}) {
    return Status(Code::kIOError, std::move(subject), std::move(reason));
  }
  static Status Corruption(std::string subject, std::string reason = {}) {
    return Status(Code::kCorruption, std::move(subject), std::move(reason));
  }
  static Status InvalidQuery(std::string subject, std::string reason = {}) {
    return Status(Code::kInvalidQuery, std::move(subject), std::move(reason));
  }
  static Status Internal(std::string subject, std::string reason = {}) {
    return Status(Code::kInternal, std::move(subject), std::move(reason));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& subject() const { return subject_; }
  const std::string& reason() const { return reason_; }

  // "subject: reason" (or just one of them): what the CLI prints after the file name.
  std::string message() const {
    if (subject_.empty()) return reason_;
    if (reason_.empty()) return subject_;
    return subject_ + ": " + reason_;
  }
  // "<code name>: subject: reason"; "ok" for success.
  std::string ToString() const;
  static const char* CodeName(Code code);

 private:
  Status(Code code, std::string subject, std::string reason)
      : code_(code), subject_(std::move(subject)), reason_(std::move(reason)) {}

  Code code_ = Code::kOk;
  std::string subject_;
  std::string reason_;
};

// A value or the Status that explains why there is none.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}           // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {}   // NOLINT: must not be ok
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dossier
