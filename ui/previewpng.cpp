// SPDX-License-Identifier: MIT
#include "previewpng.h"

#include "base/image.h"
#include "base/studioerror.h"
#include "io/pngfile.h"

#include <QStringList>

#include <algorithm>

namespace latent {

bool writePreviewPng(const QString& path, const QImage& preview, const PreviewOrigin& origin)
{
    if (preview.isNull())
        return false;
    const QImage rgb =
        preview.format() == QImage::Format_Grayscale8 ? preview : preview.convertToFormat(QImage::Format_RGB888);
    const int channels = rgb.format() == QImage::Format_Grayscale8 ? 1 : 3;
    Image image(rgb.width(), rgb.height(), channels);
    for (int y = 0; y < rgb.height(); ++y)
        std::copy_n(rgb.constScanLine(y), std::size_t(rgb.width()) * channels, image.row(y));
    QStringList z;
    for (float v : origin.z)
        z << QString::number(double(v), 'g', 9);
    PngText text = {softwareText(),
                    {"latent-studio.model_sha256", origin.modelHash.toStdString()},
                    {"latent-studio.step", std::to_string(origin.step)},
                    {"latent-studio.seed", std::to_string(origin.seed)},
                    {"latent-studio.truncation", QString::number(origin.truncation).toStdString()},
                    {"latent-studio.z", ("[" + z.join(',') + "]").toStdString()}};
    if (!origin.className.isEmpty())
        text.emplace_back("latent-studio.class", origin.className.toStdString());
    try {
        writePng(path.toStdString(), image, text);
        return true;
    } catch (const StudioError&) {
        return false;
    }
}

} // namespace latent
