// SPDX-License-Identifier: MIT
#include "eval/featurestatistics.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "eval/featureinput.h"
#include "eval/pairwisedistances.h"
#include "eval/seededdraws.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace latent {

namespace {

// Numbers of bootstraps, subsets or neighbours come from a person's settings.
void requireAtLeast(int value, int minimum, const UserText& message)
{
    if (value < minimum)
        throw StudioError::badInput({}, message.arg(value));
}

// (m + m^T) / 2: products like sqrt(C1) C2 sqrt(C1) are symmetric in exact
// arithmetic only, and eigh reads one triangle.
torch::Tensor symmetrised(const torch::Tensor& m)
{
    return (m + m.t()).mul_(0.5);
}

// The eigenvalues of a symmetric positive semi-definite matrix with the
// round-off taken out: those at or below D eps lambda_max, negative ones
// included, are within LAPACK's error bound of 0 (numpy's matrix_rank draws
// the same line), so they are 0. Kept, their square roots (~1e-8 lambda_max^0.5
// each) would add up in a singular covariance's trace.
torch::Tensor psdEigenvalues(const torch::Tensor& eigenvalues)
{
    const double largest = std::max(0.0, eigenvalues.max().item<double>());
    const double floor = largest * double(eigenvalues.size(0)) * std::numeric_limits<double>::epsilon();
    return eigenvalues.masked_fill(eigenvalues <= floor, 0.0);
}

// The symmetric square root of a symmetric PSD matrix, V diag(sqrt(lambda)) V^T.
torch::Tensor symmetricSqrt(const torch::Tensor& c)
{
    auto [eigenvalues, vectors] = torch::linalg::eigh(symmetrised(c), "L");
    return vectors.mul(psdEigenvalues(eigenvalues).sqrt().unsqueeze(0)).mm(vectors.t());
}

// The trace of a symmetric PSD matrix's square root: the sum of the square
// roots of its eigenvalues.
double traceOfSqrt(const torch::Tensor& symmetricPsd)
{
    return psdEigenvalues(torch::linalg::eigvalsh(symmetrised(symmetricPsd), "L")).sqrt().sum().item<double>();
}

// The sample standard deviation (N - 1) of `values`; 0 for fewer than two.
double standardDeviation(const std::vector<double>& values)
{
    const std::size_t n = values.size();
    if (n < 2)
        return 0.0;
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= double(n);
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(n - 1));
}

// What the bootstrap keeps of the real set: its mean, tr C_real and sqrt(C_real).
struct RealSide {
    torch::Tensor mean;
    double covarianceTrace = 0.0;
    torch::Tensor covarianceSqrt;
};

// FD between the real Gaussian and that of the fake rows taken with
// multiplicities `counts` ([N] float64: all ones for the set itself).
// `rooted` = fake sqrt(C_real), made once: its centred rows, weighted, have
// the Gram matrix (n - 1) sqrt(C_real) C_fake sqrt(C_real), so a resample
// needs no D x D x D product. When fewer rows than D are drawn, the smaller
// rows x rows Gram matrix has the same non-zero spectrum. The rows are
// walked in blocks: no N x D temporary.
double distanceToSamples(const RealSide& real, const torch::Tensor& fake, const torch::Tensor& rooted,
                         const torch::Tensor& counts)
{
    const double n = counts.sum().item<double>();
    const torch::Tensor mean = counts.matmul(fake).div_(n);
    const torch::Tensor rootedMean = mean.matmul(real.covarianceSqrt);
    const torch::Tensor drawn = counts.nonzero().squeeze(1);
    const std::int64_t rows = drawn.size(0), width = fake.size(1);
    const bool fewRows = rows < width;
    const std::int64_t block = fewRows ? rows : rowsPerBlock(width);
    torch::Tensor gram = fewRows ? torch::Tensor() : torch::zeros({width, width}, fake.options());
    double fakeTrace = 0.0;
    for (std::int64_t begin = 0; begin < rows; begin += block) {
        const torch::Tensor at = drawn.slice(0, begin, std::min(rows, begin + block));
        const torch::Tensor w = counts.index_select(0, at);
        const torch::Tensor x = fake.index_select(0, at).sub_(mean);
        fakeTrace += w.dot(x.square().sum(1)).item<double>();
        const torch::Tensor z = rooted.index_select(0, at).sub_(rootedMean).mul_(w.sqrt().unsqueeze(1));
        if (fewRows)
            gram = z.mm(z.t());
        else
            gram.addmm_(z.t(), z);
    }
    fakeTrace /= n - 1;
    const double crossTrace = traceOfSqrt(gram.div_(n - 1));
    const double meanTerm = (real.mean - mean).square().sum().item<double>();
    return std::max(0.0, meanTerm + real.covarianceTrace + fakeTrace - 2.0 * crossTrace);
}

// The sum of k(a_i, b_j) = (a_i.b_j / D + 1)^3 over all pairs, row block by row block.
double kernelSum(const torch::Tensor& a, const torch::Tensor& b)
{
    const double width = double(a.size(1));
    const std::int64_t block = rowsPerBlock(b.size(0));
    double sum = 0.0;
    for (std::int64_t begin = 0; begin < a.size(0); begin += block) {
        torch::Tensor k = a.slice(0, begin, std::min(a.size(0), begin + block)).mm(b.t());
        k.div_(width).add_(1);
        sum += k.mul(k).mul_(k).sum().item<double>();
    }
    return sum;
}

// The sum of k(x_i, x_j) over pairs i != j of one set.
double kernelSumOffDiagonal(const torch::Tensor& x)
{
    const torch::Tensor diagonal = squaredNorms(x).div_(double(x.size(1))).add_(1).pow_(3);
    return kernelSum(x, x) - diagonal.sum().item<double>();
}

// Unbiased MMD^2 (Gretton et al. 2012, lemma 6) between equal-sized x and y (m >= 2 rows).
double unbiasedMmd2(const torch::Tensor& x, const torch::Tensor& y)
{
    const double m = double(x.size(0));
    return (kernelSumOffDiagonal(x) + kernelSumOffDiagonal(y)) / (m * (m - 1)) - 2.0 * kernelSum(x, y) / (m * m);
}

// The first `count` entries of `order` as an index tensor.
torch::Tensor firstOf(const std::vector<std::int64_t>& order, std::int64_t count)
{
    return torch::tensor(std::vector<std::int64_t>(order.begin(), order.begin() + std::ptrdiff_t(count)), torch::kLong);
}

// The Gaussian of a checked float64 matrix of at least 2 rows, centred a
// block of rows at a time (no N x D temporary).
FeatureGaussian fitGaussian(const torch::Tensor& x)
{
    const torch::Tensor mean = x.mean(0);
    torch::Tensor covariance = torch::zeros({x.size(1), x.size(1)}, x.options());
    const std::int64_t block = rowsPerBlock(x.size(1));
    for (std::int64_t begin = 0; begin < x.size(0); begin += block) {
        const torch::Tensor centred = x.slice(0, begin, std::min(x.size(0), begin + block)) - mean;
        covariance.addmm_(centred.t(), centred);
    }
    return {mean, symmetrised(covariance.div_(double(x.size(0) - 1)))};
}

} // namespace

FeatureGaussian gaussianOf(const torch::Tensor& features)
{
    return fitGaussian(featureMatrix(features, FeatureSet::Unnamed));
}

double frechetDistance(const FeatureGaussian& a, const FeatureGaussian& b)
{
    const auto [meanA, covarianceA, meanB, covarianceB] =
        checkedGaussians(a.mean, a.covariance, b.mean, b.covariance);
    const torch::Tensor rootA = symmetricSqrt(covarianceA);
    const double crossTrace = traceOfSqrt(rootA.mm(covarianceB).mm(rootA));
    const double meanTerm = (meanA - meanB).pow(2).sum().item<double>();
    const double traces = covarianceA.trace().item<double>() + covarianceB.trace().item<double>();
    return std::max(0.0, meanTerm + traces - 2.0 * crossTrace);
}

Estimate frechetDistance(const torch::Tensor& real, const torch::Tensor& fake, int bootstraps, std::uint64_t seed)
{
    //: %1 is the number the settings asked for
    requireAtLeast(bootstraps, 0,
                   translate("FeatureStatistics", "The number of bootstrap resamples cannot be negative (it is %1)."));
    const torch::Tensor y = featureMatrix(fake, FeatureSet::Generated);
    RealSide side;
    {
        // The real rows are needed for their Gaussian only: released after it.
        const torch::Tensor x = featureMatrix(real, FeatureSet::Real);
        checkSameWidth(x, y);
        const FeatureGaussian gaussian = fitGaussian(x);
        side = {gaussian.mean, gaussian.covariance.trace().item<double>(), symmetricSqrt(gaussian.covariance)};
    }
    const torch::Tensor rooted = y.mm(side.covarianceSqrt);

    Estimate estimate;
    estimate.value = distanceToSamples(side, y, rooted, torch::ones({y.size(0)}, y.options()));
    SeededDraws draws(seed);
    std::vector<double> resampled;
    for (int i = 0; i < bootstraps; ++i) {
        const std::vector<std::int64_t> counts = draws.resampleCounts(y.size(0));
        resampled.push_back(distanceToSamples(side, y, rooted, torch::tensor(counts, torch::kFloat64)));
    }
    estimate.error = standardDeviation(resampled);
    return estimate;
}

Estimate kernelDistance(const torch::Tensor& real, const torch::Tensor& fake, int subsets, std::uint64_t seed)
{
    //: %1 is the number the settings asked for
    requireAtLeast(subsets, 1,
                   translate("FeatureStatistics", "The number of subsets must be at least 1 (it is %1)."));
    torch::Tensor x = featureMatrix(real, FeatureSet::Real);
    torch::Tensor y = featureMatrix(fake, FeatureSet::Generated);
    checkSameWidth(x, y);
    // The unbiased estimator needs two rows of each set per subset.
    for (const auto& [set, rows] :
         {std::pair{FeatureSet::Real, x.size(0)}, std::pair{FeatureSet::Generated, y.size(0)}})
        if (rows < 2 * std::int64_t(subsets))
            throw StudioError::badInput(
                {},
                //: %1 names a set of features; %2 is its number of rows (images), %3 the number of subsets
                sentence(translate("FeatureStatistics",
                                   "%1 have %2 rows: too few for %3 subsets of at least 2 rows each.")
                             .arg(featureSetName(set))
                             .arg(rows)
                             .arg(subsets)));

    // Each set shuffled once, its rows that the subsets use in order: the
    // subsets are then slices, and the unshuffled copy is released.
    SeededDraws draws(seed);
    const std::vector<std::int64_t> realOrder = draws.permutation(x.size(0));
    const std::vector<std::int64_t> fakeOrder = draws.permutation(y.size(0));
    const std::int64_t size = std::min(x.size(0), y.size(0)) / subsets;
    x = x.index_select(0, firstOf(realOrder, size * subsets));
    y = y.index_select(0, firstOf(fakeOrder, size * subsets));
    std::vector<double> values;
    for (std::int64_t begin = 0; begin < size * subsets; begin += size)
        values.push_back(unbiasedMmd2(x.slice(0, begin, begin + size), y.slice(0, begin, begin + size)));
    Estimate estimate;
    for (double v : values)
        estimate.value += v;
    estimate.value /= double(subsets);
    estimate.error = standardDeviation(values) / std::sqrt(double(subsets));
    return estimate;
}

Manifold manifoldMetrics(const torch::Tensor& real, const torch::Tensor& fake, int k)
{
    //: %1 is the number the settings asked for
    requireAtLeast(k, 1, translate("FeatureStatistics", "The number of neighbours k must be at least 1 (it is %1)."));
    const torch::Tensor x = featureMatrix(real, FeatureSet::Real);
    const torch::Tensor y = featureMatrix(fake, FeatureSet::Generated);
    checkSameWidth(x, y);
    for (const auto& [set, rows] :
         {std::pair{FeatureSet::Real, x.size(0)}, std::pair{FeatureSet::Generated, y.size(0)}})
        if (rows <= k)
            throw StudioError::badInput(
                {},
                //: %1 names a set of features; %2 is its number of rows (images), %3 the number of neighbours k
                sentence(translate("FeatureStatistics",
                                   "%1 have %2 rows: too few to find each row's %3 nearest other rows.")
                             .arg(featureSetName(set))
                             .arg(rows)
                             .arg(k)));

    const torch::Tensor realRadii = kthNeighbourSquaredRadii(x, k);
    const torch::Tensor fakeRadii = kthNeighbourSquaredRadii(y, k);
    const torch::Tensor realNorms = squaredNorms(x), fakeNorms = squaredNorms(y);
    const std::int64_t nReal = x.size(0), nFake = y.size(0);

    // One pass over the fake x real distances, a block of fakes at a time.
    double fakesInARealBall = 0, realBallsHoldingFakes = 0;
    torch::Tensor nearestFake = torch::full({nReal}, std::numeric_limits<double>::infinity(), x.options());
    torch::Tensor realInAFakeBall = torch::zeros({nReal}, x.options().dtype(torch::kBool));
    const std::int64_t block = rowsPerBlock(nReal);
    for (std::int64_t begin = 0; begin < nFake; begin += block) {
        const std::int64_t end = std::min(nFake, begin + block);
        const torch::Tensor d = squaredDistances(y.slice(0, begin, end), fakeNorms.slice(0, begin, end), x, realNorms);
        const torch::Tensor inRealBall = d.le(realRadii.unsqueeze(0));
        fakesInARealBall += inRealBall.any(1).sum().item<double>();
        realBallsHoldingFakes += inRealBall.sum().item<double>();
        nearestFake = torch::minimum(nearestFake, std::get<0>(d.min(0)));
        realInAFakeBall.logical_or_(d.le(fakeRadii.slice(0, begin, end).unsqueeze(1)).any(0));
    }

    Manifold m;
    m.precision = fakesInARealBall / double(nFake);
    m.recall = realInAFakeBall.sum().item<double>() / double(nReal);
    m.density = realBallsHoldingFakes / (double(k) * double(nFake));
    m.coverage = nearestFake.le(realRadii).sum().item<double>() / double(nReal);
    return m;
}

} // namespace latent
