#include <algorithm>
#include <cmath>
#include <catch2/catch.hpp>

#include "prosper/report/svg_chart.hpp"

using namespace prosper::report;

TEST_CASE("a chart draws the plan path, observations and projection as SVG", "[svg_chart]") {
  chart_spec spec;
  spec.title = "人均地区生产总值 <GDP>";
  spec.unit = "万元";
  spec.plan_path = {{2022, 7.27}, {2025, 9.24}};
  spec.observed = {{2022, 7.27}, {2023, 7.80}};
  spec.projection = {{2023, 7.80}, {2025, 8.98}};
  const std::string svg = render_svg_chart(spec);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("</svg>") == svg.size() - 6);
  CHECK(svg.find("<polyline class=\"plan\"") != std::string::npos);
  CHECK(svg.find("<polyline class=\"observed\"") != std::string::npos);
  CHECK(svg.find("<polyline class=\"projection\"") != std::string::npos);
  CHECK(svg.find("&lt;GDP&gt;") != std::string::npos);  // the title is escaped
  CHECK(svg.find("<GDP>") == std::string::npos);
  CHECK(svg.find(">2024<") != std::string::npos);        // a year tick between the milestones
  CHECK(svg.find("nan") == std::string::npos);
}

TEST_CASE("a flat maintain path still gets a visible value axis", "[svg_chart]") {
  chart_spec spec;
  spec.title = "PM2.5";
  spec.plan_path = {{2022, 23}, {2025, 23}};
  const std::string svg = render_svg_chart(spec);
  CHECK(svg.find("class=\"tick\"") != std::string::npos);
  CHECK(svg.find("nan") == std::string::npos);
  CHECK(svg.find("inf") == std::string::npos);
}

TEST_CASE("a chart refuses a non-finite point and names it", "[svg_chart]") {
  chart_spec spec;
  spec.title = "收入";
  spec.observed = {{2022, 1.0}, {2023, std::nan("")}};
  CHECK_THROWS_WITH(render_svg_chart(spec), Catch::Contains("收入: observed point 1 is not finite"));
}

TEST_CASE("a chart with no numbers says so instead of drawing axes", "[svg_chart]") {
  chart_spec spec;
  spec.title = "恩格尔系数";
  CHECK(render_svg_chart(spec).find("no numeric data") != std::string::npos);
}

TEST_CASE("tick labels carry no floating-point noise", "[svg_chart]") {
  chart_spec spec;
  spec.title = "R&D";
  spec.plan_path = {{2022, 2.4}, {2025, 3.0}};
  const std::string svg = render_svg_chart(spec);
  CHECK(svg.find("0000") == std::string::npos);
  CHECK(svg.find(">2.4<") != std::string::npos);
  CHECK(svg.find(">3.0<") != std::string::npos);
}

TEST_CASE("values spanning more than a double holds are not drawn", "[svg_chart]") {
  chart_spec spec;
  spec.title = "huge";
  spec.observed = {{2022, -1e308}, {2023, 1e308}};
  const std::string svg = render_svg_chart(spec);
  CHECK(svg.find("values out of drawable range") != std::string::npos);
  CHECK(svg.find("nan") == std::string::npos);
  CHECK(svg.find("inf") == std::string::npos);
}

TEST_CASE("values too large for their spread to be resolved still give a finite chart", "[svg_chart]") {
  chart_spec spec;
  spec.title = "flat at 1e16";
  spec.observed = {{2022, 1e16}, {2023, 1e16 + 2}};
  const std::string svg = render_svg_chart(spec);  // must terminate
  CHECK(svg.find("</svg>") != std::string::npos);
}

TEST_CASE("a year far outside any calendar is refused before it becomes an int", "[svg_chart]") {
  chart_spec spec;
  spec.title = "年份";
  spec.observed = {{1e308, 1.0}, {2023, 2.0}};
  CHECK_THROWS_WITH(render_svg_chart(spec), Catch::Contains("year is beyond"));
}

TEST_CASE("a long series labels every n-th year, not every year", "[svg_chart]") {
  chart_spec spec;
  spec.title = "long";
  spec.observed = {{1950, 1.0}, {2050, 2.0}};
  const std::string svg = render_svg_chart(spec);
  CHECK(svg.find(">1950<") != std::string::npos);
  CHECK(svg.find(">1951<") == std::string::npos);
}

TEST_CASE("the projection's fan is one polygon under the lines, and its edges are checked too",
          "[svg_chart]") {
  chart_spec spec;
  spec.title = "GDP";
  spec.observed = {{2022, 7.27}, {2023, 7.80}};
  spec.projection = {{2023, 7.80}, {2025, 8.98}};
  spec.band_lower = {{2023, 7.80}, {2025, 8.40}};
  spec.band_upper = {{2023, 7.80}, {2025, 9.60}};
  const std::string svg = render_svg_chart(spec);
  const auto band = svg.find("<polygon class=\"band\" points=\"");
  REQUIRE(band != std::string::npos);
  CHECK(band < svg.find("<polyline class=\"projection\""));  // drawn first, so underneath
  // Four corners: lower edge left to right, then the upper edge back.
  const auto end = svg.find('"', band + 31);
  const std::string points = svg.substr(band + 31, end - band - 31);
  CHECK(std::count(points.begin(), points.end(), ',') == 4);
  // The band widens the value axis to hold it: 9.60 lies inside the drawn range.
  CHECK(svg.find(">10.0<") != std::string::npos);

  spec.band_upper[1].value = std::nan("");
  CHECK_THROWS_WITH(render_svg_chart(spec),
                    Catch::Contains("GDP: band upper edge point 1 is not finite"));
  spec.band_upper = {{2023, 7.80}};  // edges of unequal length are not drawn
  CHECK(render_svg_chart(spec).find("<polygon") == std::string::npos);
}
