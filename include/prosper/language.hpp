#pragma once
// The language of symbols, labels and messages for people. Machine-readable outputs (CSV and JSON
// keys, enum names) stay ASCII whatever the language.

#include <optional>
#include <string_view>

namespace prosper {

/// The language of symbols and labels.
///
/// Example: `runtime_unit::resolve("万元").symbol(language::en) == "10k CNY"`.
enum class language { zh, en };

/// A stable ASCII name ("zh", "en"), used on the command line and in JSON.
///
/// Example: `to_string(language::en) == "en"`.
constexpr std::string_view to_string(language l) noexcept { return l == language::zh ? "zh" : "en"; }

/// The language named `s`, or nothing.
///
/// Example: `language_from_string("en") == language::en`.
constexpr std::optional<language> language_from_string(std::string_view s) noexcept {
  for (language l : {language::zh, language::en})
    if (to_string(l) == s) return l;
  return std::nullopt;
}

}  // namespace prosper
