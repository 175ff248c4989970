// SPDX-License-Identifier: MIT
#include "io/animationfile.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"
#include "io/gifwriter.h"
#include "io/pngfile.h"

#include <QDir>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace latent {

AnimationFile::Kind AnimationFile::kindOf(const std::string& path)
{
    const QString lower = QString::fromStdString(path).toLower();
    if (lower.endsWith(".mp4"))
        return Kind::Mp4;
    if (lower.endsWith(".gif"))
        return Kind::Gif;
    return Kind::Folder;
}

namespace {

void writeMp4(const std::string& path, const std::vector<Image>& frames, double fps)
{
    const auto temporary = temporaryFileFor(path);
    const Image& first = frames.front();
    // MPEG-4 encoders want even sizes: odd frames get one more column or row.
    const int padRight = first.width % 2, padBottom = first.height % 2;
    {
        cv::VideoWriter writer(temporary->fileName().toStdString(), cv::VideoWriter::fourcc('m', 'p', '4', 'v'), fps,
                               cv::Size(first.width + padRight, first.height + padBottom), true);
        if (!writer.isOpened())
            throw StudioError::failure(
                path, translate("AnimationFile", "this OpenCV cannot write MPEG-4 video (no FFmpeg backend?)"));
        cv::Mat bgr;
        for (const Image& frame : frames) {
            const cv::Mat view(frame.height, frame.width, frame.channels == 1 ? CV_8UC1 : CV_8UC3,
                               const_cast<std::uint8_t*>(frame.pixels.data()));
            cv::cvtColor(view, bgr, frame.channels == 1 ? cv::COLOR_GRAY2BGR : cv::COLOR_RGB2BGR);
            if (padRight || padBottom)
                cv::copyMakeBorder(bgr, bgr, 0, padBottom, 0, padRight, cv::BORDER_REPLICATE);
            writer.write(bgr);
        }
    }
    // VideoWriter reports no write errors (a full disk): count the frames back.
    int written = 0;
    try {
        written = AnimationFile::inspect(temporary->fileName().toStdString()).frames;
    } catch (const StudioError&) {
        written = 0; // not even readable
    }
    if (written != int(frames.size()))
        //: %1 is the number of frames written, %2 the number there should be
        throw StudioError::failure(path, translate("AnimationFile", "the video could not be written whole "
                                                                    "(%1 of %2 frames; is the disk full?)")
                                             .arg(written)
                                             .arg(frames.size()));
    publishTemporaryFile(*temporary, path);
}

} // namespace

void AnimationFile::write(const std::string& path, const std::vector<Image>& frames, double fps)
{
    if (frames.empty())
        throw StudioError::failure(path, translate("AnimationFile", "there are no frames to write"));
    switch (kindOf(path)) {
    case Kind::Mp4: writeMp4(path, frames, fps); return;
    case Kind::Gif: GifWriter::write(path, frames, fps); return;
    case Kind::Folder: {
        const QDir dir(QString::fromStdString(path));
        if (!QDir().mkpath(dir.path()))
            throw StudioError::failure(path, translate("AnimationFile", "cannot create the folder"));
        for (std::size_t i = 0; i < frames.size(); ++i)
            writePng(dir.filePath(QString("frame-%1.png").arg(i, 5, 10, QChar('0'))).toStdString(), frames[i]);
        return;
    }
    }
}

AnimationFile::Info AnimationFile::inspect(const std::string& path)
{
    Info info;
    switch (kindOf(path)) {
    case Kind::Gif: info.frames = GifWriter::countFrames(path, &info.width, &info.height); return info;
    case Kind::Mp4: {
        cv::VideoCapture video(path);
        if (!video.isOpened())
            throw StudioError::badInput(path, translate("AnimationFile", "is not a video OpenCV can open"));
        cv::Mat frame;
        while (video.read(frame)) {
            ++info.frames;
            info.width = frame.cols;
            info.height = frame.rows;
        }
        return info;
    }
    case Kind::Folder: {
        const QStringList names =
            QDir(QString::fromStdString(path)).entryList({"frame-*.png"}, QDir::Files, QDir::Name);
        info.frames = int(names.size());
        if (!names.isEmpty()) {
            const Image first = readImage(QDir(QString::fromStdString(path)).filePath(names.first()).toStdString(), 3);
            info.width = first.width;
            info.height = first.height;
        }
        return info;
    }
    }
    return info;
}

} // namespace latent
