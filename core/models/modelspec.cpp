// SPDX-License-Identifier: MIT
#include "models/modelspec.h"

#include "base/jsonfields.h"
#include "base/studioerror.h"
#include "base/usertext.h"

#include <QJsonArray>
#include <QString>

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

std::string ModelSpec::dNormName(DiscriminatorNorm n)
{
    switch (n) {
    case DiscriminatorNorm::Auto: return "auto";
    case DiscriminatorNorm::Batch: return "batch";
    case DiscriminatorNorm::Layer: return "layer";
    case DiscriminatorNorm::None: return "none";
    }
    return "auto";
}

ModelSpec::DiscriminatorNorm ModelSpec::dNormFromName(const std::string& name)
{
    for (DiscriminatorNorm n :
         {DiscriminatorNorm::Auto, DiscriminatorNorm::Batch, DiscriminatorNorm::Layer, DiscriminatorNorm::None})
        if (dNormName(n) == name)
            return n;
    throw StudioError::badInput(
        {}, translate("ModelSpec", "unknown discriminator normalisation '%1' (expected auto, batch, layer or none)")
                .arg(name));
}

std::string ModelSpec::conditioningName(Conditioning c)
{
    return c == Conditioning::On ? "on" : c == Conditioning::Off ? "off" : "auto";
}

ModelSpec::Conditioning ModelSpec::conditioningFromName(const std::string& name)
{
    for (Conditioning c : {Conditioning::Auto, Conditioning::On, Conditioning::Off})
        if (conditioningName(c) == name)
            return c;
    throw StudioError::badInput({}, translate("ModelSpec", "unknown conditioning '%1' (expected auto, on or off)")
                                        .arg(name));
}

ModelSpec ModelSpec::resolveClasses(const std::vector<std::string>& datasetClasses) const
{
    ModelSpec resolved = *this;
    resolved.classNames.clear();
    if (conditioning == Conditioning::On && datasetClasses.size() < 2)
        throw StudioError::badInput({}, translate("ModelSpec", "the model is set to be conditional, but the data set "
                                                               "has no labels (Model > Conditional: auto or off "
                                                               "trains without them)"));
    if (conditioning == Conditioning::On && datasetClasses.size() > kMaxClasses)
        throw StudioError::badInput({},
                                    //: %1 and %2 are numbers of classes
                                    translate("ModelSpec", "the data set has %1 classes; a conditional model "
                                                               "takes at most %2")
                                            .arg(datasetClasses.size())
                                            .arg(kMaxClasses));
    // Auto: so many classes are more likely folders of another kind (dates, say).
    if (conditioning != Conditioning::Off && datasetClasses.size() >= 2 && datasetClasses.size() <= kMaxClasses)
        resolved.classNames = datasetClasses;
    return resolved;
}

int ModelSpec::findClass(const std::string& nameOrIndex) const
{
    for (std::size_t i = 0; i < classNames.size(); ++i)
        if (classNames[i] == nameOrIndex)
            return int(i);
    for (std::size_t i = 0; i < classNames.size(); ++i)
        if (QString::fromStdString(classNames[i]).compare(QString::fromStdString(nameOrIndex), Qt::CaseInsensitive)
            == 0)
            return int(i);
    bool isNumber = false;
    const int index = QString::fromStdString(nameOrIndex).toInt(&isNumber);
    return isNumber && index >= 0 && index < classCount() ? index : -1;
}

ModelSpec::DiscriminatorNorm ModelSpec::effectiveDNorm() const
{
    if (dNorm != DiscriminatorNorm::Auto)
        return dNorm;
    return loss == GanLoss::WganGp ? DiscriminatorNorm::Layer : DiscriminatorNorm::Batch;
}

ModelSpec::Family ModelSpec::familyFromName(const std::string& name)
{
    if (name == "dcgan" || name == "gan")
        return Family::Dcgan;
    if (name == "vae")
        return Family::Vae;
    throw StudioError::badInput({}, translate("ModelSpec", "unknown model '%1' (expected dcgan or vae)").arg(name));
}

ModelSpec::GanLoss ModelSpec::lossFromName(const std::string& name)
{
    for (GanLoss l : {GanLoss::Bce, GanLoss::WganGp, GanLoss::Hinge, GanLoss::Lsgan})
        if (lossName(l) == name)
            return l;
    throw StudioError::badInput(
        {}, translate("ModelSpec", "unknown GAN loss '%1' (expected bce, wgan-gp, hinge or lsgan)").arg(name));
}

ModelSpec::ReconLoss ModelSpec::reconFromName(const std::string& name)
{
    if (name == "bce")
        return ReconLoss::Bce;
    if (name == "mse")
        return ReconLoss::Mse;
    throw StudioError::badInput(
        {}, translate("ModelSpec", "unknown reconstruction loss '%1' (expected bce or mse)").arg(name));
}

void ModelSpec::validate() const
{
    auto fail = [](const std::string& what) { throw StudioError::badInput({}, what); };
    if (imageSize < 16 || imageSize > 256)
        fail(translate("ModelSpec", "image size %1 is out of range (16 to 256; 28, 32, 64 and 128 are usual)")
                 .arg(imageSize));
    if (channels != 1 && channels != 3)
        fail(translate("ModelSpec", "channels must be 1 (gray) or 3 (RGB), not %1").arg(channels));
    if (latentDim < 1 || latentDim > 4096)
        fail(translate("ModelSpec", "latent size %1 is out of range (1 to 4096)").arg(latentDim));
    if (width < 4 || width > 1024)
        fail(translate("ModelSpec", "width %1 is out of range (4 to 1024)").arg(width));
    if (!(beta >= 0.0 && beta <= 1000.0))
        fail(translate("ModelSpec", "beta must be between 0 and 1000"));
    if (classNames.size() == 1 || classNames.size() > kMaxClasses)
        fail(translate("ModelSpec", "%1 classes is out of range (2 to %2)").arg(classNames.size()).arg(kMaxClasses));
    if (family == Family::Dcgan && loss == GanLoss::WganGp && dNorm == DiscriminatorNorm::Batch)
        fail(translate("ModelSpec", "WGAN-GP's critic cannot use BatchNorm: its gradient penalty is per image "
                                    "(choose layer or none)"));
}

std::string ModelSpec::describe() const
{
    if (family == Family::Dcgan) {
        //: %1 is the image side, %2 its channels, %3 the latent size, %4 the width, %5 the loss's name (bce,
        //: wgan-gp...); dcgan is the model's name as the command line takes it
        std::string text = translate("ModelSpec", "dcgan %1x%1x%2, z %3, width %4, loss %5")
                               .arg(imageSize)
                               .arg(channels)
                               .arg(latentDim)
                               .arg(width)
                               .arg(lossName(loss));
        if (dNorm != DiscriminatorNorm::Auto)
            //: %1 is batch, layer or none as the command line takes them
            text += translate("ModelSpec", ", D norm %1").arg(dNormName(dNorm)).str();
        if (spectralNorm)
            text += translate("ModelSpec", ", spectral norm").str();
        if (minibatchStd)
            text += translate("ModelSpec", ", minibatch std").str();
        if (conditional())
            //: %1 is a number of classes
            text += translate("ModelSpec", ", %1 classes").arg(classCount()).str();
        return text;
    }
    char b[32];
    std::snprintf(b, sizeof b, "%g", beta);
    //: %1 is the image side, %2 its channels, %3 the latent size, %4 the width, %5 the reconstruction loss's name
    //: (bce or mse), %6 the weight of the KL term; vae is the model's name as the command line takes it
    std::string text = translate("ModelSpec", "vae %1x%1x%2, z %3, width %4, recon %5, beta %6")
                           .arg(imageSize)
                           .arg(channels)
                           .arg(latentDim)
                           .arg(width)
                           .arg(reconName(recon))
                           .arg(b);
    if (conditional())
        text += translate("ModelSpec", ", %1 classes").arg(classCount()).str();
    return text;
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
        json["d_norm"] = QString::fromStdString(dNormName(dNorm));
        json["spectral_norm"] = spectralNorm;
        json["minibatch_std"] = minibatchStd;
    } else {
        json["recon_loss"] = QString::fromStdString(reconName(recon));
        json["beta"] = beta;
    }
    json["conditional"] = QString::fromStdString(conditioningName(conditioning));
    if (conditional()) {
        QJsonArray names;
        for (const std::string& name : classNames)
            names.append(QString::fromStdString(name));
        json["class_names"] = names;
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
        // Missing in projects from before these settings: as they trained.
        spec.dNorm = dNormFromName(f.text("d_norm", "auto"));
        spec.conditioning = conditioningFromName(f.text("conditional", "off"));
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    spec.imageSize = f.integer("image_size", spec.imageSize);
    spec.channels = f.integer("channels", spec.channels);
    spec.latentDim = f.integer("latent_dim", spec.family == Family::Vae ? 16 : 100);
    spec.width = f.integer("width", spec.width);
    spec.beta = f.number("beta", spec.beta);
    spec.spectralNorm = f.boolean("spectral_norm", false);
    spec.minibatchStd = f.boolean("minibatch_std", false);
    for (const QJsonValue& name : json.value("class_names").toArray()) {
        if (!name.isString() || name.toString().isEmpty())
            throw StudioError::badInput(file, translate("ModelSpec", "model.class_names must be a list of names"));
        spec.classNames.push_back(name.toString().toStdString());
    }
    try {
        spec.validate();
    } catch (const StudioError& e) {
        throw StudioError::badInput(file, e.what());
    }
    return spec;
}

bool ModelSpec::accepts(const ModelSpec& trained) const
{
    if (!conditional()) {
        ModelSpec unresolved = trained;
        unresolved.classNames.clear();
        if (!(*this == unresolved))
            return false;
        return conditioning == Conditioning::Auto || (conditioning == Conditioning::On) == trained.conditional();
    }
    return *this == trained;
}

bool ModelSpec::operator==(const ModelSpec& o) const
{
    const bool gan = family == Family::Dcgan;
    return family == o.family && imageSize == o.imageSize && channels == o.channels && latentDim == o.latentDim
        && width == o.width && classNames.size() == o.classNames.size()
        && (gan ? (loss == o.loss && effectiveDNorm() == o.effectiveDNorm() && spectralNorm == o.spectralNorm
                   && minibatchStd == o.minibatchStd)
                : (recon == o.recon && beta == o.beta));
}

} // namespace latent
