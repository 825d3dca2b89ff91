#include <catch2/catch.hpp>

#include <string>

#include "prosper/report/markup.hpp"

using namespace prosper::report;

TEST_CASE("HTML escaping covers the five special characters", "[markup]") {
  CHECK(escape_html("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  CHECK(escape_html("城乡居民收入倍差 ≤1.95") == "城乡居民收入倍差 ≤1.95");
}

TEST_CASE("control characters are written visibly, never passed through", "[markup]") {
  // C0 (ESC, BEL, NUL), DEL and C1 (U+009B CSI, U+0085 NEL) in a CSV source or a plan name.
  CHECK(printable("a\x1B[2Jb") == "a\\x1B[2Jb");
  CHECK(printable(std::string("x\0y\x07z\x7F", 6)) == "x\\x00y\\x07z\\x7F");
  CHECK(printable("\xC2\x9B" "31m\xC2\x85") == "\\x9B31m\\x85");
  CHECK(printable("two\nlines\tand\rtab") == "two lines and tab");
  CHECK(printable("two\nlines", line_breaks::keep) == "two\nlines");
  // Bytes that are not UTF-8 become U+FFFD; other characters, é and Chinese included, stay.
  CHECK(printable("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(printable("é丽水\xC2\xA0") == "é丽水\xC2\xA0");
  CHECK(is_printable("丽水市 tab\tok"));
  CHECK_FALSE(is_printable("bell\x07"));
  CHECK_FALSE(is_printable("\xC2\x9B"));
}

TEST_CASE("every escaping layer removes control characters first", "[markup]") {
  CHECK(escape_html("a\x1B[31m<") == "a\\x1B[31m&lt;");
  CHECK(escape_markdown("a\xC2\x9B" "b") == "a\\\\x9Bb");
  CHECK(csv_text("a\x1B" "b") == "a\\x1Bb");
}

TEST_CASE("long cells are shortened at a character boundary with their length", "[markup]") {
  CHECK(shortened("abcdef", 3) == "abc… (6 bytes)");
  CHECK(shortened("abc", 3) == "abc");
  // 丽 is three bytes: a cut inside it moves back to its start.
  CHECK(shortened("丽水市", 4) == "丽… (9 bytes)");
}

TEST_CASE("Markdown escaping neutralises HTML and inline markup in data", "[markup]") {
  CHECK(escape_markdown("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_markdown("<b>*x*</b> | y") == "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| y");
  CHECK(escape_markdown("[link](javascript:x) `code` ~~s~~ $m$ a\\b") ==
        "\\[link\\](javascript:x) \\`code\\` \\~\\~s\\~\\~ \\$m\\$ a\\\\b");
  CHECK(escape_markdown("R&D") == "R&amp;D");
  CHECK(escape_markdown("a|b\nc") == "a\\|b c");
  CHECK(escape_markdown_cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("an underscore inside a word is left alone, one that could open emphasis is escaped",
          "[markup]") {
  CHECK(escape_markdown("share_of_total") == "share_of_total");
  CHECK(escape_markdown("_x_ and __y__") == "\\_x\\_ and \\_\\_y\\_\\_");
}

TEST_CASE("at the start of a block the heading, list and quote markers are escaped", "[markup]") {
  const auto block = markdown_context::block_start;
  CHECK(escape_markdown("# h", block) == "\\# h");
  CHECK(escape_markdown("- item", block) == "\\- item");
  CHECK(escape_markdown("+ item", block) == "\\+ item");
  CHECK(escape_markdown("=== ", block) == "\\=== ");
  CHECK(escape_markdown("2021. year", block) == "2021\\. year");
  CHECK(escape_markdown("1) x", block) == "1\\) x");
  CHECK(escape_markdown("> quote", block) == "&gt; quote");
  CHECK(escape_markdown("    code", block) == "code");
  // Inline, the same text needs none of this.
  CHECK(escape_markdown("- item") == "- item");
  CHECK(escape_markdown("2021. year") == "2021. year");
}

TEST_CASE("CSV fields are quoted per RFC 4180 only when needed", "[markup]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("CSV text cells that a spreadsheet would read as a formula get an apostrophe",
          "[markup]") {
  // OWASP's list: =, +, -, @, tab and carriage return at the start of a cell.
  CHECK(csv_text("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_text("+1") == "'+1");
  CHECK(csv_text("-5%") == "'-5%");
  CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text("\tcmd") == "'\tcmd");
  CHECK(csv_text("\r=1") == "\"'\r=1\"");
  // Anything else is left as it is, and numbers never go through csv_text.
  CHECK(csv_text("丽水市") == "丽水市");
  CHECK(csv_text("a=b") == "a=b");
  CHECK(csv_text("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("-0.05") == "-0.05");
  CHECK(csv_formula_like("=1"));
  CHECK_FALSE(csv_formula_like("1"));
}
