// SPDX-License-Identifier: MIT
#include "eval/featureinput.h"

#include "base/studioerror.h"
#include "base/usertext.h"

namespace latent {

namespace {

bool allFinite(const torch::Tensor& x)
{
    return torch::isfinite(x).all().item<bool>();
}

torch::Tensor asFloat64(const torch::Tensor& x)
{
    return x.to(torch::kCPU, torch::kFloat64).contiguous();
}

} // namespace

std::string featureSetName(FeatureSet set)
{
    switch (set) {
    case FeatureSet::Real:
        //: fills %1 in sentences such as "%1 have too few rows"
        return translate("FeatureStatistics", "the real images' features");
    case FeatureSet::Generated:
        //: fills %1 in sentences such as "%1 have too few rows"
        return translate("FeatureStatistics", "the generated images' features");
    case FeatureSet::Unnamed:
        break;
    }
    //: fills %1 in sentences such as "%1 have too few rows"
    return translate("FeatureStatistics", "the features");
}

std::string sentence(const UserText& text)
{
    QString filled = text.toQString();
    if (!filled.isEmpty())
        filled[0] = filled[0].toUpper();
    return filled.toStdString();
}

std::string shapeText(const torch::Tensor& tensor)
{
    if (!tensor.defined())
        return "[]";
    std::string text = "[";
    for (std::int64_t i = 0; i < tensor.dim(); ++i)
        text += (i > 0 ? ", " : "") + std::to_string(tensor.size(i));
    return text + "]";
}

torch::Tensor featureMatrix(const torch::Tensor& features, FeatureSet set, std::int64_t minimumRows)
{
    const std::string name = featureSetName(set);
    if (!features.defined() || features.dim() != 2 || features.size(1) < 1 || features.is_complex())
        throw StudioError::badInput(
            {},
            //: %1 names a set of features ("the real images' features"); %2 is a shape such as [3, 4, 5]
            sentence(translate("FeatureStatistics", "%1 must be a matrix of real numbers with one row per image "
                                                    "and at least one column (their shape is %2).")
                         .arg(name)
                         .arg(shapeText(features))));
    if (features.size(0) < minimumRows)
        throw StudioError::badInput(
            {},
            //: %1 names a set of features, %2 and %3 are numbers of rows (images)
            sentence(translate("FeatureStatistics", "%1 have too few rows: %2, where at least %3 are needed.")
                         .arg(name)
                         .arg(features.size(0))
                         .arg(minimumRows)));
    torch::Tensor x = asFloat64(features);
    if (!allFinite(x))
        throw StudioError::badInput(
            {},
            //: %1 names a set of features
            sentence(translate("FeatureStatistics", "%1 hold values that are not finite (NaN or infinity).")
                         .arg(name)));
    return x;
}

void checkSameWidth(const torch::Tensor& real, const torch::Tensor& fake)
{
    if (real.size(1) != fake.size(1))
        throw StudioError::badInput(
            {},
            //: %1 and %2 are the numbers of features per image of the two sets
            translate("FeatureStatistics", "The real and generated images' features differ in width: %1 and %2 "
                                           "values per image.")
                .arg(real.size(1))
                .arg(fake.size(1)));
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor, torch::Tensor>
checkedGaussians(const torch::Tensor& meanA, const torch::Tensor& covarianceA, const torch::Tensor& meanB,
                 const torch::Tensor& covarianceB)
{
    const auto wellFormed = [](const torch::Tensor& mean, const torch::Tensor& covariance) {
        return mean.defined() && covariance.defined() && !mean.is_complex() && !covariance.is_complex()
            && mean.dim() == 1 && mean.size(0) >= 1 && covariance.dim() == 2
            && covariance.size(0) == mean.size(0) && covariance.size(1) == mean.size(0);
    };
    if (!wellFormed(meanA, covarianceA) || !wellFormed(meanB, covarianceB) || meanA.size(0) != meanB.size(0))
        throw StudioError::badInput(
            {},
            //: %1 to %4 are tensor shapes such as [512] and [512, 512]
            translate("FeatureStatistics", "The two Gaussians do not match: means of shapes %1 and %2, covariances "
                                           "of shapes %3 and %4 (each needs a mean of D values and a D x D "
                                           "covariance, with the same D).")
                .arg(shapeText(meanA))
                .arg(shapeText(meanB))
                .arg(shapeText(covarianceA))
                .arg(shapeText(covarianceB)));
    auto result = std::make_tuple(asFloat64(meanA), asFloat64(covarianceA), asFloat64(meanB), asFloat64(covarianceB));
    if (!allFinite(std::get<0>(result)) || !allFinite(std::get<1>(result)) || !allFinite(std::get<2>(result))
        || !allFinite(std::get<3>(result)))
        throw StudioError::badInput(
            {}, translate("FeatureStatistics",
                          "A Gaussian's mean or covariance holds values that are not finite (NaN or infinity)."));
    return result;
}

} // namespace latent
