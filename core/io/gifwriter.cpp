// SPDX-License-Identifier: MIT
#include "io/gifwriter.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <gif_lib.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace latent {

namespace {

std::string gifError(int code)
{
    const char* text = GifErrorString(code);
    return text ? std::string(text) : translate("GifWriter", "unknown GIF error").str();
}

[[noreturn]] void writeFailed(const std::string& path, int code)
{
    throw StudioError::failure(path, translate("GifWriter", "writing the GIF failed: %1").arg(gifError(code)));
}

struct GifCloser {
    void operator()(GifFileType* gif) const
    {
        int error = 0;
        EGifCloseFile(gif, &error);
    }
};

void putFrame(GifFileType* gif, const Image& frame, int delayCentiseconds, const std::string& path)
{
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.DelayTime = delayCentiseconds;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR)
        writeFailed(path, gif->Error);

    const std::size_t pixels = std::size_t(frame.width) * frame.height;
    std::vector<GifByteType> red(pixels), green(pixels), blue(pixels), indices(pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
        const std::uint8_t* p = frame.pixels.data() + i * frame.channels;
        red[i] = p[0];
        green[i] = frame.channels == 3 ? p[1] : p[0];
        blue[i] = frame.channels == 3 ? p[2] : p[0];
    }
    std::unique_ptr<ColorMapObject, void (*)(ColorMapObject*)> palette(GifMakeMapObject(256, nullptr),
                                                                       GifFreeMapObject);
    int paletteSize = 256;
    if (!palette || GifQuantizeBuffer(unsigned(frame.width), unsigned(frame.height), &paletteSize, red.data(),
                                      green.data(), blue.data(), indices.data(), palette->Colors) == GIF_ERROR)
        throw StudioError::failure(path, translate("GifWriter", "could not reduce a frame to 256 colours"));
    if (EGifPutImageDesc(gif, 0, 0, frame.width, frame.height, false, palette.get()) == GIF_ERROR)
        writeFailed(path, gif->Error);
    for (int y = 0; y < frame.height; ++y)
        if (EGifPutLine(gif, indices.data() + std::size_t(y) * frame.width, frame.width) == GIF_ERROR)
            writeFailed(path, gif->Error);
}

} // namespace

void GifWriter::write(const std::string& path, const std::vector<Image>& frames, double fps)
{
    if (frames.empty())
        throw StudioError::failure(path, translate("GifWriter", "there are no frames to write"));
    const auto temporary = temporaryFileFor(path);
    const std::string tempPath = temporary->fileName().toStdString();
    {
        int error = 0;
        std::unique_ptr<GifFileType, GifCloser> gif(EGifOpenFileName(tempPath.c_str(), false, &error));
        if (!gif)
            throw StudioError::failure(path, translate("GifWriter", "cannot write the GIF: %1").arg(gifError(error)));
        EGifSetGifVersion(gif.get(), true);
        const Image& first = frames.front();
        if (EGifPutScreenDesc(gif.get(), first.width, first.height, 8, 0, nullptr) == GIF_ERROR)
            writeFailed(path, gif->Error);
        // The NETSCAPE2.0 block: loop for ever.
        const GifByteType loop[3] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif.get(), APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
            || EGifPutExtensionBlock(gif.get(), 11, "NETSCAPE2.0") == GIF_ERROR
            || EGifPutExtensionBlock(gif.get(), 3, loop) == GIF_ERROR
            || EGifPutExtensionTrailer(gif.get()) == GIF_ERROR)
            writeFailed(path, gif->Error);
        const int delay = std::max(2, int(std::lround(100.0 / std::max(1.0, fps))));
        for (const Image& frame : frames)
            putFrame(gif.get(), frame, delay, path);
        GifFileType* raw = gif.release();
        if (EGifCloseFile(raw, &error) == GIF_ERROR)
            throw StudioError::failure(
                path, translate("GifWriter", "finishing the GIF failed (is the disk full?): %1").arg(gifError(error)));
    }
    publishTemporaryFile(*temporary, path);
}

int GifWriter::countFrames(const std::string& path, int* width, int* height)
{
    int error = 0;
    GifFileType* gif = DGifOpenFileName(path.c_str(), &error);
    if (!gif)
        throw StudioError::badInput(path, translate("GifWriter", "is not a readable GIF: %1").arg(gifError(error)));
    const bool ok = DGifSlurp(gif) == GIF_OK;
    const int frames = ok ? gif->ImageCount : 0;
    if (width)
        *width = gif->SWidth;
    if (height)
        *height = gif->SHeight;
    DGifCloseFile(gif, &error);
    if (!ok)
        throw StudioError::badInput(path, translate("GifWriter", "the GIF is truncated or corrupt"));
    return frames;
}

} // namespace latent
