#include "ingest/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dossier {

namespace {
std::string TooLargeReason(size_t size, size_t limit) {
  return "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit) +
         " bytes (raise it with --max-size)";
}
}  // namespace

StatusOr<std::string> ReadFileLimited(const std::string& path, size_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) return Status::NotFound(path, "no such file");
    return Status::IOError(path, std::string("cannot open: ") + std::strerror(err));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return Status::IOError(path, std::string("cannot stat: ") + std::strerror(err));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput(path, "not a regular file");
  }
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return Status::TooLarge(path, TooLargeReason(static_cast<size_t>(st.st_size), max_bytes));
  }
  std::string bytes;
  bytes.resize(static_cast<size_t>(st.st_size));
  size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) {
      // The file may have grown since fstat: read on, within the limit.
      if (bytes.size() >= max_bytes + 1) break;
      bytes.resize(std::min(max_bytes + 1, bytes.size() + 65536));
    }
    ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return Status::IOError(path, std::string("read failed: ") + std::strerror(err));
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes.resize(filled);
  if (bytes.size() > max_bytes) return Status::TooLarge(path, TooLargeReason(bytes.size(), max_bytes));
  return bytes;
}

}  // namespace dossier
