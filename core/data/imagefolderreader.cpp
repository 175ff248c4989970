// SPDX-License-Identifier: MIT
#include "data/imagefolderreader.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/imageconform.h"
#include "io/imagedecode.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>


#include <algorithm>
#include <map>
#include <thread>

namespace latent {

std::vector<std::string> ImageFolderReader::listImages(const std::string& folder)
{
    std::vector<std::string> paths;
    QDirIterator it(QString::fromStdString(folder), {"*.png", "*.jpg", "*.jpeg", "*.bmp"}, QDir::Files,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext())
        paths.push_back(it.next().toStdString());
    std::sort(paths.begin(), paths.end());
    return paths;
}

ImageFolderReader::Classes ImageFolderReader::findClasses(const std::string& folder,
                                                          const std::vector<std::string>& paths)
{
    const QDir root(QFileInfo(QString::fromStdString(folder)).absoluteFilePath());
    std::vector<QString> folderOf;
    std::map<QString, int> classOf; // sorted: class i is the i-th subfolder by name
    Classes classes;
    for (const std::string& path : paths) {
        const QString relative = root.relativeFilePath(QFileInfo(QString::fromStdString(path)).absoluteFilePath());
        const qsizetype slash = relative.indexOf('/');
        folderOf.push_back(slash < 0 ? QString() : relative.left(slash));
        if (slash < 0)
            ++classes.atTop;
        else
            classOf.emplace(folderOf.back(), 0);
    }
    classes.subfolders = int(classOf.size());
    const bool byClass = classOf.size() >= 2 && classes.atTop == 0;
    for (auto& [name, index] : classOf) {
        index = int(classes.names.size());
        if (byClass)
            classes.names.push_back(name.toStdString());
    }
    for (const QString& name : folderOf)
        classes.labels.push_back(byClass ? classOf[name] : -1);
    return classes;
}

namespace {

// Decodes one file; returns a null Image and sets `problem` when it cannot.
Image decodeFile(const std::string& path, int size, int channels, std::string& problem)
{
    try {
        Image image = conformImage(readImageFile(path), size, channels);
        if (image.isNull())
            problem = translate("ImageFolderReader", "its pixel format is not supported");
        return image;
    } catch (const StudioError& e) {
        problem = e.problem();
        return {};
    }
}

} // namespace

ImageDataset ImageFolderReader::read(const std::string& folder, int size, int channels, const WarningSink& warn)
{
    const QFileInfo info(QString::fromStdString(folder));
    if (!info.exists())
        throw StudioError::badInput(folder, translate("ImageFolderReader", "the folder does not exist"));
    if (!info.isDir())
        throw StudioError::badInput(folder, translate("ImageFolderReader", "is not a folder"));
    const std::vector<std::string> paths = listImages(folder);
    if (paths.empty())
        throw StudioError::badInput(
            folder, translate("ImageFolderReader", "no PNG, JPEG or BMP images were found in the folder or below it"));

    // Decode in parallel into slots by index so the order stays the sorted one.
    std::vector<Image> images(paths.size());
    std::vector<std::string> problems(paths.size());
    const unsigned workers = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            for (std::size_t i = w; i < paths.size(); i += workers)
                images[i] = decodeFile(paths[i], size, channels, problems[i]);
        });
    for (auto& t : threads)
        t.join();

    std::vector<std::string> usable;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (!images[i].isNull())
            usable.push_back(paths[i]);
    const Classes classes = findClasses(folder, usable);
    if (classes.names.empty() && classes.atTop > 0 && classes.subfolders >= 2 && warn)
        //: %1 is a folder, %2 a number of images
        warn(translate("ImageFolderReader", "%1: %2 images sit beside the class subfolders rather than in one; the "
                                            "images train without classes")
                 .arg(folder)
                 .arg(classes.atTop));

    ImageDataset dataset(size, channels);
    dataset.reserve(paths.size());
    for (std::size_t i = 0, next = 0; i < paths.size(); ++i) {
        if (images[i].isNull()) {
            if (warn)
                //: %1 is a file name, %2 why it could not be read
                warn(translate("ImageFolderReader", "%1: skipped, %2").arg(paths[i]).arg(problems[i]));
            continue;
        }
        dataset.append(images[i], classes.labels[next++]);
    }
    if (!classes.names.empty()) {
        // A class subfolder with nothing usable is not a class.
        if (warn) {
            const QDir root(info.absoluteFilePath());
            for (const QString& sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (std::find(classes.names.begin(), classes.names.end(), sub.toStdString()) == classes.names.end())
                    //: %1 is a folder
                    warn(translate("ImageFolderReader", "%1: holds no usable images, so it is not a class")
                             .arg(root.filePath(sub)));
        }
        dataset.setClassNames(classes.names);
    }
    if (dataset.empty())
        throw StudioError::badInput(
            folder,
            translate("ImageFolderReader", "none of the %1 image files in the folder could be read").arg(paths.size()));
    return dataset;
}

} // namespace latent
