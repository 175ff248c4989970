// SPDX-License-Identifier: MIT
#include "train/distributedspec.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace latent {

namespace {
StudioError notSet(const char* name)
{
    return StudioError::badInput({},
                                 //: %1 is an environment variable, e.g. RANK
                                 translate("DistributedSpec", "%1 is not set (--distributed reads torchrun's RANK, "
                                                              "WORLD_SIZE, MASTER_ADDR and MASTER_PORT)")
                                     .arg(name));
}

int integerVariable(const char* name, int min, int max, bool required, int fallback)
{
    if (!qEnvironmentVariableIsSet(name)) {
        if (required)
            throw notSet(name);
        return fallback;
    }
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    if (!ok || value < min || value > max) {
        throw StudioError::badInput({},
                                    //: %1 is an environment variable, %2 its value
                                    translate("DistributedSpec", "%1 is '%2'; expected a whole number from %3 to %4")
                                        .arg(name)
                                        .arg(qEnvironmentVariable(name))
                                        .arg(min)
                                        .arg(max));
    }
    return value;
}
} // namespace

std::string DistributedSpec::describe() const
{
    return translate("DistributedSpec", "rank %1 of %2").arg(rank).arg(worldSize);
}

DistributedSpec DistributedSpec::fromEnvironment(int timeoutSeconds)
{
    DistributedSpec spec;
    spec.timeoutSeconds = timeoutSeconds;
    spec.worldSize = integerVariable("WORLD_SIZE", 1, 65536, true, 1);
    spec.rank = integerVariable("RANK", 0, spec.worldSize - 1, true, 0);
    spec.masterPort = integerVariable("MASTER_PORT", 1, 65535, true, 0);
    spec.masterAddress = qEnvironmentVariable("MASTER_ADDR").trimmed().toStdString();
    if (spec.masterAddress.empty())
        throw notSet("MASTER_ADDR");
    spec.localRank = integerVariable("LOCAL_RANK", 0, spec.worldSize - 1, false, 0);
    spec.localWorldSize = integerVariable("LOCAL_WORLD_SIZE", spec.localRank + 1, spec.worldSize, false, 1);
    return spec;
}

} // namespace latent
