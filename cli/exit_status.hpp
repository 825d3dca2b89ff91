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
//
// Running out of memory has one more way out: a destructor that allocates. nlohmann::json's
// destructor destroys nested values with an explicit stack (a std::vector it fills with the
// children, json.hpp 3.11 `json_value::destroy`), so destroying a large document allocates; the
// destructor is noexcept, and a bad_alloc there calls std::terminate (exit 134, "terminate called
// after throwing an instance of 'std::bad_alloc'"). That is what happened when a large plan was
// loaded under `ulimit -v`: the parse ran out of memory, and unwinding destroyed the half-built
// document (docs/reliability.md, F14). `install_memory_safety` closes that path twice over:
// - a reserve of memory is set aside at start and released by the new-handler when an
//   allocation fails while an exception is in flight (std::uncaught_exceptions() > 0), which is
//   exactly a destructor allocating during unwinding, so the unwinding completes and the
//   bad_alloc reaches `run_guarded` ("prosper: out of memory", exit 1);
// - should anything still reach std::terminate, the terminate handler says what was in flight
//   ("out of memory" for a bad_alloc, else "internal error: …") and exits 1, never aborts.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
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
// The memory set aside for destructors that allocate while an exception unwinds the stack.
inline void* memory_reserve = nullptr;

// The new-handler: releases the reserve only while an exception is in flight (a destructor
// during unwinding); otherwise, or once the reserve is gone, the allocation fails as usual.
inline void release_reserve_while_unwinding() {
  if (memory_reserve != nullptr && std::uncaught_exceptions() > 0) {
    std::free(memory_reserve);
    memory_reserve = nullptr;
    return;  // operator new tries again
  }
  throw std::bad_alloc();
}

// The terminate handler: one line saying what was thrown, and exit 1 instead of abort().
[[noreturn]] inline void on_terminate() noexcept {
  const char* what = "std::terminate was called without an exception";
  bool out_of_memory = false;
  if (const std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
    } catch (const std::exception& x) {
      what = x.what();  // `e` keeps the exception, and so the text, alive
    } catch (...) {
      what = "an exception of unknown type";
    }
  }
  if (out_of_memory)
    say(stderr, "", "out of memory");
  else
    say(stderr, "internal error: ", what);
  std::_Exit(exit_failure);
}

}  // namespace detail

/// Sets `reserve_bytes` aside for destructors that allocate while an exception unwinds, and makes
/// std::terminate print one line and exit 1 (see the file comment). Call it first in `main`.
///
/// Example: `int main(int argc, char** argv) { prosper::cli::install_memory_safety(); … }`
inline void install_memory_safety(std::size_t reserve_bytes = std::size_t{64} << 20) noexcept {
  // malloc, not new: an untouched block costs address space only, and glibc serves a block this
  // large with its own mmap, so free() returns it to the system at once.
  if (detail::memory_reserve == nullptr) detail::memory_reserve = std::malloc(reserve_bytes);
  std::set_new_handler(detail::release_reserve_while_unwinding);
  std::set_terminate(detail::on_terminate);
}

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
