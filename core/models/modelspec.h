// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <string>

namespace latent {

// What network to build: enough to recreate it exactly, and to tell whether a
// checkpoint belongs to it. Plain data; the torch modules live in .cpp files.
struct ModelSpec {
    enum class Family { Dcgan, Vae };
    enum class GanLoss { Bce, WganGp, Hinge, Lsgan };
    enum class ReconLoss { Bce, Mse };
    // The discriminator's normalisation. Auto: BatchNorm, or layer
    // normalisation for WGAN-GP (whose gradient penalty is per sample).
    enum class DiscriminatorNorm { Auto, Batch, Layer, None };

    Family family = Family::Dcgan;
    GanLoss loss = GanLoss::Bce;      // GANs only
    ReconLoss recon = ReconLoss::Bce; // VAEs only
    int imageSize = 28;               // square images, 16 to 256
    int channels = 1;                 // 1 gray or 3 RGB
    int latentDim = 100;
    int width = 64;    // feature maps of the widest-resolution layer (DCGAN's ngf/ndf)
    double beta = 1.0; // VAEs only: weight of the KL term
    DiscriminatorNorm dNorm = DiscriminatorNorm::Auto; // GANs only
    bool spectralNorm = false;                         // GANs only: every convolution of D spectrally normalised

    static std::string familyName(Family f);
    static std::string lossName(GanLoss l);
    static std::string reconName(ReconLoss r);
    static std::string dNormName(DiscriminatorNorm n);
    // These throw StudioError(BadInput) for unknown names.
    static Family familyFromName(const std::string& name);
    static GanLoss lossFromName(const std::string& name);
    static ReconLoss reconFromName(const std::string& name);
    static DiscriminatorNorm dNormFromName(const std::string& name);
    // What Auto means for this loss.
    DiscriminatorNorm effectiveDNorm() const;

    // Throws StudioError(BadInput) naming the first bad field.
    void validate() const;
    // "dcgan 28x28x1, z 100, width 64, loss bce".
    std::string describe() const;

    QJsonObject toJson() const;
    // `file` names the source in error messages; throws StudioError(BadInput).
    static ModelSpec fromJson(const QJsonObject& json, const std::string& file);

    bool operator==(const ModelSpec& other) const;
    bool operator!=(const ModelSpec& other) const { return !(*this == other); }
};

} // namespace latent
