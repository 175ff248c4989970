// SPDX-License-Identifier: MIT
#include "train/distributedspec.h"

#include "base/studioerror.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace latent {

namespace {
const char* const kConventions = "--distributed reads torchrun's RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT";

int integerVariable(const char* name, int min, int max, bool required, int fallback)
{
    if (!qEnvironmentVariableIsSet(name)) {
        if (required)
            throw StudioError::badInput({}, std::string(name) + " is not set (" + kConventions + ")");
        return fallback;
    }
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    if (!ok || value < min || value > max)
        throw StudioError::badInput({}, std::string(name) + " is '" + qgetenv(name).toStdString()
                                            + "'; expected a whole number from " + std::to_string(min) + " to "
                                            + std::to_string(max));
    return value;
}
} // namespace

std::string DistributedSpec::describe() const
{
    return "rank " + std::to_string(rank) + " of " + std::to_string(worldSize);
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
        throw StudioError::badInput({}, std::string("MASTER_ADDR is not set (") + kConventions + ")");
    spec.localRank = integerVariable("LOCAL_RANK", 0, spec.worldSize - 1, false, 0);
    spec.localWorldSize = integerVariable("LOCAL_WORLD_SIZE", spec.localRank + 1, spec.worldSize, false, 1);
    return spec;
}

} // namespace latent
