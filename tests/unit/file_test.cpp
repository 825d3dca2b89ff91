// io/file.hpp: whole-file reads with the system's reason, and writes that are complete or absent.
#include "prosper/io/file.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "../support/child_process.hpp"
#include "../support/temp_dir.hpp"

namespace fs = std::filesystem;
namespace io = prosper::io;

namespace {

using prosper::test::contents;
using prosper::test::in_child;
using prosper::test::names_in;
using prosper::test::temp_dir;

}  // namespace

TEST_CASE("a file is written whole and replaces the previous one", "[file]") {
  temp_dir dir;
  const fs::path report = dir.path / "report.html";
  io::write_file_atomically(report, "first");
  CHECK(contents(report) == "first");
  io::write_file_atomically(report, std::string(1 << 20, 'x'));
  CHECK(contents(report) == std::string(1 << 20, 'x'));
  CHECK(names_in(dir.path) == std::vector<std::string>{"report.html"});
  // The new file has the permissions a shell redirection would give it, not mkstemp's 0600.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((fs::status(report).permissions() & fs::perms::all) ==
        (static_cast<fs::perms>(0666 & ~mask) & fs::perms::all));
}

// Issue 14: on a full disk the report was truncated in place and the previous one lost. A limit
// on the file size (setrlimit RLIMIT_FSIZE, with SIGXFSZ ignored as the CLI does) makes write(2)
// fail with EFBIG part-way, the way ENOSPC would; this works for root too, for whom a read-only
// directory would not.
TEST_CASE("a write that fails part-way leaves the previous file and no temporary file",
          "[file]") {
  temp_dir dir;
  const fs::path report = dir.path / "report.html";
  io::write_file_atomically(report, "the previous report");
  const int code = in_child([&] {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 10;
    try {
      io::write_file_atomically(report, std::string(1 << 20, 'y'));
    } catch (const io::output_error& e) {
      const std::string what = e.what();
      return what == report.string() + ": cannot write: File too large" ? 0 : 11;
    }
    return 12;  // no error: the limit did not work
  });
  CHECK(code == 0);
  CHECK(contents(report) == "the previous report");
  CHECK(names_in(dir.path) == std::vector<std::string>{"report.html"});
}

// A library that writes a file by its name (libxlsxwriter) gets the temporary file's name; what it
// throws is passed on, and the temporary file is removed.
TEST_CASE("a file written by name is renamed into place whole, or not at all", "[file]") {
  temp_dir dir;
  const fs::path book = dir.path / "report.xlsx";
  io::write_file_atomically_by_name(book, [](const std::string& temp) {
    std::ofstream(temp, std::ios::binary) << "written by name";
  });
  CHECK(contents(book) == "written by name");
  CHECK_THROWS_AS(io::write_file_atomically_by_name(book,
                                                    [](const std::string& temp) {
                                                      std::ofstream(temp) << "half";
                                                      throw io::output_error("x", "failed");
                                                    }),
                  io::output_error);
  CHECK(contents(book) == "written by name");
  CHECK(names_in(dir.path) == std::vector<std::string>{"report.xlsx"});
}

TEST_CASE("a directory or a missing directory cannot be written, with the reason", "[file]") {
  temp_dir dir;
  CHECK_THROWS_MATCHES(io::write_file_atomically(dir.path, "x"), io::output_error,
                       Catch::Message(dir.path.string() + ": cannot write: it is a directory"));
  const fs::path nowhere = dir.path / "no" / "report.html";
  CHECK_THROWS_MATCHES(
      io::write_file_atomically(nowhere, "x"), io::output_error,
      Catch::Message(nowhere.string() + ": cannot write: No such file or directory"));
}

TEST_CASE("reading names the file and the reason", "[file]") {
  temp_dir dir;
  CHECK_THROWS_MATCHES(io::read_file(dir.path), prosper::input_error,
                       Catch::Message(dir.path.string() + ": is a directory, not a file"));
  CHECK_THROWS_MATCHES(
      io::read_file(dir.path / "none.csv"), prosper::input_error,
      Catch::Message((dir.path / "none.csv").string() + ": cannot open: No such file or directory"));
  io::write_file_atomically(dir.path / "a.csv", "indicator,year,value\n");
  CHECK(io::read_file(dir.path / "a.csv") == "indicator,year,value\n");
}

TEST_CASE("standard output that cannot be written is an error with the reason", "[file]") {
  // /dev/full fails every write with ENOSPC.
  const int code = in_child([] {
    if (std::freopen("/dev/full", "w", stdout) == nullptr) return 10;
    try {
      io::write_stdout("a plan");
    } catch (const io::output_error& e) {
      return std::string(e.what()) == "standard output: cannot write: No space left on device"
                 ? 0
                 : 11;
    }
    return 12;
  });
  CHECK(code == 0);
}
