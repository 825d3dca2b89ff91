#include <catch2/catch.hpp>

#include <cstdio>
#include <new>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>
#include <stdexcept>
#include <string>

#include "exit_status.hpp"  // cli/exit_status.hpp
#include "prosper/detail/checks.hpp"

namespace {

// Runs `command` under run_guarded with stderr captured in a temporary file.
template <class Command>
std::pair<int, std::string> guarded(Command command) {
  std::FILE* err = std::tmpfile();
  REQUIRE(err != nullptr);
  const int code = prosper::cli::run_guarded(command, err);
  std::rewind(err);
  std::string text;
  for (int c; (c = std::fgetc(err)) != EOF;) text += static_cast<char>(c);
  std::fclose(err);
  return {code, text};
}

}  // namespace

TEST_CASE("a command that succeeds returns its own code and prints nothing", "[exit_status]") {
  const auto [code, text] = guarded([] { return 0; });
  CHECK(code == 0);
  CHECK(text.empty());
}

TEST_CASE("an input error exits 3 with its location", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int {
    throw prosper::input_error("obs.csv", 7, "unknown indicator '99'");
  });
  CHECK(code == prosper::cli::exit_input);
  CHECK(text == "prosper: obs.csv:7: unknown indicator '99'\n");
}

TEST_CASE("an invalid plan exits 3 with its file and JSON Pointer", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int {
    throw prosper::plan_error("/indicators/3/unit", "expected a string").in_file("plan.json");
  });
  CHECK(code == 3);
  CHECK(text == "prosper: plan.json: /indicators/3/unit: expected a string\n");
}

TEST_CASE("an injected defect exits 1 and is called an internal error", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int { throw std::logic_error("index out of range"); });
  CHECK(code == prosper::cli::exit_failure);
  CHECK(text == "prosper: internal error: index out of range\n");
}

TEST_CASE("a math refusal that reaches the command line is a defect, not the user's input",
          "[exit_status]") {
  // The plan and observation readers validate everything a user writes; a value_error that
  // still escapes means prosper passed bad numbers on, so it is not blamed on the input.
  const auto [code, text] = guarded([]() -> int {
    prosper::detail::checks::positive("math::required_cagr", "base", 0.0);
    return 0;
  });
  CHECK(code == 1);
  CHECK(text == "prosper: internal error: prosper::math::required_cagr: base must be > 0, got 0\n");
}

TEST_CASE("running out of memory exits 1 with a message", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int { throw std::bad_alloc(); });
  CHECK(code == 1);
  CHECK(text == "prosper: out of memory\n");
}

TEST_CASE("an output that cannot be written exits 1 with the reason", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int {
    throw prosper::io::output_error("standard output", "No space left on device");
  });
  CHECK(code == 1);
  CHECK(text == "prosper: standard output: cannot write: No space left on device\n");
}

TEST_CASE("an exception of unknown type still gets a line and exit 1", "[exit_status]") {
  const auto [code, text] = guarded([]() -> int { throw 42; });
  CHECK(code == 1);
  CHECK(text == "prosper: internal error: an exception of unknown type\n");
}

namespace {

// Runs `body` in a child process after install_memory_safety(), with the child's stderr in a
// pipe; returns how the child ended (exit code, or 128 + signal) and what it printed.
template <class Body>
std::pair<int, std::string> in_child(Body body, std::size_t reserve = std::size_t{1} << 20) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    ::dup2(fds[1], 2);
    prosper::cli::install_memory_safety(reserve);
    body();
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string text;
  char buf[256];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), text};
}

// A destructor that allocates, as nlohmann::json's does when it destroys a large document.
struct allocating_destructor {
  std::size_t bytes;
  ~allocating_destructor() {  // noexcept, as every destructor is by default
    std::vector<char> stack(bytes);
    stack[bytes - 1] = 1;
  }
};

// Throws through a function pointer, so that the compiler cannot see (and warn about) a throw
// inside a noexcept function: the call stands for a library that throws where it must not.
[[noreturn]] void throw_bad_alloc() { throw std::bad_alloc(); }
[[noreturn]] void throw_logic_error() { throw std::logic_error("broken"); }
void call_noexcept(void (*f)()) noexcept { f(); }

// The address space the process uses now, in bytes (/proc/self/statm, first field in pages).
[[maybe_unused]] std::size_t address_space_in_use() {  // unused in the ASan build
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  unsigned long pages = 0;
  if (f) {
    if (std::fscanf(f, "%lu", &pages) != 1) pages = 0;
    std::fclose(f);
  }
  return static_cast<std::size_t>(pages) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

// F14 (docs/reliability.md): under `ulimit -v` a large plan ended in std::terminate (exit 134):
// nlohmann::json's noexcept destructor allocates, and it ran while a bad_alloc unwound the parse.
TEST_CASE("std::terminate prints one line and exits 1 instead of aborting", "[exit_status]") {
  const auto [oom_code, oom_text] = in_child([] { call_noexcept(throw_bad_alloc); });
  CHECK(oom_code == 1);
  CHECK(oom_text == "prosper: out of memory\n");
  const auto [code, text] = in_child([] { call_noexcept(throw_logic_error); });
  CHECK(code == 1);
  CHECK(text == "prosper: internal error: broken\n");
}

// Address-space limits and allocations that fail for real do not mix with AddressSanitizer,
// which reserves terabytes of shadow memory and aborts on an impossible allocation.
#if defined(__SANITIZE_ADDRESS__)
#define PROSPER_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PROSPER_TEST_ASAN 1
#endif
#endif

#ifndef PROSPER_TEST_ASAN
TEST_CASE("a destructor that allocates while a bad_alloc unwinds gets the reserve",
          "[exit_status]") {
  // In the child: an address-space limit just above what it uses, so that both the big
  // allocation and the 4 MB the destructor then asks for fail unless the 8 MB reserve (set aside
  // before the limit) is released; the unwinding then completes and run_guarded reports it.
  const auto [code, text] = in_child(
      [] {
        const rlimit limit{address_space_in_use() + (std::size_t{1} << 20), RLIM_INFINITY};
        if (::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(40);
        const int exit = prosper::cli::run_guarded([]() -> int {
          allocating_destructor guard{std::size_t{4} << 20};
          std::vector<char> huge(std::size_t{64} << 20);
          return static_cast<int>(huge.size());
        });
        // 11: reported by run_guarded after the reserve was used; 1 alone would mean the
        // terminate handler caught it instead.
        ::_exit(exit + (prosper::cli::detail::memory_reserve == nullptr ? 10 : 20));
      },
      std::size_t{8} << 20);
  CHECK(code == 11);
  CHECK(text == "prosper: out of memory\n");
}
#endif
