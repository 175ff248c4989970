// SPDX-License-Identifier: MIT
// Writes the fuzzers' seed corpora into OUT/<fuzzer>/, and OUT/projectjson.dict,
// all made here (nothing binary is kept in the repository):
//   idx/          MNIST-like images files, plain and gzip (one and two members)
//   cifar/        CIFAR-10 batches of one to three records
//   projectjson/  project.json as the project itself writes it, for several settings
//   imageheader/  small PNG, JPEG, BMP (OpenCV's encoders) and GIF (by hand) files
// Usage: make_fuzz_seeds OUT

#include "project/projectconfig.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <zlib.h>

#include <cstdio>
#include <vector>

using latent::DatasetSpec;
using latent::ModelSpec;
using latent::ProjectConfig;

namespace {

QString g_out;

void save(const QString& fuzzer, const QString& name, const QByteArray& bytes)
{
    const QString dir = g_out + "/" + fuzzer;
    QDir().mkpath(dir);
    QFile file(dir + "/" + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

void putBigEndian32(QByteArray& bytes, quint32 value)
{
    bytes.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void putLittleEndian16(QByteArray& bytes, quint16 value)
{
    bytes.append(char(value & 0xFF)).append(char(value >> 8));
}

// A gzip member holding `bytes`, as gzip(1) would write it.
QByteArray gzip(const QByteArray& bytes)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(bytes.size())) + 32), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

// An IDX images file (magic 0x00000803) of `count` images, each a gradient.
QByteArray idxImages(quint32 count, quint32 rows, quint32 cols)
{
    QByteArray bytes("\x00\x00\x08\x03", 4);
    putBigEndian32(bytes, count);
    putBigEndian32(bytes, rows);
    putBigEndian32(bytes, cols);
    for (quint32 i = 0; i < count; ++i)
        for (quint32 y = 0; y < rows; ++y)
            for (quint32 x = 0; x < cols; ++x)
                bytes.append(char((i * 40 + y * 9 + x * 5) & 0xFF));
    return bytes;
}

void idxSeeds()
{
    const QByteArray mnist = idxImages(3, 28, 28);
    save("idx", "mnist-3x28x28", mnist);
    save("idx", "mnist-3x28x28.gz", gzip(mnist));
    save("idx", "small-5x8x6", idxImages(5, 8, 6));
    save("idx", "small-5x8x6.gz", gzip(idxImages(5, 8, 6)));
    save("idx", "one-1x1", idxImages(1, 1, 1));
    save("idx", "wide-2x3x40", idxImages(2, 3, 40));
    // Two gzip members one after the other (gzip -c a b): one stream to readers.
    const QByteArray two = idxImages(4, 10, 10);
    save("idx", "two-members.gz", gzip(two.left(200)) + gzip(two.mid(200)));
}

// A CIFAR-10 record: a label byte, then 32x32 planes of red, green, blue.
QByteArray cifarRecord(int label, int shade)
{
    QByteArray bytes(1, char(label));
    for (int plane = 0; plane < 3; ++plane)
        for (int i = 0; i < 32 * 32; ++i)
            bytes.append(char((i * (plane + 1) + shade) & 0xFF));
    return bytes;
}

void cifarSeeds()
{
    save("cifar", "one-record", cifarRecord(3, 0));
    save("cifar", "two-records", cifarRecord(0, 10) + cifarRecord(9, 200));
    save("cifar", "three-records", cifarRecord(1, 1) + cifarRecord(5, 50) + cifarRecord(7, 99));
}

// Every key and string value of `json`, as JSON tokens for the dictionary.
void collectTokens(const QJsonValue& value, QSet<QString>& tokens)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            tokens.insert("\"" + it.key() + "\"");
            collectTokens(it.value(), tokens);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectTokens(item, tokens);
    } else if (value.isString()) {
        tokens.insert("\"" + value.toString() + "\"");
    }
}

void projectSeeds()
{
    std::vector<std::pair<QString, ProjectConfig>> configs;
    configs.emplace_back("defaults", ProjectConfig::defaults());
    ProjectConfig vae = ProjectConfig::defaults();
    vae.model.family = ModelSpec::Family::Vae;
    vae.model.recon = ModelSpec::ReconLoss::Mse;
    vae.applyModelDefaults();
    vae.dataset.source = DatasetSpec::Source::ImageFolder;
    vae.dataset.path = "/data/faces";
    configs.emplace_back("vae-folder", vae);
    ProjectConfig wgan = ProjectConfig::defaults();
    wgan.model.loss = ModelSpec::GanLoss::WganGp;
    wgan.applyModelDefaults();
    wgan.model.imageSize = 32;
    wgan.model.channels = 3;
    wgan.dataset.source = DatasetSpec::Source::Cifar10;
    wgan.dataset.path = "/data/cifar-10-batches-bin";
    wgan.training.device = "cuda";
    configs.emplace_back("wgan-gp-cifar", wgan);
    ProjectConfig hinge = ProjectConfig::defaults();
    hinge.model.loss = ModelSpec::GanLoss::Hinge;
    hinge.dataset.source = DatasetSpec::Source::Idx;
    hinge.dataset.path = "/data/mnist/train-images-idx3-ubyte.gz";
    hinge.dataset.horizontalFlip = true;
    hinge.training.seed = 9007199254740991ull;
    hinge.training.steps = 5000000000LL;
    configs.emplace_back("hinge-idx", hinge);
    ProjectConfig lsgan = ProjectConfig::defaults();
    lsgan.model.loss = ModelSpec::GanLoss::Lsgan;
    lsgan.dataset.source = DatasetSpec::Source::Auto;
    lsgan.dataset.path = "relative/path";
    lsgan.training.threads = 2;
    configs.emplace_back("lsgan-auto", lsgan);

    QSet<QString> tokens;
    for (const auto& [name, config] : configs) {
        const QJsonObject json = config.toJson();
        save("projectjson", name + ".json", QJsonDocument(json).toJson(QJsonDocument::Indented));
        save("projectjson", name + "-compact.json", QJsonDocument(json).toJson(QJsonDocument::Compact));
        collectTokens(json, tokens);
    }
    // Only the required parts: every setting takes its default.
    const QJsonObject sparse{{"format", "latent-studio-project"},
                             {"format_version", ProjectConfig::kFormatVersion},
                             {"dataset", QJsonObject{}},
                             {"model", QJsonObject{}},
                             {"training", QJsonObject{}}};
    save("projectjson", "sparse.json", QJsonDocument(sparse).toJson(QJsonDocument::Compact));

    // The dictionary: our keys and names plus JSON's own punctuation and literals.
    for (const char* extra : {"true", "false", "null", "{", "}", "[", "]", ":", ",", "1e308", "-0", "9007199254740993",
                              "\"synthetic-digits\"", "\"idx\"", "\"cifar10\"", "\"vae\"", "\"dcgan\"", "\"bce\"",
                              "\"mse\"", "\"wgan-gp\"", "\"hinge\"", "\"lsgan\"", "\"cpu\"", "\"auto\""})
        tokens.insert(extra);
    QStringList sorted(tokens.begin(), tokens.end());
    sorted.sort();
    QByteArray dict("# JSON tokens for fuzz_projectjson, written by make_fuzz_seeds\n");
    for (QString token : sorted)
        dict += "\"" + token.replace("\\", "\\\\").replace("\"", "\\\"").toUtf8() + "\"\n";
    QFile file(g_out + "/projectjson.dict");
    if (!file.open(QIODevice::WriteOnly) || file.write(dict) != dict.size())
        std::exit(1);
}

QByteArray encoded(const char* extension, const cv::Mat& image, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    if (!cv::imencode(extension, image, bytes, params)) {
        std::fprintf(stderr, "OpenCV cannot encode %s\n", extension);
        std::exit(1);
    }
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// A GIF89a of w x h with a two-colour palette and one LZW-coded image.
QByteArray gif(quint16 w, quint16 h)
{
    QByteArray bytes("GIF89a");
    putLittleEndian16(bytes, w);
    putLittleEndian16(bytes, h);
    bytes.append(char(0x80)).append('\0').append('\0'); // global palette of 2 entries
    bytes.append(QByteArray("\x00\x00\x00\xFF\xFF\xFF", 6));
    bytes.append(',');
    putLittleEndian16(bytes, 0);
    putLittleEndian16(bytes, 0);
    putLittleEndian16(bytes, w);
    putLittleEndian16(bytes, h);
    bytes.append('\0');
    // Minimum code size 2: clear code, one pixel of colour 0, end code; a short block.
    bytes.append('\x02').append('\x02').append(QByteArray("\x44\x01", 2)).append('\0');
    bytes.append(';');
    return bytes;
}

void imageSeeds()
{
    cv::Mat bgr(6, 10, CV_8UC3);
    for (int y = 0; y < bgr.rows; ++y)
        for (int x = 0; x < bgr.cols; ++x)
            bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 20), uchar(y * 40), 128);
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::Mat bgra;
    cv::cvtColor(bgr, bgra, cv::COLOR_BGR2BGRA);
    cv::Mat deep;
    bgr.convertTo(deep, CV_16UC3, 256.0);

    save("imageheader", "rgb-10x6.png", encoded(".png", bgr));
    save("imageheader", "gray-10x6.png", encoded(".png", gray));
    save("imageheader", "rgba-10x6.png", encoded(".png", bgra));
    save("imageheader", "rgb16-10x6.png", encoded(".png", deep));
    save("imageheader", "rgb-10x6.jpg", encoded(".jpg", bgr, {cv::IMWRITE_JPEG_QUALITY, 50}));
    save("imageheader", "gray-10x6.jpg", encoded(".jpg", gray));
    save("imageheader", "progressive-10x6.jpg", encoded(".jpg", bgr, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}));
    save("imageheader", "rgb-10x6.bmp", encoded(".bmp", bgr));
    save("imageheader", "gray-10x6.bmp", encoded(".bmp", gray));
    save("imageheader", "one-1x1.gif", gif(1, 1));
    save("imageheader", "wide-300x2.gif", gif(300, 2));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT\n", argv[0]);
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    idxSeeds();
    cifarSeeds();
    projectSeeds();
    imageSeeds();
    std::printf("seed corpora written to %s\n", argv[1]);
    return 0;
}
