// Results travel between the ranks of an MPI job as bytes, and must arrive bit for bit.
#include "sim/experiment/mpi/replication_codec.h"

#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace ketensim::experiment;

TEST_CASE("a replication's results cross between ranks bit for bit, and cut bytes are refused") {
  ReplicationResults sent = {
      {{0.1, -0.0, std::numeric_limits<double>::infinity(), std::nan("")}, 1234, 56, ""},
      {{}, 0, 0, "scenario 'x' is unstable: ..."}};
  std::string bytes = mpi::encode(17, sent);
  int replication = 0;
  ReplicationResults got = mpi::decode(bytes, replication);
  CHECK(replication == 17);
  REQUIRE(got.size() == 2);
  for (std::size_t k = 0; k < sent[0].values.size(); ++k) {
    CHECK(std::bit_cast<std::uint64_t>(got[0].values[k]) ==
          std::bit_cast<std::uint64_t>(sent[0].values[k]));
  }
  CHECK(got[0].events == 1234);
  CHECK(got[0].peak_families == 56);
  CHECK(got[1].values.empty());
  CHECK(got[1].unstable == sent[1].unstable);
  CHECK_THROWS_AS(mpi::decode(bytes.substr(0, bytes.size() - 1), replication), std::runtime_error);
  CHECK_THROWS_AS(mpi::decode(bytes + "x", replication), std::runtime_error);
}
