#include "sim/model/never_served.h"

#include <cstdio>

namespace ketensim::model {

std::string describe(const NeverServed& n) {
  char years[32];
  std::snprintf(years, sizeof years, "%.2f", n.day / engine::kDaysPerYear);
  std::string need = std::to_string(n.need), most = std::to_string(n.most);
  return "scenario '" + n.scenario + "' cannot serve a family: replication " +
         std::to_string(n.replication) + " stopped on " + engine::format_date(n.date) + ", after " +
         years + " years\n  a family of " + std::to_string(n.children) + " children in stage '" +
         n.stage + "' needs " + need + " places of resource '" + n.resource +
         "' (one per child), and '" + n.resource + "' has at most " + most +
         " places from then to the end of the run: the family would wait for ever, and every "
         "family queued behind it\n  give '" +
         n.resource + "' at least " + need + " places, or keep families of more than " + most +
         " children out of stage '" + n.stage + "'";
}

}  // namespace ketensim::model
