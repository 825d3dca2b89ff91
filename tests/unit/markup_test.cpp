#include <catch2/catch.hpp>

#include "prosper/report/markup.hpp"

using namespace prosper::report;

TEST_CASE("HTML escaping covers the five special characters", "[markup]") {
  CHECK(escape_html("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  CHECK(escape_html("城乡居民收入倍差 ≤1.95") == "城乡居民收入倍差 ≤1.95");
}

TEST_CASE("Markdown cells escape pipes and fold line breaks", "[markup]") {
  CHECK(escape_markdown_cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("CSV fields are quoted per RFC 4180 only when needed", "[markup]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}
