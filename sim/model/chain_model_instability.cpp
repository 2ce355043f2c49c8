// ChainModel: the state of a replication that stopped as unstable, for its report.
#include <algorithm>
#include <vector>

#include "sim/model/chain_model.h"

namespace ketensim::model {

std::optional<Instability> ChainModel::instability() const {
  if (!growth_limit_.exceeded()) return std::nullopt;
  Instability i;
  i.scenario = t_.scenario_name;
  i.replication = replication_;
  i.day = growth_limit_.exceeded_at();
  i.date = calendar_.date_at(i.day);
  i.families = families_.alive();
  i.bound = growth_limit_.bound();
  i.arrivals = growth_limit_.arrivals();
  int longest = -1;
  for (int r = 0; r < static_cast<int>(resources_.size()); ++r) {
    if (waiting(r) > 0 && (longest < 0 || waiting(r) > waiting(longest))) longest = r;
  }
  if (longest >= 0) {
    double per_family = growth_limit_.units_per_family(longest);  // NaN: nobody took it yet
    i.resource = CrowdedResource{
        t_.resources[longest].name, waiting(longest), growth_limit_.requests(longest),
        capacity(longest) == 0 ? 0.0 : static_cast<double>(capacity(longest)) / per_family,
        growth_limit_.mean_hold_days(longest)};
  }
  std::vector<std::size_t> in_stage(t_.stages.size());
  for (FamilyId id = 0; id < families_.slots(); ++id) {
    if (families_[id].alive && families_[id].stage >= 0) ++in_stage[families_[id].stage];
  }
  auto most = std::max_element(in_stage.begin(), in_stage.end());
  if (most != in_stage.end() && *most > 0) {
    i.stage = t_.stages[most - in_stage.begin()].name;
    i.stage_families = *most;
  }
  return i;
}

}  // namespace ketensim::model
