// initial: the families already in the chain on the start date.
#include "sim/scenario/distribution_reader.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

void read_count(const Section& s, InitialStock& stock) {
  if (s.has("children") == s.has("families")) {
    report(s.out(), s.location(), s.path(), "give exactly one of children and families",
           "children: N (measures are counted per child) or families: N");
  }
  stock.count_is_children = !s.has("families");
  assign(stock.count, s.number(stock.count_is_children ? "children" : "families"));
}

InitialStock read_stock(const Section& s) {
  InitialStock stock;
  stock.location = s.location();
  if (std::optional<Field> f = s.get("stage")) {
    assign(stock.stage, read_name(*f, s.out()));
    stock.stage_location = f->location();
  }
  read_count(s, stock);
  for (const Field& f : named_fields(s, "attributes")) {
    stock.attributes.push_back(read_draw(f, s.out()));
  }
  if (std::optional<Field> f = s.get("children_per_family")) {
    assign(stock.children_per_family, read_children(*f, s.out()));
  }
  if (std::optional<Field> f = s.get("elapsed")) stock.elapsed = read_duration(*f, s.out());
  if (std::optional<Field> f = s.get("age")) stock.age_years = read_age(*f, s.out());
  return stock;
}

}  // namespace

std::vector<InitialStock> read_initial(const Section& top) {
  std::vector<InitialStock> stocks;
  std::optional<Field> field = top.get("initial");
  if (!field) return stocks;
  for (const Field& item : read_items(*field, top.out())) {
    Section s(item, top.out());
    if (s.ok()) stocks.push_back(read_stock(s));
  }
  return stocks;
}

}  // namespace ketensim::scenario
