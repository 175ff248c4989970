// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace latent {

// Everything the Explore tab's latent vector is made of, for undo and redo:
// the seed, the edited base vector, truncation, the direction offsets, and
// a conditional model's class.
struct ExploreState {
    int seed = 0;
    std::vector<float> base;
    double truncation = 1.0;
    std::vector<double> directionSigmas;
    int classIndex = -1; // a conditional snapshot's class; -1 for none
    QString origin;      // where the vector came from: "seed 7", "encoded cat.png", a bookmark
    bool edited = false; // moved by sliders or directions since

    QString label() const
    {
        //: %1 is where the vector came from: "seed 7", "encoded cat.png", a bookmark's name
        return edited ? QCoreApplication::translate("latent::ExploreState", "%1, edited").arg(origin) : origin;
    }
    bool sameLatent(const ExploreState& other) const
    {
        return seed == other.seed && base == other.base && truncation == other.truncation
            && directionSigmas == other.directionSigmas && classIndex == other.classIndex;
    }
};

} // namespace latent
