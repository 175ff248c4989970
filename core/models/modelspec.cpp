// SPDX-License-Identifier: MIT
#include "models/modelspec.h"

#include "base/jsonfields.h"
#include "base/studioerror.h"

namespace latent {

std::string ModelSpec::familyName(Family f) { return f == Family::Vae ? "vae" : "dcgan"; }

std::string ModelSpec::lossName(GanLoss l)
{
    switch (l) {
    case GanLoss::Bce: return "bce";
    case GanLoss::WganGp: return "wgan-gp";
    case GanLoss::Hinge: return "hinge";
    case GanLoss::Lsgan: return "lsgan";
    }
    return "bce";
}

std::string ModelSpec::reconName(ReconLoss r) { return r == ReconLoss::Mse ? "mse" : "bce"; }

ModelSpec::Family ModelSpec::familyFromName(const std::string& name)
{
    if (name == "dcgan" || name == "gan")
        return Family::Dcgan;
    if (name == "vae")
        return Family::Vae;
    throw StudioError::badInput({}, "unknown model '" + name + "' (expected dcgan or vae)");
}

ModelSpec::GanLoss ModelSpec::lossFromName(const std::string& name)
{
    for (GanLoss l : {GanLoss::Bce, GanLoss::WganGp, GanLoss::Hinge, GanLoss::Lsgan})
        if (lossName(l) == name)
            return l;
    throw StudioError::badInput({}, "unknown GAN loss '" + name + "' (expected bce, wgan-gp, hinge or lsgan)");
}

ModelSpec::ReconLoss ModelSpec::reconFromName(const std::string& name)
{
    if (name == "bce")
        return ReconLoss::Bce;
    if (name == "mse")
        return ReconLoss::Mse;
    throw StudioError::badInput({}, "unknown reconstruction loss '" + name + "' (expected bce or mse)");
}

void ModelSpec::validate() const
{
    auto fail = [](const std::string& what) { throw StudioError::badInput({}, what); };
    if (imageSize < 16 || imageSize > 256)
        fail("image size " + std::to_string(imageSize) + " is out of range (16 to 256; 28, 32, 64 and 128 are usual)");
    if (channels != 1 && channels != 3)
        fail("channels must be 1 (gray) or 3 (RGB), not " + std::to_string(channels));
    if (latentDim < 1 || latentDim > 4096)
        fail("latent size " + std::to_string(latentDim) + " is out of range (1 to 4096)");
    if (width < 4 || width > 1024)
        fail("width " + std::to_string(width) + " is out of range (4 to 1024)");
    if (!(beta >= 0.0 && beta <= 1000.0))
        fail("beta must be between 0 and 1000");
}

std::string ModelSpec::describe() const
{
    const std::string shape = std::to_string(imageSize) + "x" + std::to_string(imageSize) + "x" + std::to_string(channels);
    std::string text = familyName(family) + " " + shape + ", z " + std::to_string(latentDim) + ", width "
        + std::to_string(width);
    if (family == Family::Dcgan)
        return text + ", loss " + lossName(loss);
    char b[32];
    std::snprintf(b, sizeof b, "%g", beta);
    return text + ", recon " + reconName(recon) + ", beta " + b;
}

QJsonObject ModelSpec::toJson() const
{
    QJsonObject json{{"family", QString::fromStdString(familyName(family))},
                     {"image_size", imageSize},
                     {"channels", channels},
                     {"latent_dim", latentDim},
                     {"width", width}};
    if (family == Family::Dcgan) {
        json["loss"] = QString::fromStdString(lossName(loss));
    } else {
        json["recon_loss"] = QString::fromStdString(reconName(recon));
        json["beta"] = beta;
    }
    return json;
}

ModelSpec ModelSpec::fromJson(const QJsonObject& json, const std::string& file)
{
    const JsonFields f(json, file, "model");
    ModelSpec spec;
    try {
        spec.family = familyFromName(f.text("family", "dcgan"));
        spec.loss = lossFromName(f.text("loss", "bce"));
        spec.recon = reconFromName(f.text("recon_loss", "bce"));
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    spec.imageSize = f.integer("image_size", spec.imageSize);
    spec.channels = f.integer("channels", spec.channels);
    spec.latentDim = f.integer("latent_dim", spec.family == Family::Vae ? 16 : 100);
    spec.width = f.integer("width", spec.width);
    spec.beta = f.number("beta", spec.beta);
    try {
        spec.validate();
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    return spec;
}

bool ModelSpec::operator==(const ModelSpec& o) const
{
    const bool gan = family == Family::Dcgan;
    return family == o.family && imageSize == o.imageSize && channels == o.channels && latentDim == o.latentDim
        && width == o.width && (gan ? loss == o.loss : (recon == o.recon && beta == o.beta));
}

} // namespace latent
