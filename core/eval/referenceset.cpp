// SPDX-License-Identifier: MIT
#include "eval/referenceset.h"

#include "base/usertext.h"
#include "data/syntheticdigits.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace latent {

namespace {
// The held-out choice and the digits' fresh render: fixed, not the
// project's seed, so that projects on the same data share their reference.
constexpr std::uint64_t kReferenceSeed = 0x4E1D0u;
// The fresh digits are numbered from here: past any training set's count.
constexpr std::size_t kFirstFreshDigit = 1000000000;
constexpr std::size_t kAutoMinimum = 1000; // fewer images: all of them train
constexpr std::size_t kAutoMaximum = 2000;

// The indices 0..count-1 in a fixed order (Fisher-Yates over
// mt19937_64, whose output the C++ standard fixes: the same on every build).
std::vector<std::size_t> shuffledIndices(std::size_t count)
{
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::mt19937_64 random(kReferenceSeed);
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
    return order;
}

ImageDataset subset(const ImageDataset& from, const std::vector<std::size_t>& indices)
{
    ImageDataset picked(from.size(), from.channels());
    picked.reserve(indices.size());
    picked.setClassNames(from.classNames());
    for (std::size_t i : indices)
        picked.appendPlanar(from.data() + i * from.bytesPerImage(), from.labels()[i]);
    return picked;
}
} // namespace

std::string ReferenceSet::describe() const
{
    const std::size_t n = images.count();
    switch (kind) {
    case Kind::HeldOut:
        //: %1 is a number of images
        return translate("ReferenceSet", "%1 held-out images").arg(n);
    case Kind::FreshRender:
        //: %1 is a number of images of the built-in digits that training never used
        return translate("ReferenceSet", "%1 freshly rendered digits").arg(n);
    case Kind::TrainingImages:
        //: %1 is a number of images
        return translate("ReferenceSet", "%1 training images (none held out)").arg(n);
    }
    return {};
}

std::size_t ReferenceSet::heldOutCount(const DatasetSpec& spec, std::size_t count)
{
    if (spec.source == DatasetSpec::Source::SyntheticDigits)
        return 0;
    if (spec.heldOut == DatasetSpec::kHeldOutAuto)
        return count < kAutoMinimum ? 0 : std::min(kAutoMaximum, count / 10);
    // Never all of it: something must be left to train on.
    return std::min(std::size_t(std::max(0, spec.heldOut)), count > 0 ? count - 1 : 0);
}

ReferenceSet ReferenceSet::take(ImageDataset& training, const DatasetSpec& spec, std::size_t wanted)
{
    ReferenceSet set;
    if (spec.source == DatasetSpec::Source::SyntheticDigits) {
        set.kind = Kind::FreshRender;
        set.images = ImageDataset(training.size(), training.channels());
        set.images.reserve(wanted);
        for (std::size_t i = kFirstFreshDigit; i < kFirstFreshDigit + wanted; ++i)
            set.images.append(SyntheticDigits::render(i, training.size(), training.channels(), kReferenceSeed),
                              int(i % 10));
        set.images.setClassNames(training.classNames());
        return set;
    }
    const std::vector<std::size_t> order = shuffledIndices(training.count());
    const std::size_t held = heldOutCount(spec, training.count());
    if (held == 0) {
        set.kind = Kind::TrainingImages;
        std::vector<std::size_t> sample(order.begin(), order.begin() + std::min(wanted, order.size()));
        set.images = subset(training, sample);
        return set;
    }
    set.kind = Kind::HeldOut;
    std::vector<std::size_t> out(order.begin(), order.begin() + held);
    std::vector<std::size_t> kept(order.begin() + held, order.end());
    // Both in the data's own order: the training set stays as it was read,
    // less the held-out images.
    std::sort(out.begin(), out.end());
    std::sort(kept.begin(), kept.end());
    set.images = subset(training, out);
    training = subset(training, kept);
    return set;
}

} // namespace latent
