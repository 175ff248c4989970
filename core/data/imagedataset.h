// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// The decoded training set: every image at the model's size and channel count,
// as one compact block of uint8 pixels in N x C x H x W order (planar, ready
// to become a tensor without copying), with an optional label per image.
// When the data set is labelled, classNames() names every class and each
// label is an index into it; otherwise classNames() is empty and every label
// is -1. Readers keep that promise (a bad label file loses the labels, with
// a warning), so users of the labels need not check them again.
class ImageDataset {
public:
    ImageDataset() = default;
    ImageDataset(int size, int channels);

    int size() const { return m_size; }
    int channels() const { return m_channels; }
    std::size_t count() const { return m_labels.size(); }
    bool empty() const { return m_labels.empty(); }
    std::size_t bytesPerImage() const { return std::size_t(m_size) * m_size * m_channels; }

    // Appends one image given planar pixels (C x H x W, bytesPerImage() bytes).
    void appendPlanar(const std::uint8_t* planar, int label);
    // Appends an interleaved image of the dataset's size and channels.
    void append(const Image& image, int label);

    const std::uint8_t* data() const { return m_pixels.data(); }
    const std::vector<int>& labels() const { return m_labels; }
    // One image back in the interleaved form (for previews and grids).
    Image image(std::size_t index) const;

    void reserve(std::size_t images);

    bool labelled() const { return !m_classNames.empty(); }
    const std::vector<std::string>& classNames() const { return m_classNames; }
    int classCount() const { return int(m_classNames.size()); }
    // Names the classes; the labels must already be indices into `names`.
    void setClassNames(std::vector<std::string> names) { m_classNames = std::move(names); }
    // Replaces every label (one per image).
    void setLabels(std::vector<int> labels) { m_labels = std::move(labels); }
    // Forgets the labels: every label -1, no classes.
    void dropLabels();
    // Images per class, in class order (empty when unlabelled).
    std::vector<std::size_t> classCounts() const;

private:
    int m_size = 0;
    int m_channels = 0;
    std::vector<std::uint8_t> m_pixels;
    std::vector<int> m_labels;
    std::vector<std::string> m_classNames;
};

} // namespace latent
