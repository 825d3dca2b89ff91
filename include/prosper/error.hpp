#pragma once
// The exceptions prosper throws: one family with a common base, `prosper::error`, so that a caller
// can tell prosper's refusals from anything else (a defect, std::bad_alloc) with one catch clause.
//
// Which class a refusal uses follows one rule in every layer:
// - `value_error` (a std::domain_error): a number outside the domain of the formula: NaN or ±∞,
//   a value ≤ 0 where a logarithm or a ratio needs a positive one, a share outside (0, 1), a rate
//   at or below −100 %, a period that is not positive or too short for a finite rate;
// - `argument_error` (a std::invalid_argument): the shape or combination of the arguments: an
//   empty input, lengths that differ, too few observations, a duplicate or out-of-order year, a
//   neutral direction where a direction is needed, an unknown name, an inconsistent option;
// - `input_error` (a std::runtime_error): a problem in a file the user gave, with where it is
//   (file and line, or a JSON Pointer);
// - `plan_error` (an input_error): a plan that is not valid, at a JSON Pointer of its document,
//   whether it was read from a file or built in code.
// Each also derives from its standard counterpart, so code that catches std::domain_error or
// std::invalid_argument keeps working; `catch (const prosper::error&)` catches all four.
//
// Messages start with the function that refused ("prosper::math::required_cagr: base must be > 0,
// got -3"), or with the location of the bad input ("obs.csv:7: unknown indicator '99'").

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace prosper {

/// The common base of every exception prosper throws. It is a mixin, not a std::exception, so
/// each concrete error is a std::exception exactly once (through its standard counterpart).
///
/// Example: `try { math::required_cagr(0, 1, 3); } catch (const prosper::error& e) { e.what(); }`.
class error {
 public:
  virtual ~error() = default;
  /// The message, as std::exception::what() gives it.
  [[nodiscard]] virtual const char* what() const noexcept = 0;

 protected:
  error() = default;
  error(const error&) = default;
  error& operator=(const error&) = default;
};

/// A number outside the domain of a formula (NaN, a base ≤ 0 for a compound rate, a share ≥ 1).
///
/// Example: `math::required_cagr(0.0, 9.24, 3.0)` throws `value_error`.
class value_error : public std::domain_error, public error {
 public:
  explicit value_error(const std::string& message) : std::domain_error(message) {}
  [[nodiscard]] const char* what() const noexcept override { return std::domain_error::what(); }
};

/// Arguments of the wrong shape or combination (empty, mismatched lengths, a duplicate year).
///
/// Example: `inequality::gini(Eigen::VectorXd{})` throws `argument_error`.
class argument_error : public std::invalid_argument, public error {
 public:
  explicit argument_error(const std::string& message) : std::invalid_argument(message) {}
  [[nodiscard]] const char* what() const noexcept override {
    return std::invalid_argument::what();
  }
};

namespace detail {
// "file:line: /pointer: message", leaving out what is not known.
inline std::string located(std::string_view file, std::size_t line, std::string_view pointer,
                           std::string_view message) {
  std::string out(file);
  if (line > 0) out += ':' + std::to_string(line);
  if (!out.empty()) out += ": ";
  if (!pointer.empty()) {
    out += pointer;
    out += ": ";
  }
  out += message;
  return out;
}
}  // namespace detail

/// A problem in an input the user gave, with its location. `what()` reads "file:line: message"
/// (CSV), "file: /observations/3/value: message" (JSON) or "/indicators/2/unit: message" (a plan
/// built in code), so it can be printed as it is.
///
/// Example: `input_error("obs.csv", 7, "unknown indicator '99'").what()` is
/// "obs.csv:7: unknown indicator '99'".
class input_error : public std::runtime_error, public error {
 public:
  input_error(std::string file, std::size_t line, std::string message)
      : input_error(std::move(file), line, std::string(), std::move(message)) {}

  /// With a JSON Pointer; `line` is 0 when the position in the text is not known.
  input_error(std::string file, std::size_t line, std::string pointer, std::string message)
      : std::runtime_error(detail::located(file, line, pointer, message)),
        file_(std::move(file)),
        line_(line),
        pointer_(std::move(pointer)),
        message_(std::move(message)) {}

  [[nodiscard]] const char* what() const noexcept override { return std::runtime_error::what(); }

 protected:
  /// For derived errors that word their location themselves.
  input_error(const std::string& what_text, std::string file, std::size_t line,
              std::string pointer, std::string message)
      : std::runtime_error(what_text),
        file_(std::move(file)),
        line_(line),
        pointer_(std::move(pointer)),
        message_(std::move(message)) {}

 public:
  /// The file name as given to the reader; "" for input that did not come from a file.
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  /// 1-based line where the bad record starts; 0 when not known.
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  /// JSON Pointer of the bad element ("/observations/3/value"); "" when there is none.
  [[nodiscard]] const std::string& pointer() const noexcept { return pointer_; }
  /// The problem alone, without the location.
  [[nodiscard]] const std::string& message() const noexcept { return message_; }

 private:
  std::string file_;
  std::size_t line_;
  std::string pointer_;
  std::string message_;
};

/// A plan that is not valid: the JSON Pointer of the offending value in the plan's document
/// ("" for the whole document, printed "(document)") and what is wrong with it.
///
/// Example: `plan_error("/indicators/3/unit", "unknown unit '斤'").what()` is
/// "/indicators/3/unit: unknown unit '斤'".
class plan_error : public input_error {
 public:
  plan_error(std::string pointer, std::string problem, std::string file = {}, std::size_t line = 0)
      // No std::move here: the arguments are evaluated in an unspecified order, and the text
      // must see them before they are moved from.
      : input_error(detail::located(file, line, pointer.empty() ? "(document)" : pointer, problem),
                    file, line, pointer, problem) {}

  /// The same error, located in `file` (and `line`, when known).
  ///
  /// Example: `e.in_file("plan.json").what()` is "plan.json: /indicators/3/unit: …".
  [[nodiscard]] plan_error in_file(std::string file_name, std::size_t at_line = 0) const {
    return plan_error(pointer(), message(), std::move(file_name), at_line);
  }
};

}  // namespace prosper
