// Student's t distribution, for confidence intervals over replications. Our own code
// (regularised incomplete beta by Lentz's continued fraction, then bisection), so the
// figures do not depend on a library version.
#pragma once

namespace ketensim::stats {

double student_t_cdf(double t, double df);
// I_x(a, b), the regularised incomplete beta function (a, b > 0, 0 <= x <= 1): also the
// beta distribution's CDF, which the uncertain inputs' beta form inverts.
double incomplete_beta(double a, double b, double x);
// The q-quantile (0 < q < 1) of Student's t with df > 0 degrees of freedom.
double student_t_quantile(double q, double df);

}  // namespace ketensim::stats
