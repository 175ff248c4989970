// SPDX-License-Identifier: MIT
#include "io/pngfile.h"

#include "base/studioerror.h"
#include "io/atomicfile.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace latent {

QByteArray encodePng(const Image& image)
{
    const int type = image.channels == 1 ? CV_8UC1 : CV_8UC3;
    const cv::Mat view(image.height, image.width, type, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat bgr;
    if (image.channels == 3)
        cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    else
        bgr = view;
    std::vector<std::uint8_t> bytes;
    cv::imencode(".png", bgr, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

void writePng(const std::string& path, const Image& image)
{
    writeFileAtomically(path, encodePng(image));
}

Image readImage(const std::string& path, int channels)
{
    const QByteArray bytes = readWholeFile(path);
    const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
    cv::Mat decoded;
    if (!bytes.isEmpty())
        decoded = cv::imdecode(raw, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
    if (decoded.empty())
        throw StudioError::badInput(path, "is not a readable image");
    if (channels == 3)
        cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
    Image image(decoded.cols, decoded.rows, channels);
    for (int y = 0; y < decoded.rows; ++y)
        std::copy_n(decoded.ptr<std::uint8_t>(y), std::size_t(decoded.cols) * channels, image.row(y));
    return image;
}

} // namespace latent
