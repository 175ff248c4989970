// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"
#include "data/warningsink.h"

#include <string>
#include <vector>

namespace latent {

// Names for the classes of a labelled data set, from where users keep them.
namespace classnames {

// A text file of class names, one per line (blank lines skipped): CIFAR-10's
// batches.meta.txt, or classes.txt beside IDX files. Empty when the file is
// missing; when it exists but does not hold `count` names, empty with a
// warning naming it.
std::vector<std::string> readFile(const std::string& path, int count, const WarningSink& warn);

// CIFAR-10's ten classes, in label order.
std::vector<std::string> cifar10();
// Fashion-MNIST's ten classes, in label order.
std::vector<std::string> fashionMnist();
// "0", "1", ... "count-1".
std::vector<std::string> numbered(int count);

// Names `dataset`'s labels (read from `labelFile`) with `names`. A label that
// indexes no name drops the labels (the data set trains without them); classes
// no image has are left out and the labels renumbered. Either is reported to
// `warn`, naming the file.
void apply(ImageDataset& dataset, std::vector<std::string> names, const std::string& labelFile,
           const WarningSink& warn);

} // namespace classnames
} // namespace latent
