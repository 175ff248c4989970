// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

#include <vector>

namespace latent {

// Where a picture of the Explore tab came from, written into its PNG.
struct PreviewOrigin {
    QString modelHash;
    qint64 step = -1;
    int seed = 0;
    double truncation = 1.0;
    std::vector<float> z;
    QString className; // a conditional model's class; empty for none
};

// Saves `preview` (gray or colour, at the model's resolution) as a PNG with
// `origin` in its text chunks (latent-studio.seed, .z, .class...). False
// when it cannot be written.
bool writePreviewPng(const QString& path, const QImage& preview, const PreviewOrigin& origin);

} // namespace latent
