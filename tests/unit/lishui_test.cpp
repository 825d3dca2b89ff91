// Checks the embedded Lishui plan against the plan's published text, so that no number in
// `prosper/plan/lishui.hpp` can drift from what the plan prints: every table cell is looked up in
// table order, every body phrase in its own numbered item.

#include <catch2/catch.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/plan/lishui.hpp"

namespace {

using prosper::target_kind;
using prosper::plan::body_target;
using prosper::plan::indicator;
using prosper::plan::lishui;
using prosper::math::milestone;

std::string read_plan_text() {
  std::ifstream in(PROSPER_SOURCE_DIR "/data/lishui-common-prosperity-plan-2021-2025.txt",
                   std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

// The text indents paragraphs with ASCII spaces and no-break spaces (U+00A0, "\xC2\xA0").
std::string trim(std::string_view s) {
  auto is_space_at = [&](std::size_t i) -> std::size_t {
    if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) return 1;
    if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;
    return 0;
  };
  std::size_t b = 0;
  while (std::size_t n = is_space_at(b)) b += n;
  std::size_t e = s.size();
  while (e > b) {
    if (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r') {
      --e;
    } else if (e >= b + 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') {
      e -= 2;
    } else {
      break;
    }
  }
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> nonempty_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = trim(text.substr(pos, nl - pos));
    if (!line.empty()) out.push_back(std::move(line));
    pos = nl + 1;
  }
  return out;
}

// The appendix: the table, one cell a line, from the line after "附件:…" to the footnote.
std::vector<std::string> appendix_cells(const std::string& text) {
  const std::size_t at = text.find("附件");
  REQUIRE(at != std::string::npos);
  auto lines = nonempty_lines(std::string_view(text).substr(at));
  lines.erase(lines.begin());  // the "附件:…目标指标" title itself
  const auto note = std::find_if(lines.begin(), lines.end(),
                                 [](const std::string& l) { return starts_with(l, "注:"); });
  REQUIRE(note != lines.end());
  lines.erase(note + 1, lines.end());  // the web page's trailer after the footnote
  return lines;
}

// The body, from section 一 up to the appendix.
std::string body_text(const std::string& text) {
  const std::size_t from = text.find("一、目标要求");
  const std::size_t to = text.find("附件");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return text.substr(from, to - from);
}

// Row 38's secondary indicator is printed in brackets, "[城镇登记失业率(%)]" and "(3.5以内)";
// sub-row 12.1 is printed "其中:…". These marks are typography, not part of the name or value.
std::string strip_marks(std::string s) {
  if (starts_with(s, "其中:")) s = s.substr(std::string_view("其中:").size());
  if ((starts_with(s, "[") && ends_with(s, "]")) || (starts_with(s, "(") && ends_with(s, ")")))
    s = s.substr(1, s.size() - 2);
  return s;
}

struct cell_match {
  std::size_t index;  ///< the first cell of the match
  std::size_t span;   ///< 1, or 2 for a cell printed over two lines ("保持在" / "全省前列")
};

std::optional<cell_match> find_cell(const std::vector<std::string>& cells, std::size_t from,
                                    std::size_t bound, const std::string& want) {
  for (std::size_t i = from; i < std::min(bound, cells.size()); ++i) {
    if (strip_marks(cells[i]) == want) return cell_match{i, 1};
    if (i + 1 < bound && strip_marks(cells[i] + cells[i + 1]) == want) return cell_match{i, 2};
  }
  return std::nullopt;
}

// The name cell as the table prints it, with the unit as printed (which may differ from the
// unit the values are in: 规上工业亩均税收(万元) holds 万元/亩).
std::string name_cell(const indicator& ind) {
  return ind.unit_printed.empty() ? ind.name_zh : ind.name_zh + "(" + ind.unit_printed + ")";
}

// The id's numbered row: "12.1" → "12".
std::string row_of(const std::string& id) { return id.substr(0, id.find('.')); }

std::optional<double> parse_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// A cell's number when it is a plain number with at most a bound mark: "7.27", "≤1.95", "≥64",
// ">95", "3.5以内". Cells in words ("稳步下降", "三分之二以上") give none.
std::optional<double> printed_number(std::string s) {
  for (std::string_view mark : {"≥", "≤", ">", "<"})
    if (starts_with(s, mark)) s = s.substr(mark.size());
  for (std::string_view mark : {"以上", "以内"})
    if (ends_with(s, mark)) s = s.substr(0, s.size() - mark.size());
  return parse_number(s);
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The kinds a printed cell can mean; a plain number is a point, or `maintain` when it repeats
// the previous milestone.
std::set<target_kind> kinds_for(const std::string& printed) {
  if (printed == "——") return {target_kind::not_set};
  if (printed == "根据省定目标") return {target_kind::external};
  if (printed == "稳步下降" || printed == "逐步下降" || printed == "稳步提升")
    return {target_kind::direction_only};
  if (printed == "保持在全省前列" || printed == "维持在合理区间") return {target_kind::qualitative};
  if (starts_with(printed, "≥") || ends_with(printed, "以上")) return {target_kind::at_least};
  if (starts_with(printed, "≤") || ends_with(printed, "以内")) return {target_kind::at_most};
  if (starts_with(printed, ">")) return {target_kind::greater_than};
  if (starts_with(printed, "<")) return {target_kind::less_than};
  if (printed_number(printed)) return {target_kind::point, target_kind::maintain};
  return {};
}

const std::vector<std::string> printed_categories = {
    "生态富民惠民",     "创新引领产业振兴", "统筹区域协调发展", "花园城市乡村建设",
    "富民增收机制创新", "精神文明全民共创", "公共服务优质共享", "社会和谐共建共治"};

const indicator& find_indicator(const std::string& id) {
  const auto& inds = lishui().indicators;
  const auto it = std::find_if(inds.begin(), inds.end(), [&](const auto& i) { return i.id == id; });
  REQUIRE(it != inds.end());
  return *it;
}

// Numbers in a phrase with what follows each: "分别达到310亿元、35亿元" → {310, "亿元、35亿元"}, ….
std::vector<std::pair<double, std::string_view>> numbers_in(std::string_view phrase) {
  std::vector<std::pair<double, std::string_view>> out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    if (phrase[i] < '0' || phrase[i] > '9') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < phrase.size() && ((phrase[j] >= '0' && phrase[j] <= '9') || phrase[j] == '.')) ++j;
    std::size_t k = j;
    while (k > i && phrase[k - 1] == '.') --k;  // a full stop is not a decimal point
    if (auto v = parse_number(phrase.substr(i, k - i))) out.emplace_back(*v, phrase.substr(k));
    i = j;
  }
  return out;
}

const std::set<std::string> bases = {"level", "annual_growth", "cumulative", "increase",
                                     "share", "count",         "ordering"};

const std::vector<std::string> cn_sections = {"一", "二", "三", "四", "五",
                                              "六", "七", "八", "九", "十"};

// The body split into its numbered parts: "一.1" … "一.6" for section 一's goal paragraphs
// ("——…"), "<section>.<item>" for the numbered items 1–50.
std::map<std::string, std::string> body_parts(const std::string& body) {
  std::map<std::string, std::string> parts;
  std::string section;
  int goal = 0;
  for (const auto& line : nonempty_lines(body)) {
    for (const auto& cn : cn_sections)
      if (starts_with(line, cn + "、")) section = cn;
    if (section == "一" && starts_with(line, "——")) {
      parts[section + "." + std::to_string(++goal)] = line;
      continue;
    }
    std::size_t d = 0;
    while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
    if (d > 0 && d < line.size() && line[d] == '.')
      parts[section + "." + line.substr(0, d)] = line;
  }
  return parts;
}

}  // namespace

TEST_CASE("The Lishui plan names itself, its region and its years", "[plan][lishui]") {
  const auto& p = lishui();
  CHECK(p.name_zh == "丽水加快跨越式高质量发展建设共同富裕示范区行动方案(2021—2025年)");
  CHECK_FALSE(p.name_en.empty());
  CHECK(p.region_zh == "丽水市");
  CHECK(p.region_en == "Lishui");
  CHECK(p.base_year == 2022);
  CHECK(p.target_year == 2025);
  CHECK(p.source == "丽水市委办, published 2022-02-28");
  const std::string text = read_plan_text();
  CHECK(contains(text, "丽水加快跨越式高质量发展建设共同富裕示范区行动方案"));
  CHECK(contains(text, "(2021—2025年)"));
  CHECK(contains(text, "发布日期:2022-02-28"));
  CHECK(contains(text, "(来源:丽水市委办"));
}

TEST_CASE("The table has one record per row: 1 to 67 with the sub-rows 12.1, 34.x and 38.x",
          "[plan][lishui]") {
  std::vector<std::string> expected;
  for (int row = 1; row <= 67; ++row) {
    const std::string r = std::to_string(row);
    if (row == 34 || row == 38) {
      // Rows 34 and 38 are headings over two sub-rows and have no record of their own.
      expected.push_back(r + ".1");
      expected.push_back(r + ".2");
    } else {
      expected.push_back(r);
      if (row == 12) expected.push_back("12.1");
    }
  }
  std::vector<std::string> ids;
  for (const auto& ind : lishui().indicators) ids.push_back(ind.id);
  CHECK(lishui().indicators.size() == 70);
  CHECK(ids == expected);
}

TEST_CASE("Every indicator's name, unit, category, milestones and attribute are the table's "
          "cells, in table order",
          "[plan][lishui][text]") {
  const std::string text = read_plan_text();
  const auto cells = appendix_cells(text);
  const auto& inds = lishui().indicators;

  // First pass: each name cell, in order.
  std::vector<std::size_t> name_at;
  std::size_t from = 0;
  for (const auto& ind : inds) {
    INFO("indicator " << ind.id << " name cell " << name_cell(ind));
    const auto m = find_cell(cells, from, cells.size(), name_cell(ind));
    REQUIRE(m);
    name_at.push_back(m->index);
    from = m->index + m->span;
  }

  for (std::size_t i = 0; i < inds.size(); ++i) {
    const auto& ind = inds[i];
    INFO("indicator " << ind.id << " " << ind.name_zh);

    // A row's cells end where the next numbered row's name begins; the sub-rows of 38 share one
    // printed row, so their values interleave and are bounded only by row 39.
    std::size_t bound = cells.size() - 1;  // the footnote
    for (std::size_t j = i + 1; j < inds.size(); ++j) {
      if (row_of(inds[j].id) != row_of(ind.id)) {
        bound = name_at[j];
        break;
      }
    }

    // The category is the last 类别 cell above the row.
    REQUIRE(std::count(printed_categories.begin(), printed_categories.end(), ind.category_zh) ==
            1);
    std::string category;
    for (std::size_t c = 0; c < name_at[i]; ++c)
      if (std::count(printed_categories.begin(), printed_categories.end(), cells[c]) == 1)
        category = cells[c];
    CHECK(category == ind.category_zh);
    CHECK_FALSE(ind.category_en.empty());
    CHECK_FALSE(ind.name_en.empty());

    // Milestones: 2022 then 2025, each cell found after the previous one.
    REQUIRE(ind.milestones.size() == 2);
    CHECK(ind.milestones[0].year == 2022);
    CHECK(ind.milestones[1].year == 2025);
    std::size_t pos = name_at[i] + 1;
    for (std::size_t k = 0; k < ind.milestones.size(); ++k) {
      const milestone& m = ind.milestones[k];
      INFO("milestone " << m.year << " printed " << m.printed);
      const auto at = find_cell(cells, pos, bound, m.printed);
      REQUIRE(at);
      pos = at->index + at->span;

      const auto kinds = kinds_for(m.printed);
      CHECK(kinds.count(m.kind) == 1);
      if (m.kind == target_kind::maintain) {
        REQUIRE(k > 0);
        CHECK(ind.milestones[k - 1].printed == m.printed);
        CHECK(ind.milestones[k - 1].value == m.value);
      }

      // A plain number must be the number printed; a cell in words carries no number, except
      // the one number the table prints in words.
      CHECK_FALSE(m.upper.has_value());
      if (const auto n = printed_number(m.printed)) {
        REQUIRE(m.value.has_value());
        CHECK(*m.value == *n);
      } else if (m.printed == "三分之二以上") {
        REQUIRE(m.value.has_value());
        CHECK(*m.value == Approx(200.0 / 3.0));
      } else {
        CHECK_FALSE(has_digit(m.printed));
        CHECK_FALSE(m.value.has_value());
      }
      CHECK(prosper::is_numeric(m.kind) == m.value.has_value());
    }

    const auto attr = find_cell(cells, pos, bound, ind.attribute);
    CHECK(attr);
  }
}

TEST_CASE("The census footnote sits on exactly the four rows it names", "[plan][lishui][text]") {
  const auto cells = appendix_cells(read_plan_text());
  const std::string& footnote = cells.back();
  std::set<std::string> with_note;
  for (const auto& ind : lishui().indicators) {
    if (ind.note_zh.empty()) continue;
    with_note.insert(ind.id);
    CHECK(ind.note_zh == footnote);
  }
  CHECK(with_note == std::set<std::string>{"1", "18", "24", "33"});
  for (const auto& id : with_note) CHECK(contains(footnote, find_indicator(id).name_zh));
}

TEST_CASE("Indicators point the way the plan wants them to move", "[plan][lishui]") {
  using prosper::direction;
  for (const auto* id : {"13", "17", "18", "19", "26", "30", "31", "36", "38.1", "38.2", "58",
                         "60", "63", "64"})
    CHECK(find_indicator(id).dir == direction::lower_is_better);
  CHECK(find_indicator("37").dir == direction::neutral);
  for (const auto* id : {"1", "2", "24", "27", "59", "66"})
    CHECK(find_indicator(id).dir == direction::higher_is_better);
}

TEST_CASE("Spot checks read the cells the way the plan means them", "[plan][lishui]") {
  const auto& gdp = find_indicator("1");
  CHECK(gdp.name_zh == "人均地区生产总值");
  CHECK(gdp.name_en == "Per-capita GDP");
  CHECK(gdp.unit == prosper::units::runtime_unit::of<prosper::units::wan_yuan>());
  CHECK(gdp.unit_printed == "万元");
  CHECK(gdp.milestones[0].kind == target_kind::point);
  CHECK(gdp.milestones[0].value == 7.27);
  CHECK(gdp.milestones[1].value == 9.24);

  const auto& ratio = find_indicator("17");
  CHECK(ratio.unit == prosper::units::runtime_unit::of<prosper::units::times>());
  CHECK(ratio.unit_printed.empty());
  CHECK(ratio.milestones[0].kind == target_kind::at_most);
  CHECK(ratio.milestones[0].value == 2.0);
  CHECK(ratio.milestones[0].printed == "≤2.0");
  CHECK(ratio.milestones[1].kind == target_kind::at_most);
  CHECK(ratio.milestones[1].value == 1.95);

  const auto& pm25 = find_indicator("26");
  CHECK(pm25.milestones[0].kind == target_kind::point);
  CHECK(pm25.milestones[1].kind == target_kind::maintain);
  CHECK(pm25.milestones[1].value == 23);

  const auto& energy = find_indicator("30");
  for (const auto& m : energy.milestones) {
    CHECK(m.kind == target_kind::external);
    CHECK_FALSE(m.value.has_value());
    CHECK(m.printed == "根据省定目标");
  }

  for (const auto& m : find_indicator("36").milestones) {
    CHECK(m.kind == target_kind::direction_only);
    CHECK_FALSE(m.value.has_value());
  }

  for (const auto& m : find_indicator("59").milestones) {
    CHECK(m.kind == target_kind::at_least);
    REQUIRE(m.value.has_value());
    CHECK(*m.value == 200.0 / 3.0);
    CHECK(m.printed == "三分之二以上");
  }

  const auto& digital = find_indicator("12");
  CHECK(digital.milestones[0].kind == target_kind::not_set);
  CHECK(digital.milestones[0].printed == "——");
  CHECK(find_indicator("12.1").milestones[1].value == 5);

  const auto& registered = find_indicator("38.2");
  CHECK(registered.name_zh == "城镇登记失业率");
  CHECK(registered.milestones[1].kind == target_kind::at_most);
  CHECK(registered.milestones[1].value == 3.5);
  CHECK(registered.milestones[1].printed == "3.5以内");

  CHECK(find_indicator("21").unit == prosper::units::runtime_unit::of<prosper::units::yi_yuan>());
  CHECK(find_indicator("21").unit_printed == "亿人民币");
  CHECK(find_indicator("9").unit ==
        prosper::units::runtime_unit::of<prosper::units::wan_yuan_per_mu>());
  CHECK(find_indicator("9").unit_printed == "万元");
  CHECK(find_indicator("37").unit == prosper::units::runtime_unit::of<prosper::units::fraction>());
  CHECK(find_indicator("37").unit_printed.empty());
  CHECK(find_indicator("57").milestones[0].kind == target_kind::qualitative);
}

TEST_CASE("Every body target is a verbatim phrase of its own item and carries the printed number",
          "[plan][lishui][text]") {
  const std::string text = read_plan_text();
  const std::string body = body_text(text);
  const auto parts = body_parts(body);
  REQUIRE(parts.size() == 6 + 50);

  std::set<std::string> indicator_ids;
  for (const auto& ind : lishui().indicators) indicator_ids.insert(ind.id);

  const auto& targets = lishui().body_targets;
  CHECK(targets.size() == 132);

  std::set<std::string> ids;
  std::map<std::string, int> last_n;           // per "<section>.<item>": the last n seen
  std::map<std::string, std::size_t> last_at;  // per "<section>.<item>": the last phrase position
  for (const auto& t : targets) {
    INFO("target " << t.id << " " << t.phrase_zh);
    CHECK(ids.insert(t.id).second);

    // The id is "<section>.<item>.<n>", n counting from 1 within the item in text order.
    const std::string part = t.section + "." + t.item;
    REQUIRE(starts_with(t.id, part + "."));
    const int n = std::stoi(t.id.substr(part.size() + 1));
    CHECK(n == last_n[part] + 1);
    last_n[part] = n;

    // Verbatim in the body, and inside the item it is filed under, in text order.
    CHECK(contains(body, t.phrase_zh));
    const auto it = parts.find(part);
    REQUIRE(it != parts.end());
    const std::size_t at = it->second.find(t.phrase_zh);
    REQUIRE(at != std::string::npos);
    CHECK(at >= last_at[part]);
    last_at[part] = at;

    CHECK_FALSE(t.name_en.empty());
    CHECK(bases.count(t.basis) == 1);
    CHECK(t.year == 2025);
    CHECK((t.indicator_id.empty() || indicator_ids.count(t.indicator_id) == 1));
    const bool per_year = t.unit == prosper::units::runtime_unit::of<prosper::units::percent_per_year>();
    CHECK((t.basis == "annual_growth") == per_year);
    CHECK((t.basis == "ordering") == (t.kind == target_kind::qualitative));
    CHECK(prosper::is_numeric(t.kind) == t.value.has_value());
    CHECK((t.kind == target_kind::band) == t.upper.has_value());
    if (!t.value) continue;

    // The value is a number of the phrase, followed by the unit ("%" for a growth rate); a band
    // is printed "<value>—<upper><unit>".
    // The text of the phrase is checked, so the unit's spelling is what must appear in it.
    const std::string unit = per_year ? "%" : t.unit_printed;
    const std::string after_value = t.upper ? std::string("—") : unit;
    bool found = false;
    for (const auto& [v, rest] : numbers_in(t.phrase_zh)) {
      if (v != *t.value || !starts_with(rest, after_value)) continue;
      if (t.upper) {
        const auto upper = numbers_in(rest.substr(after_value.size()));
        if (upper.empty() || upper.front().first != *t.upper ||
            !starts_with(upper.front().second, unit))
          continue;
      }
      found = true;
    }
    CHECK(found);

    // The words of the bound: "以上" / "不低于" / "不少于" for at least; "突破" / "超过" / "超" /
    // "高于" for strictly more.
    if (t.kind == target_kind::at_least)
      CHECK((contains(t.phrase_zh, "以上") || contains(t.phrase_zh, "不低于") ||
             contains(t.phrase_zh, "不少于")));
    if (t.kind == target_kind::greater_than)
      CHECK((contains(t.phrase_zh, "突破") || contains(t.phrase_zh, "超") ||
             contains(t.phrase_zh, "高于")));
  }
}

TEST_CASE("Body targets restate the table where the text names a table indicator",
          "[plan][lishui]") {
  const auto target = [](const std::string& id) -> const body_target& {
    const auto& ts = lishui().body_targets;
    const auto it = std::find_if(ts.begin(), ts.end(), [&](const auto& t) { return t.id == id; });
    REQUIRE(it != ts.end());
    return *it;
  };
  CHECK(target("一.1.1").phrase_zh == "GDP规模总量突破2250亿元");
  CHECK(target("一.1.1").kind == target_kind::greater_than);
  CHECK(target("一.1.1").value == 2250);
  CHECK(target("一.1.3").indicator_id == "24");
  CHECK(target("一.1.3").kind == target_kind::at_least);
  CHECK(target("一.3.2").indicator_id == "2");
  CHECK(target("一.3.2").value == 5.7);
  CHECK(target("一.3.5").indicator_id == "17");
  CHECK(target("一.3.8").indicator_id == "35");
  CHECK(target("一.3.8").basis == "annual_growth");
  CHECK(target("一.4.6").basis == "ordering");
  CHECK_FALSE(target("一.4.6").value.has_value());
  CHECK(target("二.6.3").kind == target_kind::greater_than);
  CHECK(target("三.8.5").kind == target_kind::band);
  CHECK(target("三.8.5").value == 3);
  CHECK(target("三.8.5").upper == 5);
  CHECK(target("三.9.5").indicator_id == "10");
  CHECK(target("三.11.1").phrase_zh == "实现数字经济总量1000亿元");
  CHECK(target("三.11.2").indicator_id == "12.1");
  CHECK(target("六.29.2").indicator_id == "38.2");
  CHECK(target("六.29.2").kind == target_kind::at_most);

  // Where a body target restates a table row with the same unit, it agrees with the row's 2025
  // cell or is a bound on the same side of it.
  for (const auto& t : lishui().body_targets) {
    if (t.indicator_id.empty() || !t.value || t.basis == "annual_growth") continue;
    const auto& ind = find_indicator(t.indicator_id);
    if (ind.unit != t.unit) continue;
    INFO("target " << t.id << " against indicator " << ind.id);
    const auto& m = ind.milestones.back();
    REQUIRE(m.value.has_value());
    if (t.kind == target_kind::point) CHECK(*t.value == *m.value);
    if (t.kind == target_kind::at_most) CHECK(*t.value >= *m.value);
    if (t.kind == target_kind::at_least || t.kind == target_kind::greater_than)
      CHECK(*t.value <= *m.value);
  }
}
