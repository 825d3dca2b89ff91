#pragma once
// Reading and writing whole files, with the operating system's reason on failure.
//
// Reading: a directory, a missing file or a read error is an `input_error` naming the file and
// saying why ("obs.csv: cannot open: No such file or directory"), instead of whatever the stream
// library makes of it (a directory opens as an empty stream on Linux and fails on its first read
// with "basic_filebuf::underflow").
//
// Writing: `write_file_atomically` writes to a temporary file in the same directory, flushes it
// to the disk (fsync) and renames it over the destination. rename(2) replaces a file atomically
// within one file system, so a reader sees the old file or the new one, never a mix: a full disk
// or a crash leaves the previous file intact, and two runs writing the same file leave one
// complete file (POSIX.1-2017, rename: "If the link named by the new argument exists, it shall
// be removed and old renamed to new. … a link named new shall remain visible to other
// processes throughout the renaming operation"). The directory is fsynced afterwards so that
// the rename itself survives a power loss.
//
// This header uses POSIX calls (open, write, fsync, rename, mkstemp); prosper targets Linux.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "prosper/error.hpp"

namespace prosper::io {

/// A file or stream that could not be written: which, and the operating system's reason.
///
/// Example: `output_error("report.html", "No space left on device").what()` is
/// "report.html: cannot write: No space left on device".
class output_error : public std::runtime_error, public error {
 public:
  output_error(const std::string& target, const std::string& reason)
      : std::runtime_error(target + ": cannot write: " + reason) {}
  [[nodiscard]] const char* what() const noexcept override { return std::runtime_error::what(); }
};

namespace detail::file {

inline std::string reason(int err) { return std::generic_category().message(err); }

}  // namespace detail::file

/// The whole content of `path`, as bytes.
///
/// Example: `std::string text = io::read_file("examples/data/lishui-published.csv");`
/// Throws `input_error` naming the file and the reason when it is a directory, cannot be opened
/// or cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw input_error(name, 0, "is a directory, not a file");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw input_error(name, 0, "cannot open: " + detail::file::reason(errno));
  std::string out;
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      throw input_error(name, 0, "cannot read: " + detail::file::reason(err));
    }
    out.append(buffer.data(), static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

namespace detail::file {

// Writes all of `text` to `fd`, retrying short writes; returns 0 or the errno of the failure.
inline int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

}  // namespace detail::file

namespace detail::file {

// A temporary file beside the destination: its descriptor and its name.
struct temp_file {
  int fd = -1;
  std::string name;
};

// Creates the temporary file for `path` in the same directory (so that rename(2) stays within one
// file system), with the mode a new file would have: 0666 less the umask, as a shell redirection
// gives. Throws `output_error` naming `path`.
inline temp_file create_temp_beside(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw output_error(name, "it is a directory");
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  temp_file t{-1, (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string()};
  t.fd = ::mkstemp(t.name.data());
  if (t.fd < 0) throw output_error(name, reason(errno));
  // mkstemp creates the file with mode 0600; give it the mode a new file would have.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(t.fd, 0666 & ~mask) != 0) {
    const int err = errno;
    ::close(t.fd);
    ::unlink(t.name.c_str());
    throw output_error(name, reason(err));
  }
  return t;
}

// Gives up a temporary file: closes and removes it, then throws `output_error` for `path`.
[[noreturn]] inline void abandon(const temp_file& t, const std::filesystem::path& path, int err) {
  ::close(t.fd);
  ::unlink(t.name.c_str());
  throw output_error(path.string(), reason(err));
}

// Flushes a complete temporary file to the disk and renames it over `path`; on failure removes it
// and throws `output_error`.
inline void commit(const temp_file& t, const std::filesystem::path& path) {
  if (::fsync(t.fd) != 0) abandon(t, path, errno);
  if (::close(t.fd) != 0) {
    const int err = errno;
    ::unlink(t.name.c_str());
    throw output_error(path.string(), reason(err));
  }
  if (::rename(t.name.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(t.name.c_str());
    throw output_error(path.string(), reason(err));
  }
  // Persist the directory entry too; a failure here leaves a complete file, so it is not fatal.
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace detail::file

/// Writes `text` to `path` completely or not at all: through a temporary file in the same
/// directory, fsynced and renamed into place. The new file gets mode 0666 less the umask, as a
/// file created by a shell redirection would.
///
/// Example: `io::write_file_atomically("build/report.html", html);`
/// Throws `output_error` naming the file and the reason; the previous file, if any, is then
/// unchanged and no temporary file is left behind.
inline void write_file_atomically(const std::filesystem::path& path, std::string_view text) {
  const detail::file::temp_file t = detail::file::create_temp_beside(path);
  if (const int err = detail::file::write_all(t.fd, text)) detail::file::abandon(t, path, err);
  detail::file::commit(t, path);
}

/// Writes `path` completely or not at all, as `write_file_atomically` does, when the content is
/// written by a library that takes a file name (libxlsxwriter): `fill` is called with the name of
/// the temporary file beside `path` and writes it whole or throws. What `fill` throws is passed
/// on after the temporary file is removed; the previous file, if any, is then unchanged.
///
/// Example: `io::write_file_atomically_by_name("r.xlsx", [&](const std::string& temp) {
/// write_workbook(temp); });`
/// Throws `output_error` naming `path` when the temporary file cannot be made or committed.
template <class Fill>
void write_file_atomically_by_name(const std::filesystem::path& path, Fill&& fill) {
  const detail::file::temp_file t = detail::file::create_temp_beside(path);
  try {
    std::forward<Fill>(fill)(t.name);
  } catch (...) {
    ::close(t.fd);
    ::unlink(t.name.c_str());
    throw;
  }
  // The library wrote through its own handle to the same file; fsync on this descriptor flushes
  // that file's data (POSIX fsync: "all data for the open file descriptor named by fildes").
  detail::file::commit(t, path);
}

/// Writes `text` to standard output and flushes it, so that a full disk or a closed pipe is
/// reported instead of lost: `prosper export > /dev/full` must fail, not exit 0 with nothing
/// written.
///
/// Example: `io::write_stdout(io::dump_plan(plan));`
/// Throws `output_error` with the reason.
inline void write_stdout(std::string_view text) {
  if (std::fflush(stdout) != 0) throw output_error("standard output", detail::file::reason(errno));
  if (const int err = detail::file::write_all(STDOUT_FILENO, text))
    throw output_error("standard output", detail::file::reason(err));
}

}  // namespace prosper::io
