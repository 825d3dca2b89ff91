// A custom county report built from prosper's report renderers: its own selection of
// indicators (income and the county max/min ratio), regions (Lishui's nine county-level units),
// sections (no audit) and language (English), written as HTML and Markdown into the current
// directory.
//
// The county values are ILLUSTRATIVE SYNTHETIC DATA (examples/data/illustrative-counties.csv),
// not published statistics; the report says so in a banner because the file says so in its rows.
//
// Usage: county_report [observations.csv [output-directory]]
// Without arguments it reads the example file next to this source and writes into the current
// directory, which is what ctest does.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/report_model.hpp"

namespace fs = std::filesystem;
using namespace prosper;

namespace {

// The example data sits next to this file; __FILE__ is absolute in a CMake build, so the example
// finds it from any working directory.
fs::path default_data() {
  return fs::path(__FILE__).parent_path() / "data" / "illustrative-counties.csv";
}

bool write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) try {
  const fs::path data_file = argc > 1 ? fs::path(argv[1]) : default_data();
  const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::current_path();
  const plan::plan& lishui = plan::lishui();
  const io::read_result data = io::load_observations_csv(data_file, lishui);

  report::report_options options;
  options.lang = language::en;
  options.method = assessment_method::sdsn;
  options.title =
      "Lishui counties: resident income and the county max/min ratio (illustrative data)";
  // Indicator 19 (the county max/min) is a property of the whole city, not of one county: it is
  // in the ratio panel, computed from the counties' incomes, rather than a row per county.
  options.indicators = {"2"};
  // The counties are the regions the plan declares below the city (plan::sub_regions); the
  // ratio panel takes them from there too.
  options.regions = plan::sub_regions(lishui.regions, lishui.region_zh);
  options.sections.audit = false;  // the plan's internal consistency is not a county matter
  const report::report_model model =
      report::build_report_model(lishui, plan::lishui_relations(), data.observations, options);

  // A few lines of our own from the same model: what each county needs to reach the city's
  // 2025 income target from its latest value.
  std::printf("%s\n", options.title.c_str());
  for (const report::indicator_row& r : model.rows) {
    if (r.indicator->id != "2") continue;
    std::printf("  %-16s latest %s (%d), needs %s a year to reach %s by %d [%s]\n",
                r.region.c_str(), report::exact_text(r.latest_value).c_str(),
                r.latest_year.value_or(0), report::rate_text(r.required_rate_from_now).c_str(),
                report::exact_text(r.aim).c_str(), r.target_year,
                std::string(report::status_text(report::status_bucket(r), language::en)).c_str());
  }
  for (const report::max_min_point& p : model.ratios.max_min.front().points)
    std::printf("  max/min %d: %s (%s / %s, %zu counties)\n", p.year,
                report::value_text(p.ratio).c_str(), p.highest.c_str(), p.lowest.c_str(),
                p.regions);

  const fs::path html = out_dir / "county_report.html";
  const fs::path md = out_dir / "county_report.md";
  if (!write(html, report::render_html_report(model)) ||
      !write(md, report::render_markdown_report(model))) {
    std::fprintf(stderr, "county_report: cannot write into %s\n", out_dir.string().c_str());
    return 1;
  }
  // Check what was written, so that ctest fails on an empty or chart-less report.
  std::ifstream in(html, std::ios::binary);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (fs::file_size(md) == 0 || written.find("<svg") == std::string::npos ||
      written.find("</html>") == std::string::npos) {
    std::fprintf(stderr, "county_report: %s is incomplete\n", html.string().c_str());
    return 1;
  }
  std::printf("wrote %s (%zu bytes) and %s\n", html.string().c_str(), written.size(),
              md.string().c_str());
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "county_report: %s\n", e.what());
  return 1;
}
