#include "sim/experiment/cluster.h"

namespace ketensim::experiment {
namespace {
Distributor* current = nullptr;
}  // namespace

Distributor* distributor() {
  return current;
}
void set_distributor(Distributor* d) {
  current = d;
}

int rank() {
  return current ? current->rank() : 0;
}
int ranks() {
  return current ? current->size() : 1;
}
std::string stop_reason() {
  return current ? current->stop_reason() : "";
}

}  // namespace ketensim::experiment
