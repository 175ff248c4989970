// SPDX-License-Identifier: MIT
#include "base/studioerror.h"

#include "base/usertext.h"

namespace latent {

StudioError::StudioError(ErrorKind kind, const std::string& message, const std::string& path,
                         const std::string& problem)
    : std::runtime_error(message), m_kind(kind), m_path(path), m_problem(problem.empty() ? message : problem)
{
}

static std::string describe(const std::string& path, const std::string& problem)
{
    return path.empty() ? problem : translate("StudioError", "%1: %2").arg(path).arg(problem).str();
}

StudioError StudioError::badInput(const std::string& path, const std::string& problem)
{
    return StudioError(ErrorKind::BadInput, describe(path, problem), path, problem);
}

StudioError StudioError::failure(const std::string& path, const std::string& problem)
{
    return StudioError(ErrorKind::Failure, describe(path, problem), path, problem);
}

} // namespace latent
