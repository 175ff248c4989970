// SPDX-License-Identifier: MIT
#include "data/syntheticdigits.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <thread>

namespace latent {
namespace {

// SplitMix64: a tiny, well-mixed generator whose output is the same on every
// platform (std::uniform_*_distribution is not).
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * 0x1.0p-53; }
    int pick(int n) { return int(next() % std::uint64_t(n)); }
};

// Drawn large, then shrunk with area averaging for clean anti-aliased strokes.
constexpr int kCanvas = 96;

} // namespace

Image SyntheticDigits::render(std::size_t index, int size, int channels, std::uint64_t seed)
{
    SplitMix rng{seed * 0x2545F4914F6CDD1Dull + index * 0x9E3779B97F4A7C15ull + 1};
    rng.next();
    const int digit = int(index % 10);
    static const int kFonts[] = {cv::FONT_HERSHEY_SIMPLEX, cv::FONT_HERSHEY_DUPLEX, cv::FONT_HERSHEY_COMPLEX,
                                 cv::FONT_HERSHEY_TRIPLEX, cv::FONT_HERSHEY_PLAIN};
    int font = kFonts[rng.pick(5)];
    if (rng.pick(4) == 0)
        font |= cv::FONT_ITALIC;
    const int thickness = 4 + rng.pick(7);
    const std::string text(1, char('0' + digit));

    // Scale the glyph so its height fills about 60% of the canvas, as MNIST's
    // digits fill a 20x20 box inside 28x28.
    int baseline = 0;
    const cv::Size unit = cv::getTextSize(text, font, 1.0, thickness, &baseline);
    const double fontScale = kCanvas * 0.6 / std::max(1, unit.height);
    const cv::Size glyph = cv::getTextSize(text, font, fontScale, thickness, &baseline);
    cv::Mat canvas(kCanvas, kCanvas, CV_8UC1, cv::Scalar(0));
    const cv::Point origin((kCanvas - glyph.width) / 2, (kCanvas + glyph.height) / 2);
    cv::putText(canvas, text, origin, font, fontScale, cv::Scalar(255), thickness, cv::LINE_AA);

    // Random affine jitter about the centre: rotation, shear, scale, shift.
    const double angle = rng.uniform(-15.0, 15.0) * CV_PI / 180.0;
    const double shear = rng.uniform(-0.25, 0.25);
    const double scale = rng.uniform(0.8, 1.1);
    const double shiftX = rng.uniform(-0.07, 0.07) * kCanvas;
    const double shiftY = rng.uniform(-0.07, 0.07) * kCanvas;
    const double c = std::cos(angle) * scale, s = std::sin(angle) * scale;
    // M = R*S*Shear, then move the centre back (plus the shift).
    const double a = c, b = c * shear - s, d = s, e = s * shear + c;
    const double centre = kCanvas / 2.0;
    cv::Mat affine = (cv::Mat_<double>(2, 3) << a, b, centre - a * centre - b * centre + shiftX, d, e,
                      centre - d * centre - e * centre + shiftY);
    cv::Mat warped;
    cv::warpAffine(canvas, warped, affine, canvas.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));

    cv::Mat small;
    cv::resize(warped, small, cv::Size(size, size), 0, 0, cv::INTER_AREA);

    Image image(size, size, channels);
    if (channels == 1) {
        std::copy(small.data, small.data + std::size_t(size) * size, image.pixels.begin());
    } else {
        // A bright random colour: each channel between 40% and 100%.
        double colour[3];
        for (double& v : colour)
            v = rng.uniform(0.4, 1.0);
        colour[rng.pick(3)] = 1.0;
        for (std::size_t i = 0; i < std::size_t(size) * size; ++i)
            for (int ch = 0; ch < channels; ++ch)
                image.pixels[i * channels + ch] = std::uint8_t(std::lround(small.data[i] * colour[ch % 3]));
    }
    return image;
}

std::vector<std::string> SyntheticDigits::classNames()
{
    std::vector<std::string> names;
    for (char digit = '0'; digit <= '9'; ++digit)
        names.emplace_back(1, digit);
    return names;
}

ImageDataset SyntheticDigits::generate(std::size_t count, int size, int channels, std::uint64_t seed)
{
    // Render in parallel into a preallocated list; images depend only on their index.
    std::vector<Image> images(count);
    const unsigned workers = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            for (std::size_t i = w; i < count; i += workers)
                images[i] = render(i, size, channels, seed);
        });
    for (auto& t : threads)
        t.join();

    ImageDataset dataset(size, channels);
    dataset.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        dataset.append(images[i], int(i % 10));
    dataset.setClassNames(classNames());
    return dataset;
}

} // namespace latent
