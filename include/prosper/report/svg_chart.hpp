#pragma once
// A small, dependency-free SVG line chart for one indicator: the plan's milestone path, the
// observed values and a projection to the target year with its fan (the predictive interval). Reports embed it inline, so the HTML file
// stays self-contained and renders without any network fetch or script.

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/format.hpp"
#include "prosper/report/markup.hpp"

namespace prosper::report {

/// One point of a chart series.
struct chart_point {
  double year = 0;
  double value = 0;
};

/// What to draw for one indicator. Empty series are simply not drawn.
///
/// Example: `{.title = "人均地区生产总值", .unit = "万元", .plan_path = {{2022, 7.27}, {2025, 9.24}}}`.
struct chart_spec {
  std::string title;
  std::string unit;
  std::vector<chart_point> plan_path;    ///< milestones joined by a dashed line
  std::vector<chart_point> observed;     ///< observations as dots joined by a solid line
  std::vector<chart_point> projection;   ///< from the latest observation to the target year
  /// The fan around the projection: its lower and upper edges, point by point (the same years;
  /// a fan opens from the latest observation to the predictive interval of the target year).
  std::vector<chart_point> band_lower;
  std::vector<chart_point> band_upper;
  std::string plan_label = "plan";
  std::string observed_label = "observed";
  std::string projection_label = "projection";
  int width = 360;
  int height = 200;
};

namespace detail {
// A "nice" tick step (1, 2 or 5 × 10^k) so that axis labels read 7.0 7.5 8.0, not 7.13 7.61.
inline double nice_step(double span, int target_ticks) {
  const double raw = span / std::max(1, target_ticks);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double norm = raw / mag;
  const double nice = norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0;
  return nice * mag;
}
inline std::string num(double v) { return format_fixed(v, 1); }
}  // namespace detail

/// The chart as an `<svg>` element. Throws `argument_error` naming the series and the
/// point when a value or year is not finite (or a year beyond ±100000), so a NaN can never be drawn as a silent gap.
///
/// Example: `render_svg_chart(spec)` starts with `<svg xmlns="http://www.w3.org/2000/svg"`.
inline std::string render_svg_chart(const chart_spec& spec) {
  const std::pair<const char*, const std::vector<chart_point>*> series[] = {
      {"plan path", &spec.plan_path},
      {"observed", &spec.observed},
      {"projection", &spec.projection},
      {"band lower edge", &spec.band_lower},
      {"band upper edge", &spec.band_upper}};
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const auto& [name, pts] : series) {
    for (std::size_t i = 0; i < pts->size(); ++i) {
      const auto& p = (*pts)[i];
      // Years become int tick labels; beyond ±100000 that cast would be undefined or absurd.
      if (!std::isfinite(p.year) || !std::isfinite(p.value) || std::fabs(p.year) > 100000)
        throw prosper::argument_error("prosper::report::render_svg_chart: " + spec.title + ": " +
                                    name + " point " + std::to_string(i) +
                                    " is not finite or its year is beyond ±100000");
      x0 = std::min(x0, p.year); x1 = std::max(x1, p.year);
      y0 = std::min(y0, p.value); y1 = std::max(y1, p.value);
    }
  }
  const std::string title = escape_html(spec.title);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " +
                    std::to_string(spec.width) + " " + std::to_string(spec.height) +
                    "\" role=\"img\" aria-label=\"" + title + "\">";
  svg += "<title>" + title + "</title>";
  if (!(x0 <= x1)) {  // nothing to draw
    svg += "<text x=\"10\" y=\"20\" class=\"empty\">no numeric data</text></svg>";
    return svg;
  }
  if (x1 - x0 < 1) { x0 -= 0.5; x1 += 0.5; }
  // Pad the value range so flat series (PM2.5 23 → 23) still get a visible axis.
  const double pad = (y1 - y0) > 0 ? (y1 - y0) * 0.1 : std::max(std::fabs(y0) * 0.05, 1.0);
  y0 -= pad; y1 += pad;
  const double step = detail::nice_step(y1 - y0, 4);
  y0 = std::floor(y0 / step) * step;
  y1 = std::ceil(y1 / step) * step;
  // Finite values can still span more than a double holds (−1e308 to 1e308, or 1.7e308 plus its
  // padding); drawing them would turn coordinates into inf and NaN, so the chart says so instead.
  if (!(std::isfinite(y0) && std::isfinite(y1) && std::isfinite(step) && y1 > y0 &&
        (y1 - y0) / step <= 50)) {
    svg += "<text x=\"10\" y=\"20\" class=\"empty\">values out of drawable range</text></svg>";
    return svg;
  }

  // Enough right margin for the last year label, which is centred on the plot's edge.
  const double left = 48, right = spec.width - 20.0, top = 24, bottom = spec.height - 34.0;
  // Tick labels get as many decimals as the step needs: 0.3, not 0.30000000000000004.
  const int tick_decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
  auto sx = [&](double x) { return left + (x - x0) / (x1 - x0) * (right - left); };
  auto sy = [&](double y) { return bottom - (y - y0) / (y1 - y0) * (bottom - top); };

  svg += "<text x=\"" + detail::num(left) + "\" y=\"14\" class=\"unit\">" + escape_html(spec.unit) + "</text>";
  // Ticks are counted, not accumulated: at 1e16 adding a step of 0.1 would never move y.
  const long ticks = std::lround((y1 - y0) / step);
  for (long k = 0; k <= ticks; ++k) {
    const double y = y0 + static_cast<double>(k) * step;
    svg += "<line class=\"grid\" x1=\"" + detail::num(left) + "\" x2=\"" + detail::num(right) +
           "\" y1=\"" + detail::num(sy(y)) + "\" y2=\"" + detail::num(sy(y)) + "\"/>";
    svg += "<text class=\"tick\" x=\"" + detail::num(left - 4) + "\" y=\"" + detail::num(sy(y) + 4) +
           "\" text-anchor=\"end\">" + format_fixed(std::round(y / step) * step, tick_decimals) + "</text>";
  }
  // One label per year for plan periods; a long series labels every n-th year instead.
  const int year_step = std::max(1, static_cast<int>(std::ceil((x1 - x0) / 10.0)));
  for (int year = static_cast<int>(std::ceil(x0)); year <= static_cast<int>(std::floor(x1));
       year += year_step) {
    svg += "<text class=\"tick\" x=\"" + detail::num(sx(year)) + "\" y=\"" + detail::num(bottom + 16) +
           "\" text-anchor=\"middle\">" + std::to_string(year) + "</text>";
  }
  auto polyline = [&](const std::vector<chart_point>& pts, const char* cls) {
    if (pts.size() < 2) return;
    svg += "<polyline class=\"" + std::string(cls) + "\" fill=\"none\" points=\"";
    for (const auto& p : pts) svg += detail::num(sx(p.year)) + "," + detail::num(sy(p.value)) + " ";
    svg.back() = '"';
    svg += "/>";
  };
  auto dots = [&](const std::vector<chart_point>& pts, const char* cls) {
    for (const auto& p : pts)
      svg += "<circle class=\"" + std::string(cls) + "\" cx=\"" + detail::num(sx(p.year)) +
             "\" cy=\"" + detail::num(sy(p.value)) + "\" r=\"3\"><title>" +
             std::to_string(static_cast<int>(p.year)) + ": " + format_number(p.value) +
             "</title></circle>";
  };
  // The fan first, under every line: lower edge left to right, upper edge back.
  if (spec.band_lower.size() >= 2 && spec.band_lower.size() == spec.band_upper.size()) {
    svg += "<polygon class=\"band\" points=\"";
    for (const auto& p : spec.band_lower)
      svg += detail::num(sx(p.year)) + "," + detail::num(sy(p.value)) + " ";
    for (auto it = spec.band_upper.rbegin(); it != spec.band_upper.rend(); ++it)
      svg += detail::num(sx(it->year)) + "," + detail::num(sy(it->value)) + " ";
    svg.back() = '"';
    svg += "/>";
  }
  polyline(spec.plan_path, "plan");
  dots(spec.plan_path, "plan");
  polyline(spec.projection, "projection");
  polyline(spec.observed, "observed");
  dots(spec.observed, "observed");
  // Legend along the bottom edge.
  double lx = left;
  const double ly = spec.height - 6.0;
  for (const auto& [cls, label, pts] :
       {std::tuple{"plan", &spec.plan_label, &spec.plan_path},
        std::tuple{"observed", &spec.observed_label, &spec.observed},
        std::tuple{"projection", &spec.projection_label, &spec.projection}}) {
    if (pts->empty()) continue;
    svg += "<line class=\"" + std::string(cls) + "\" x1=\"" + detail::num(lx) + "\" x2=\"" +
           detail::num(lx + 14) + "\" y1=\"" + detail::num(ly - 4) + "\" y2=\"" + detail::num(ly - 4) + "\"/>";
    svg += "<text class=\"legend\" x=\"" + detail::num(lx + 18) + "\" y=\"" + detail::num(ly) + "\">" +
           escape_html(*label) + "</text>";
    lx += 28 + 7.0 * static_cast<double>(label->size());
  }
  svg += "</svg>";
  return svg;
}

/// The CSS the chart classes expect; reports inline it once.
inline constexpr const char* svg_chart_css =
    ".chart{width:100%;max-width:360px;height:auto;font:10px sans-serif}"
    ".chart .grid{stroke:#e3e3e3}.chart .tick,.chart .unit,.chart .legend{fill:#555}"
    ".chart polyline.plan,.chart line.plan{stroke:#888;stroke-dasharray:4 3;stroke-width:1.5}"
    ".chart circle.plan{fill:#888}"
    ".chart polyline.observed,.chart line.observed{stroke:#1f6fb2;stroke-width:2}"
    ".chart circle.observed{fill:#1f6fb2}"
    ".chart polyline.projection,.chart line.projection{stroke:#d9822b;stroke-dasharray:2 2;stroke-width:1.5}"
    ".chart polygon.band{fill:#d9822b;fill-opacity:.15;stroke:none}";

}  // namespace prosper::report
