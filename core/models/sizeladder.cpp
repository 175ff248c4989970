// SPDX-License-Identifier: MIT
#include "models/sizeladder.h"

#include <algorithm>

namespace latent {

SizeLadder::SizeLadder(int imageSize)
{
    for (int s = imageSize; ; s = (s + 1) / 2) {
        up.push_back(s);
        if (s <= 4)
            break;
    }
    std::reverse(up.begin(), up.end());
    int s = imageSize;
    down.push_back(s);
    for (int i = 0; i < stages(); ++i)
        down.push_back(s /= 2);
}

} // namespace latent
