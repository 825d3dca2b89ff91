#include <catch2/catch.hpp>

#include <cstdio>
#include <new>
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
