// SPDX-License-Identifier: MIT
#include "data/imageconform.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace latent {

cv::Mat conformColours(const cv::Mat& decoded, int channels)
{
    if (decoded.empty() || decoded.dims != 2)
        return {};
    cv::Mat eight;
    switch (decoded.depth()) {
    case CV_8U: eight = decoded; break;
    case CV_16U: decoded.convertTo(eight, CV_8U, 1.0 / 257.0); break;
    case CV_32F: decoded.convertTo(eight, CV_8U, 255.0); break;
    default: return {};
    }

    // Alpha over black, then the requested colour model (OpenCV decodes BGR).
    cv::Mat colour;
    switch (eight.channels()) {
    case 1: colour = eight; break;
    case 2: {
        cv::Mat planes[2];
        cv::split(eight, planes);
        cv::multiply(planes[0], planes[1], colour, 1.0 / 255.0);
        break;
    }
    case 3: colour = eight; break;
    case 4: {
        cv::Mat bgr, alpha, alpha3;
        cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
        cv::extractChannel(eight, alpha, 3);
        cv::cvtColor(alpha, alpha3, cv::COLOR_GRAY2BGR);
        cv::multiply(bgr, alpha3, colour, 1.0 / 255.0);
        break;
    }
    default: return {};
    }
    cv::Mat converted;
    if (channels == 1 && colour.channels() == 1)
        converted = colour;
    else if (channels == 1)
        cv::cvtColor(colour, converted, cv::COLOR_BGR2GRAY);
    else if (colour.channels() == 1)
        cv::cvtColor(colour, converted, cv::COLOR_GRAY2RGB);
    else
        cv::cvtColor(colour, converted, cv::COLOR_BGR2RGB);
    return converted;
}

Image conformImage(const cv::Mat& decoded, int size, int channels)
{
    if (size <= 0)
        return {};
    const cv::Mat converted = conformColours(decoded, channels);
    if (converted.empty())
        return {};
    // Shorter side to `size`, then the centre square.
    const int w = converted.cols, h = converted.rows;
    const double scale = double(size) / std::min(w, h);
    const int sw = std::max(size, int(std::lround(w * scale)));
    const int sh = std::max(size, int(std::lround(h * scale)));
    cv::Mat scaled;
    if (sw != w || sh != h)
        cv::resize(converted, scaled, cv::Size(sw, sh), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    else
        scaled = converted;
    cv::Mat square = scaled(cv::Rect((sw - size) / 2, (sh - size) / 2, size, size));

    Image image(size, size, channels);
    for (int y = 0; y < size; ++y)
        std::copy_n(square.ptr<std::uint8_t>(y), std::size_t(size) * channels, image.row(y));
    return image;
}

} // namespace latent
