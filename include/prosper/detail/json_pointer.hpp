#pragma once
// JSON Pointers (RFC 6901), the way prosper says where a problem is in a plan or an observation
// document ("/indicators/3/unit"). Shared by the plan checks, which know no JSON library, and the
// JSON readers.

#include <cstddef>
#include <string>
#include <string_view>

namespace prosper::detail {

/// Escapes one reference token: "~" becomes "~0" and "/" becomes "~1" (RFC 6901 §3).
///
/// Example: `pointer_token("a/b~c") == "a~1b~0c"`, `pointer_token("~1") == "~01"`.
inline std::string pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

/// The pointer of member `key` of the value at `path`.
///
/// Example: `pointer_child("/a", "b/c~d") == "/a/b~1c~0d"`.
inline std::string pointer_child(const std::string& path, std::string_view key) {
  return path + "/" + pointer_token(key);
}

/// The pointer of element `index` of the array at `path`.
///
/// Example: `pointer_child("/indicators", 3) == "/indicators/3"`.
inline std::string pointer_child(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

}  // namespace prosper::detail
