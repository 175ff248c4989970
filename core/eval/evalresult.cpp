// SPDX-License-Identifier: MIT
#include "eval/evalresult.h"

#include <stdexcept>

namespace latent {

std::vector<std::string> EvalResult::columnNames()
{
    return {"fd",      "fd_error", "kid",     "kid_error", "precision",  "recall",
            "density", "coverage", "samples", "references", "seconds"};
}

std::vector<double> EvalResult::values() const
{
    return {fd, fdError, kid, kidError, precision, recall, density, coverage, double(samples), double(references),
            seconds};
}

EvalResult EvalResult::fromValues(std::int64_t step, const std::vector<double>& v)
{
    if (v.size() < columnNames().size())
        throw std::invalid_argument("an evaluation row needs " + std::to_string(columnNames().size()) + " values");
    EvalResult r;
    r.step = step;
    r.fd = v[0];
    r.fdError = v[1];
    r.kid = v[2];
    r.kidError = v[3];
    r.precision = v[4];
    r.recall = v[5];
    r.density = v[6];
    r.coverage = v[7];
    r.samples = int(v[8]);
    r.references = int(v[9]);
    r.seconds = v[10];
    return r;
}

} // namespace latent
