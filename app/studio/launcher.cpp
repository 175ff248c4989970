// SPDX-License-Identifier: MIT
// latent-studio (PREFIX/bin): sets OpenMP's wait policy, then becomes the
// studio itself (PREFIX/libexec/latent-studio).
//
// libgomp reads GOMP_SPINCOUNT once, as it loads with LibTorch before main()
// runs (base/openmpwaitpolicy.h). The studio could re-execute itself to set
// it, but would load LibTorch and Qt twice: 1.3 s to the first window against
// 0.66 s (docs/PERFORMANCE.md). This program links neither, so setting the
// variable here and executing the studio costs about a millisecond.

#include "base/openmpwaitpolicy.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// This program's folder, from the kernel's link: argv[0] may be a bare name
// found on PATH, or a symlink's.
std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return ".";
    const std::string exe(path, std::size_t(length));
    return exe.substr(0, exe.rfind('/'));
}

} // namespace

int main(int /*argc*/, char** argv)
{
    latent::setOpenMpSpinCount();
    const std::string studio = ownFolder() + "/../libexec/latent-studio";
    execv(studio.c_str(), argv);
    std::fprintf(stderr, "latent-studio: cannot start %s: %s\n", studio.c_str(), std::strerror(errno));
    return 127;
}
