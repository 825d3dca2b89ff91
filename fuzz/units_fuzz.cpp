// Fuzzes the runtime unit registry (prosper/units/registry.hpp): find, get, convertible,
// conversion_factor_between and convert on arbitrary unit strings.
//
// Input: 8 bytes taken as the value to convert (when present), then two unit spellings separated
// by the first '\n' (the second may be empty, which is itself a spelling: a pure number).
// Invariants:
// - lookups never throw anything but unit_error, and find/get agree (find is null exactly when
//   get throws); normalize is idempotent and lookups ignore surrounding blanks;
// - convertible(a, b) is true exactly when conversion_factor_between(a, b) does not throw, and
//   then the factor is finite and > 0, a unit converts to itself exactly, and the two factors
//   are reciprocal within rounding;
// - converting a finite value whose result does not overflow or underflow gives a finite value
//   that converts back within 2 ulps, exactly when the factor is 1, and exactly when the factor
//   is a power of ten and the value a printed decimal of at most 15 significant digits (F1).
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "fuzz_common.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace u = prosper::units;
using prosper::fuzz::show;

namespace {

const u::unit_info* checked_find(std::string_view s) {
  const auto& registry = u::unit_registry::instance();
  const u::unit_info* found = registry.find(s);
  bool threw = false;
  try {
    const u::unit_info& got = registry.get(s);
    PROSPER_FUZZ_CHECK(&got == found, "get and find disagree on '" + std::string(s) + "'");
  } catch (const u::unit_error&) {
    threw = true;
  }
  PROSPER_FUZZ_CHECK(threw == (found == nullptr),
                     "find and get disagree on whether '" + std::string(s) + "' is a unit");
  const std::string once = u::unit_registry::normalize(s);
  PROSPER_FUZZ_CHECK(u::unit_registry::normalize(once) == once, "normalize is not idempotent");
  PROSPER_FUZZ_CHECK(registry.find(once) == found, "normalized spelling resolves differently");
  PROSPER_FUZZ_CHECK(registry.find(" \t" + std::string(s) + "\t ") == found,
                     "surrounding blanks change the unit");
  if (found != nullptr) {
    PROSPER_FUZZ_CHECK(std::isfinite(found->factor) && found->factor > 0,
                       "unit factor " + show(found->factor));
    PROSPER_FUZZ_CHECK(registry.find(found->name) == found,
                       "a unit's ASCII name does not resolve to it");
  }
  return found;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  double value = 1.0;
  if (size >= sizeof value) {
    std::memcpy(&value, data, sizeof value);
    data += sizeof value;
    size -= sizeof value;
  }
  const std::string_view text = prosper::fuzz::as_text(data, size);
  const std::size_t cut = text.find('\n');
  const std::string_view from = text.substr(0, cut);
  const std::string_view to = cut == std::string_view::npos ? std::string_view{} : text.substr(cut + 1);

  const u::unit_info* a = checked_find(from);
  const u::unit_info* b = checked_find(to);

  const bool convertible = u::convertible(from, to);
  double factor = 0.0;
  bool threw = false;
  try {
    factor = u::conversion_factor_between(from, to);
  } catch (const u::unit_error&) {
    threw = true;
  }
  PROSPER_FUZZ_CHECK(convertible == !threw, "convertible() and conversion_factor_between disagree");
  if (!convertible) return 0;
  PROSPER_FUZZ_CHECK(a != nullptr && b != nullptr, "convertible without both units known");
  PROSPER_FUZZ_CHECK(a->dimension == b->dimension && a->kind == b->kind,
                     "convertible across dimensions or kinds");
  PROSPER_FUZZ_CHECK(std::isfinite(factor) && factor > 0, "factor " + show(factor));
  const double back_factor = u::conversion_factor_between(to, from);
  PROSPER_FUZZ_CHECK(prosper::fuzz::within_ulps(factor * back_factor, 1.0, 4),
                     "factors are not reciprocal: " + show(factor) + " and " + show(back_factor));
  PROSPER_FUZZ_CHECK(u::conversion_factor_between(from, from) == 1.0, "self factor is not 1");

  if (!std::isfinite(value)) return 0;
  PROSPER_FUZZ_CHECK(prosper::fuzz::same_bits(u::convert(value, from, from), value),
                     "converting to the same unit changed " + show(value));
  // Stay clear of overflow and of the subnormal range, where no conversion can be exact.
  const double big = std::max(factor, 1.0 / factor);
  if (value != 0 && (std::fabs(value) > std::numeric_limits<double>::max() / big / 4 ||
                     std::fabs(value) < std::numeric_limits<double>::min() * big * 4)) {
    return 0;
  }
  const double there = u::convert(value, from, to);
  PROSPER_FUZZ_CHECK(std::isfinite(there), show(value) + " converts to " + show(there));
  const double back = u::convert(there, to, from);
  if (factor == 1.0) {
    PROSPER_FUZZ_CHECK(prosper::fuzz::same_bits(back, value) && prosper::fuzz::same_bits(there, value),
                       "a factor-1 conversion changed " + show(value));
  }
  const double decade = std::pow(10.0, std::round(std::log10(big)));
  if (prosper::fuzz::within_ulps(big, decade, 1) && decade <= 1e22 &&
      prosper::fuzz::significant_digits(value) <= 15) {
    PROSPER_FUZZ_CHECK(prosper::fuzz::same_bits(back, value),
                       "a printed decimal did not come back exactly: " + show(value) + " " +
                           std::string(from) + " -> " + show(there) + " " + std::string(to) +
                           " -> " + show(back));
  }
  PROSPER_FUZZ_CHECK(prosper::fuzz::within_ulps(back, value, 2),
                     show(value) + " " + std::string(from) + " -> " + show(there) + " " +
                         std::string(to) + " -> " + show(back));
  return 0;
}
