// SPDX-License-Identifier: MIT
#include "data/classnames.h"

#include "base/usertext.h"

#include <QFile>
#include <QFileInfo>

namespace latent::classnames {

std::vector<std::string> readFile(const std::string& path, int count, const WarningSink& warn)
{
    QFile file(QString::fromStdString(path));
    if (!QFileInfo(file).isFile())
        return {};
    std::vector<std::string> names;
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // A class-name list is small; anything longer is not one.
        const QByteArray text = file.read(64 * 1024);
        for (const QByteArray& line : text.split('\n')) {
            const QString name = QString::fromUtf8(line).trimmed();
            if (!name.isEmpty())
                names.push_back(name.toStdString());
        }
    }
    if (int(names.size()) != count) {
        if (warn)
            //: %1 is a file, %2 and %3 numbers of class names
            warn(translate("ClassNames", "%1: holds %2 class names for %3 classes; the classes are numbered instead")
                     .arg(path)
                     .arg(names.size())
                     .arg(count));
        return {};
    }
    return names;
}

std::vector<std::string> cifar10()
{
    return {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"};
}

std::vector<std::string> fashionMnist()
{
    return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
}

std::vector<std::string> numbered(int count)
{
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i)
        names.push_back(std::to_string(i));
    return names;
}

void apply(ImageDataset& dataset, std::vector<std::string> names, const std::string& labelFile,
           const WarningSink& warn)
{
    const int count = int(names.size());
    std::vector<std::size_t> perClass(names.size(), 0);
    for (std::size_t i = 0; i < dataset.labels().size(); ++i) {
        const int label = dataset.labels()[i];
        if (label < 0 || label >= count) {
            dataset.dropLabels();
            if (warn)
                //: %1 is a label file, %2 an image's number, %3 its label, %4 the number of classes
                warn(translate("ClassNames", "%1: image %2 has label %3, outside the %4 classes; the images train "
                                             "without labels")
                         .arg(labelFile)
                         .arg(i)
                         .arg(label)
                         .arg(count));
            return;
        }
        ++perClass[std::size_t(label)];
    }
    // Classes no image has are left out (a subset of CIFAR-10, say): the
    // labels are renumbered over the classes that remain.
    std::vector<int> renumbered(names.size(), -1);
    std::vector<std::string> kept;
    std::string missing;
    for (int c = 0; c < count; ++c) {
        if (perClass[std::size_t(c)] == 0) {
            missing += (missing.empty() ? "" : ", ") + names[std::size_t(c)];
            continue;
        }
        renumbered[std::size_t(c)] = int(kept.size());
        kept.push_back(names[std::size_t(c)]);
    }
    if (!missing.empty()) {
        std::vector<int> labels = dataset.labels();
        for (int& label : labels)
            label = renumbered[std::size_t(label)];
        dataset.setLabels(std::move(labels));
        if (warn)
            //: %1 is a label file, %2 a list of class names, %3 a number of classes
            warn(translate("ClassNames", "%1: no image has the label of %2; the other %3 classes are kept")
                     .arg(labelFile)
                     .arg(missing)
                     .arg(kept.size()));
    }
    dataset.setClassNames(std::move(kept));
}

} // namespace latent::classnames
