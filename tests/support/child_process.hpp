#pragma once
// Test support: run a piece of a test in a child process, so that what it sets there (a file-size
// limit, a signal disposition) does not reach the test runner.

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace prosper::test {

/// Runs `body` in a child process and returns its exit code; the body reports through its
/// return value (98 when it throws).
template <class Body>
int in_child(Body body) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 99;
    try {
      code = body();
    } catch (...) {
      code = 98;
    }
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  return WEXITSTATUS(status);
}

}  // namespace prosper::test
