// Fuzzes the plan loader (prosper/io/plan_json.hpp), and the plan math that runs on what it
// loads (plan::required_change, plan::audit).
//
// Input: the plan file. Invariants:
// - parse_plan returns a plan or throws prosper::plan_error; nothing else escapes;
// - a loaded plan keeps the promises of the file comment: finite numbers, increasing milestone
//   years, unique ids, a value for every numeric kind, band ends in order;
// - nothing is silently changed: every value the file gives is in `to_json` of the loaded plan
//   at the same JSON Pointer, numbers equal as doubles (so a year of 18446744073709551615 cannot
//   come back as -1);
// - round trip: save → load → save gives the same text;
// - required_change and audit of the loaded plan give finite numbers or none (F3, fixed).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "fuzz_common.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/required_change.hpp"

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace fz = prosper::fuzz;
using io::json;

namespace {

void check_finite(const std::optional<double>& v, const std::string& what) {
  PROSPER_FUZZ_CHECK(!v || std::isfinite(*v), what + " is " + fz::show(*v));
}

void check_target(prosper::target_kind k, const std::optional<double>& value,
                  const std::optional<double>& upper, const std::string& what) {
  check_finite(value, what + " value");
  check_finite(upper, what + " upper");
  if (prosper::is_numeric(k)) PROSPER_FUZZ_CHECK(value.has_value(), what + ": numeric without value");
  if (k == prosper::target_kind::band) {
    PROSPER_FUZZ_CHECK(value && upper && *upper >= *value, what + ": band ends out of order");
  }
}

void check_plan(const io::plan_document& doc) {
  const pl::plan& p = doc.plan;
  PROSPER_FUZZ_CHECK(p.base_year <= p.target_year, "target year before base year");
  std::set<std::string> ids;
  for (const auto& i : p.indicators) {
    PROSPER_FUZZ_CHECK(!i.id.empty() && ids.insert(i.id).second, "indicator id '" + i.id + "'");
    for (std::size_t k = 0; k < i.milestones.size(); ++k) {
      const auto& m = i.milestones[k];
      check_target(m.kind, m.value, m.upper, "indicator " + i.id);
      if (k > 0) PROSPER_FUZZ_CHECK(m.year > i.milestones[k - 1].year, "milestone years");
    }
  }
  ids.clear();
  for (const auto& b : p.body_targets) {
    PROSPER_FUZZ_CHECK(!b.id.empty() && ids.insert(b.id).second, "body target id '" + b.id + "'");
    check_target(b.kind, b.value, b.upper, "body target " + b.id);
  }
}

// Every value of `given` (the file) is in `saved` (to_json of the loaded plan) at `path`.
void check_kept(const json& given, const json& saved, const std::string& path) {
  if (given.is_object()) {
    PROSPER_FUZZ_CHECK(saved.is_object(), path + ": object became " + saved.type_name());
    for (const auto& [key, value] : given.items()) {
      const auto it = saved.find(key);
      PROSPER_FUZZ_CHECK(it != saved.end(), path + "/" + key + " was dropped");
      check_kept(value, *it, path + "/" + key);
    }
  } else if (given.is_array()) {
    PROSPER_FUZZ_CHECK(saved.is_array() && saved.size() == given.size(),
                       path + ": array length changed");
    for (std::size_t i = 0; i < given.size(); ++i) {
      check_kept(given[i], saved[i], path + "/" + std::to_string(i));
    }
  } else if (given.is_number()) {
    PROSPER_FUZZ_CHECK(saved.is_number(), path + ": number became " + saved.type_name());
    if (given.is_number_integer() && saved.is_number_integer()) {
      // Compared as what they say, not as doubles: 2^64 - 1 must not equal -1.
      const bool same = given.is_number_unsigned() == saved.is_number_unsigned()
                            ? given == saved
                            : (given.is_number_unsigned()
                                   ? saved.get<std::int64_t>() >= 0 &&
                                         given.get<std::uint64_t>() ==
                                             static_cast<std::uint64_t>(saved.get<std::int64_t>())
                                   : given.get<std::int64_t>() >= 0 &&
                                         static_cast<std::uint64_t>(given.get<std::int64_t>()) ==
                                             saved.get<std::uint64_t>());
      PROSPER_FUZZ_CHECK(same, path + ": " + given.dump() + " became " + saved.dump());
    } else {
      PROSPER_FUZZ_CHECK(given.get<double>() == saved.get<double>(),
                         path + ": " + given.dump() + " became " + saved.dump());
    }
  } else {
    PROSPER_FUZZ_CHECK(given == saved, path + ": " + given.dump() + " became " + saved.dump());
  }
}

// Every string of a parsed document (keys and values), decoded and separated by newlines: what
// the plan itself says. The raw file text is not enough, since "\bnan\b" in the file decodes to
// a backspace, "nan", a backspace (F12's run hit exactly that).
void collect_strings(const json& j, std::string& out) {
  if (j.is_string()) {
    out += j.get_ref<const std::string&>();
    out += '\n';
  } else if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      out += key;
      out += '\n';
      collect_strings(value, out);
    }
  } else if (j.is_array()) {
    for (const json& value : j) collect_strings(value, out);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fz::as_text(data, size);
  std::optional<io::plan_document> doc;
  try {
    doc = io::parse_plan(text);
  } catch (const prosper::plan_error& e) {
    PROSPER_FUZZ_CHECK(!e.message().empty(), "prosper::plan_error without a problem");
    return 0;
  }
  check_plan(*doc);

  const json saved = io::to_json(doc->plan, doc->relations);
  const json parsed = json::parse(text);
  check_kept(parsed, saved, "");
  std::string plan_says;
  collect_strings(parsed, plan_says);

  const std::string once = io::dump_plan(doc->plan, doc->relations);
  io::plan_document again;
  try {
    again = io::parse_plan(once);
  } catch (const prosper::plan_error& e) {
    PROSPER_FUZZ_CHECK(false, std::string("a saved plan does not load: ") + e.what());
  }
  PROSPER_FUZZ_CHECK(io::dump_plan(again.plan, again.relations) == once,
                     "save -> load -> save changed the text");

  for (const auto& ind : doc->plan.indicators) {
    const pl::required_change_result rc = pl::required_change(ind);
    check_finite(rc.base_value, "required_change base of " + ind.id);
    check_finite(rc.target_value, "required_change target of " + ind.id);
    check_finite(rc.cagr, "required_change cagr of " + ind.id);
    check_finite(rc.annual_change, "required_change annual change of " + ind.id);
  }
  const pl::audit_report audit = pl::audit(doc->plan, doc->relations);
  for (const auto& f : audit.findings) {
    // The explanations quote the plan's own text, which may itself say "inf".
    const bool says_non_finite = (fz::mentions_non_finite(f.explanation) ||
                                  fz::mentions_non_finite(f.explanation_zh)) &&
                                 !fz::mentions_non_finite(text) &&
                                 !fz::mentions_non_finite(plan_says);
    check_finite(f.lhs, "audit lhs of " + f.id);
    check_finite(f.rhs, "audit rhs of " + f.id);
    check_finite(f.tolerance, "audit tolerance of " + f.id);
    check_finite(f.gap, "audit gap of " + f.id);
    PROSPER_FUZZ_CHECK(!says_non_finite,
                       "audit explanation of " + f.id + ": " + f.explanation + " / " +
                           f.explanation_zh);
  }
  return 0;
}
