#pragma once
// The CLI's exit codes, and the one place where an exception becomes one:
//   0  success;
//   2  usage error (bad option, missing subcommand), decided by the option parser;
//   3  the user's input: a plan or observation file that cannot be read or is not valid
//      (`prosper::input_error` and `plan_error`, with file:line or a JSON Pointer);
//   1  anything else: an output that could not be written (with the system's reason), memory
//      exhausted, or an internal error, that is a defect of prosper or a library it uses.
// Every path prints one line to stderr beginning "prosper: ". Nothing here allocates after an
// exception is caught (messages go out with fputs), so running out of memory is reported too.

#include <cstdio>
#include <exception>
#include <new>

#include "prosper/error.hpp"
#include "prosper/io/file.hpp"

namespace prosper::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_input = 3;

namespace detail {
inline void say(std::FILE* err, const char* lead, const char* what) noexcept {
  std::fputs("prosper: ", err);
  std::fputs(lead, err);
  std::fputs(what, err);
  std::fputs("\n", err);
  std::fflush(err);
}
}  // namespace detail

/// Runs `command` and turns what it throws into an exit code and one line on `err`.
///
/// Example: `return prosper::cli::run_guarded([&] { return run_command_line(argc, argv); });`
template <class Command>
int run_guarded(Command&& command, std::FILE* err = stderr) noexcept {
  try {
    return command();
  } catch (const input_error& e) {
    detail::say(err, "", e.what());
    return exit_input;
  } catch (const io::output_error& e) {
    detail::say(err, "", e.what());
    return exit_failure;
  } catch (const std::bad_alloc&) {
    detail::say(err, "", "out of memory");
    return exit_failure;
  } catch (const std::exception& e) {
    detail::say(err, "internal error: ", e.what());
    return exit_failure;
  } catch (...) {
    detail::say(err, "internal error: ", "an exception of unknown type");
    return exit_failure;
  }
}

}  // namespace prosper::cli
