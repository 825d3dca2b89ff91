#pragma once
// The options `assess`, `report` and `compare-methods` share, and what they do with them: read
// the observations against the plan, build the report model's options, and account for every
// observation the command does not use (issue 14).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::cli {

inline prosper::assessment_method parse_method(const std::string& s) {
  using prosper::assessment_method;
  for (assessment_method m : {assessment_method::eurostat, assessment_method::statcan,
                              assessment_method::sdsn, assessment_method::escap,
                              assessment_method::nbs})
    if (prosper::to_string(m) == s) return m;
  return assessment_method::statcan;  // CLI11 has already checked membership
}

/// Observations from a CSV or JSON file (by extension), read against the plan. Row problems throw
/// prosper::input_error ("file:line: problem", exit 3) unless `skip_bad_rows`, in which case each
/// skipped row is a warning on stderr and the count closes the list.
inline std::vector<io::observation_record> load_observations(const std::string& file, const pl::plan& plan,
                                               bool skip_bad_rows) {
  if (file.empty()) return {};
  io::read_options options;
  options.skip_bad_rows = skip_bad_rows;
  std::string ext = std::filesystem::path(file).extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  io::read_result r = ext == ".json" ? io::load_observations_json(file, plan, options)
                                     : io::load_observations_csv(file, plan, options);
  for (const io::diagnostic& d : r.warnings)
    std::cerr << "prosper: warning: skipped " << d.to_string() << "\n";
  if (skip_bad_rows)
    std::cerr << "prosper: " << r.skipped << (r.skipped == 1 ? " row" : " rows") << " skipped ("
              << r.summary() << ")\n";
  return std::move(r.observations);
}

/// The options `assess` and `report` share.
struct assessment_cli_options {
  std::string plan_file;
  std::string observations_file;
  std::string method = "statcan";
  std::optional<int> as_of;
  std::string lang = "zh";
  bool skip_bad_rows = false;
  bool strict = false;
  std::vector<std::string> regions;     ///< as given; "all" = the plan's region and sub-regions
  std::vector<std::string> indicators;  ///< indicator ids; empty = every indicator
  std::string evaluation = "auto";      ///< auto, mid-term or final
};

/// Every observation is used or reported (issue 14): the ones the command does not consume are
/// listed on stderr with file:line and the reason (the first max_listed_unused of them, then a
/// count), as the output's own summary lists them. With --strict, an unused observation that the
/// options did not ask to leave out (a region not assessed, a value no section uses) is an input
/// error: exit 3, and nothing is written.
inline void account_for_unused(const rp::report_model& model, bool strict) {
  namespace text = io::detail::text;
  const auto& unused = model.data.unused;
  for (std::size_t i = 0; i < unused.size() && i < rp::max_listed_unused; ++i) {
    const rp::unused_observation& u = unused[i];
    std::cerr << "prosper: warning: " << text::visible(u.location()) << ": not used (indicator "
              << text::shown(u.indicator) << ", " << text::shown(u.region) << ", " << u.year
              << "): " << text::visible(rp::unused_text(u, model, prosper::language::en)) << "\n";
  }
  if (unused.size() > rp::max_listed_unused)
    std::cerr << "prosper: warning: … and " << unused.size() - rp::max_listed_unused
              << " more unused observations (the output lists them all)\n";
  if (!strict) return;
  std::size_t refused = 0;
  const rp::unused_observation* first = nullptr;
  for (const rp::unused_observation& u : unused)
    if (!rp::left_out_by_options(u.why)) {
      ++refused;
      if (!first) first = &u;
    }
  if (first)
    throw prosper::input_error(
        first->file, first->line, first->pointer,
        std::to_string(refused) + (refused == 1 ? " observation is" : " observations are") +
            " not used by this command (--strict); the first: " +
            rp::unused_text(*first, model, prosper::language::en));
}

inline void add_assessment_options(CLI::App* cmd, assessment_cli_options& o, bool observations_required) {
  auto* obs = cmd->add_option("--observations", o.observations_file,
                              "Observations file, CSV or JSON (docs/data.md)");
  if (observations_required) obs->required();
  cmd->add_option("--plan", o.plan_file, plan_option_help);
  cmd->add_option("--method", o.method, "Assessment method")
      ->check(CLI::IsMember({"eurostat", "statcan", "sdsn", "escap", "nbs"}))
      ->capture_default_str();
  cmd->add_option("--as-of", o.as_of, "Ignore observations after this year (default: the latest)")
      ->check(CLI::Range(1949, 2100));
  cmd->add_option("--lang", o.lang, "Language of names, units and labels")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->add_flag("--skip-bad-rows", o.skip_bad_rows,
                "Skip malformed observation rows with a warning each instead of stopping");
  cmd->add_flag("--strict", o.strict,
                "Fail (exit 3) when an observation is not used, e.g. for a region not assessed");
  cmd->add_option("--regions", o.regions,
                  "Regions to assess, comma-separated (default: the plan's own); 'all' adds the "
                  "sub-regions the plan declares (a city's counties)")
      ->delimiter(',');
  cmd->add_option("--evaluation", o.evaluation,
                  "The evaluation's stage: final (each target judged on its target year's "
                  "value), mid-term (against the time elapsed), or auto (final once the as-of "
                  "year reaches the target year)")
      ->check(CLI::IsMember({"auto", "mid-term", "final"}))
      ->capture_default_str();
  cmd->add_option("--indicators", o.indicators,
                  "Indicator ids to include, comma-separated (default: all)")
      ->delimiter(',');
}

/// The report options the command line asks for. A region must be one the plan declares or one
/// the observations name, so that a typo fails (exit 2) instead of giving rows of "no data".
inline rp::report_options model_options(const assessment_cli_options& o, const pl::plan& plan,
                                 const std::vector<io::observation_record>& observations) {
  rp::report_options r;
  r.method = parse_method(o.method);
  r.as_of = o.as_of;
  r.lang = parse_language(o.lang);
  r.indicators = o.indicators;
  if (o.evaluation == "final") r.evaluation = math::evaluation_stage::final;
  if (o.evaluation == "mid-term") r.evaluation = math::evaluation_stage::mid_term;
  std::set<std::string, std::less<>> known;
  for (const pl::declared_region& g : plan.regions) known.insert(g.name_zh);
  for (const io::observation_record& obs : observations) known.insert(obs.region);
  known.insert(plan.region_zh);
  const auto add = [&](const std::string& region) {
    if (std::find(r.regions.begin(), r.regions.end(), region) == r.regions.end())
      r.regions.push_back(region);
  };
  for (const std::string& region : o.regions) {
    if (region == "all") {
      add(plan.region_zh);
      for (const std::string& sub : pl::sub_regions(plan.regions, plan.region_zh)) add(sub);
    } else if (known.count(region)) {
      add(region);
    } else {
      throw usage_error("--regions: unknown region " + io::detail::text::shown(region) +
                        ": neither declared by the plan nor in the observations");
    }
  }
  for (const std::string& id : o.indicators)
    if (std::none_of(plan.indicators.begin(), plan.indicators.end(),
                     [&](const pl::indicator& i) { return i.id == id; }))
      throw usage_error("--indicators: the plan has no indicator " + io::detail::text::shown(id));
  return r;
}

}  // namespace prosper::cli
