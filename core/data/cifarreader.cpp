// SPDX-License-Identifier: MIT
#include "data/cifarreader.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/classnames.h"
#include "data/imageconform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>

namespace latent {
namespace {
constexpr int kSide = 32;
constexpr std::size_t kRecord = 1 + 3 * kSide * kSide;

void requireWholeRecords(std::size_t length, const std::string& name)
{
    if (length == 0 || length % kRecord != 0)
        //: %1 is the file's size in bytes, %2 the size of one record in bytes
        throw StudioError::badInput(name, translate("CifarReader", "the file is truncated or not a CIFAR-10 batch: %1 "
                                                                   "bytes is not a whole number of %2-byte records")
                                              .arg(length)
                                              .arg(kRecord));
}
} // namespace

std::vector<std::string> CifarReader::findBatchFiles(const std::string& path)
{
    const QFileInfo info(QString::fromStdString(path));
    if (info.isFile())
        return {path};
    if (!info.isDir())
        return {};
    QDir dir(info.filePath());
    // The usual archive unpacks into cifar-10-batches-bin/.
    if (dir.entryList({"data_batch_*.bin", "test_batch.bin"}, QDir::Files).isEmpty()
        && dir.exists("cifar-10-batches-bin"))
        dir.cd("cifar-10-batches-bin");
    QStringList names = dir.entryList({"data_batch_*.bin"}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        names = dir.entryList({"test_batch.bin"}, QDir::Files);
    std::vector<std::string> files;
    for (const QString& name : names)
        files.push_back(dir.filePath(name).toStdString());
    return files;
}

void CifarReader::appendBatch(const std::uint8_t* data, std::size_t length, const std::string& name,
                              ImageDataset& dataset)
{
    requireWholeRecords(length, name);
    const std::size_t records = length / kRecord;
    dataset.reserve(dataset.count() + records);
    cv::Mat bgr(kSide, kSide, CV_8UC3);
    for (std::size_t r = 0; r < records; ++r) {
        const std::uint8_t* record = data + r * kRecord;
        if (record[0] > 9)
            throw StudioError::badInput(
                name,
                translate("CifarReader", "record %1 has label %2 (CIFAR-10 labels are 0-9)").arg(r).arg(record[0]));
        const std::uint8_t* planes = record + 1;
        for (int i = 0; i < kSide * kSide; ++i) {
            std::uint8_t* px = bgr.data + i * 3;
            px[0] = planes[2 * kSide * kSide + i];
            px[1] = planes[kSide * kSide + i];
            px[2] = planes[i];
        }
        dataset.append(conformImage(bgr, dataset.size(), dataset.channels()), record[0]);
    }
}

ImageDataset CifarReader::read(const std::string& path, int size, int channels, const WarningSink& warn)
{
    const auto files = findBatchFiles(path);
    if (files.empty())
        throw StudioError::badInput(
            path, translate("CifarReader", "no CIFAR-10 binary batches (data_batch_1.bin ...) were found"));

    ImageDataset dataset(size, channels);
    for (const std::string& name : files) {
        QFile file(QString::fromStdString(name));
        if (!file.open(QIODevice::ReadOnly))
            throw StudioError::badInput(name,
                                        translate("CifarReader", "cannot open the file: %1").arg(file.errorString()));
        requireWholeRecords(std::size_t(file.size()), name); // before reading what may be a large foreign file
        const QByteArray raw = file.readAll();
        if (raw.size() != file.size())
            throw StudioError::badInput(name, translate("CifarReader", "could not read the whole file"));
        appendBatch(reinterpret_cast<const std::uint8_t*>(raw.constData()), std::size_t(raw.size()), name, dataset);
    }
    // The archive names its classes in batches.meta.txt; they are CIFAR-10's
    // own ten when it is missing.
    const std::string meta =
        QFileInfo(QString::fromStdString(files.front())).dir().filePath("batches.meta.txt").toStdString();
    std::vector<std::string> names = classnames::readFile(meta, 10, warn);
    if (names.empty())
        names = classnames::cifar10();
    classnames::apply(dataset, std::move(names), files.front(), warn);
    return dataset;
}

} // namespace latent
