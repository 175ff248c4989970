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

private:
    int m_size = 0;
    int m_channels = 0;
    std::vector<std::uint8_t> m_pixels;
    std::vector<int> m_labels;
};

} // namespace latent
