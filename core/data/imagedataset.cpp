// SPDX-License-Identifier: MIT
#include "data/imagedataset.h"

#include <algorithm>
#include <cassert>

namespace latent {

ImageDataset::ImageDataset(int size, int channels) : m_size(size), m_channels(channels) {}

void ImageDataset::appendPlanar(const std::uint8_t* planar, int label)
{
    m_pixels.insert(m_pixels.end(), planar, planar + bytesPerImage());
    m_labels.push_back(label);
}

void ImageDataset::append(const Image& image, int label)
{
    assert(image.width == m_size && image.height == m_size && image.channels == m_channels);
    const std::size_t plane = std::size_t(m_size) * m_size;
    const std::size_t start = m_pixels.size();
    m_pixels.resize(start + bytesPerImage());
    std::uint8_t* out = m_pixels.data() + start;
    for (std::size_t i = 0; i < plane; ++i)
        for (int c = 0; c < m_channels; ++c)
            out[c * plane + i] = image.pixels[i * m_channels + c];
    m_labels.push_back(label);
}

Image ImageDataset::image(std::size_t index) const
{
    Image result(m_size, m_size, m_channels);
    const std::size_t plane = std::size_t(m_size) * m_size;
    const std::uint8_t* in = m_pixels.data() + index * bytesPerImage();
    for (std::size_t i = 0; i < plane; ++i)
        for (int c = 0; c < m_channels; ++c)
            result.pixels[i * m_channels + c] = in[c * plane + i];
    return result;
}

void ImageDataset::dropLabels()
{
    std::fill(m_labels.begin(), m_labels.end(), -1);
    m_classNames.clear();
}

std::vector<std::size_t> ImageDataset::classCounts() const
{
    std::vector<std::size_t> counts(m_classNames.size(), 0);
    for (int label : m_labels)
        if (label >= 0 && std::size_t(label) < counts.size())
            ++counts[std::size_t(label)];
    return counts;
}

void ImageDataset::reserve(std::size_t images)
{
    m_pixels.reserve(images * bytesPerImage());
    m_labels.reserve(images);
}

} // namespace latent
