// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <string>
#include <vector>

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
    // Whether the model is told each image's class. Auto: when the data set
    // has labels (resolveClasses below).
    enum class Conditioning { Auto, On, Off };

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
    bool minibatchStd = false; // GANs only: D sees how much small groups of its images differ (MinibatchStdDev)
    static constexpr std::size_t kMaxClasses = 1000;
    // The setting; projects from before it have Off, new ones Auto.
    Conditioning conditioning = Conditioning::Off;
    // The classes the model draws, named; empty for an unconditional model.
    // Set from the data set when training starts (resolveClasses), and kept
    // with the model in its checkpoints.
    std::vector<std::string> classNames;

    bool conditional() const { return !classNames.empty(); }
    int classCount() const { return int(classNames.size()); }

    static std::string familyName(Family f);
    static std::string lossName(GanLoss l);
    static std::string reconName(ReconLoss r);
    static std::string dNormName(DiscriminatorNorm n);
    static std::string conditioningName(Conditioning c);
    // These throw StudioError(BadInput) for unknown names.
    static Family familyFromName(const std::string& name);
    static GanLoss lossFromName(const std::string& name);
    static ReconLoss reconFromName(const std::string& name);
    static DiscriminatorNorm dNormFromName(const std::string& name);
    static Conditioning conditioningFromName(const std::string& name);
    // What Auto means for this loss.
    DiscriminatorNorm effectiveDNorm() const;

    // The model for a data set with `datasetClasses` (empty when it has no
    // labels): conditional on them when the setting is On, or Auto and there
    // are two or more. Throws StudioError(BadInput) when the setting is On and
    // the data set has no labels.
    ModelSpec resolveClasses(const std::vector<std::string>& datasetClasses) const;
    // A class by name or by index ("Sneaker", "7"); -1 when there is no such class.
    int findClass(const std::string& nameOrIndex) const;

    // Throws StudioError(BadInput) naming the first bad field.
    void validate() const;
    // "dcgan 28x28x1, z 100, width 64, loss bce".
    std::string describe() const;

    QJsonObject toJson() const;
    // `file` names the source in error messages; throws StudioError(BadInput).
    static ModelSpec fromJson(const QJsonObject& json, const std::string& file);

    // Whether a model trained as `trained` (a checkpoint's spec, its classes
    // resolved) is one this spec makes: the same network, and classes as
    // this spec's setting allows (the same count when this spec has its
    // classes resolved too; none when the setting is Off; some when On).
    bool accepts(const ModelSpec& trained) const;

    // The same network: the class names may differ, their count may not.
    bool operator==(const ModelSpec& other) const;
    bool operator!=(const ModelSpec& other) const { return !(*this == other); }
};

} // namespace latent
