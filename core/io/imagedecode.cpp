// SPDX-License-Identifier: MIT
#include "io/imagedecode.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"
#include "io/imageheader.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace latent {
namespace {

// A 100-megapixel image compresses to far less; OpenCV takes an int length.
constexpr qsizetype kMaxFileBytes = qsizetype(1) << 30;

// Decoders fill a cut-off JPEG with grey and carry on; the end marker tells.
bool endsProperly(const QByteArray& bytes, const std::string& format)
{
    const QByteArray tail = bytes.right(4096);
    if (format == "JPEG")
        return tail.contains("\xFF\xD9");
    if (format == "PNG")
        return tail.contains("IEND");
    return true;
}

cv::Mat upright(const cv::Mat& image, int orientation)
{
    cv::Mat turned;
    switch (orientation) {
    case 2: cv::flip(image, turned, 1); break;
    case 3: cv::rotate(image, turned, cv::ROTATE_180); break;
    case 4: cv::flip(image, turned, 0); break;
    case 5: cv::transpose(image, turned); break;
    case 6: cv::rotate(image, turned, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::transpose(image, turned); cv::rotate(turned, turned, cv::ROTATE_180); break;
    case 8: cv::rotate(image, turned, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: return image;
    }
    return turned;
}

} // namespace

cv::Mat decodeImage(const QByteArray& bytes, const std::string& path)
{
    if (bytes.size() > kMaxFileBytes)
        throw StudioError::badInput(
            path, translate("ImageDecode", "the file is larger than 1 GB; the studio does not read images that big"));
    const ImageHeader header =
        readImageHeader(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()), path);
    if (!endsProperly(bytes, header.format))
        //: %1 is the image format: PNG, JPEG or BMP
        throw StudioError::badInput(
            path, translate("ImageDecode", "the %1 is truncated (its end marker is missing)").arg(header.format));
    const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
    cv::Mat decoded;
    try {
        // UNCHANGED keeps alpha and 16-bit samples; it also skips OpenCV's
        // EXIF rotation, which upright() does instead.
        decoded = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        decoded.release();
    }
    if (decoded.empty() || decoded.cols != header.width || decoded.rows != header.height)
        //: %1 is the image format: PNG, JPEG or BMP
        throw StudioError::badInput(
            path, translate("ImageDecode", "the %1 could not be decoded (it is corrupt)").arg(header.format));
    return upright(decoded, header.orientation);
}

cv::Mat readImageFile(const std::string& path)
{
    const QByteArray bytes = readWholeFile(path);
    return decodeImage(bytes, path);
}

} // namespace latent
