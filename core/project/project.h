// SPDX-License-Identifier: MIT
#pragma once

#include "project/projectconfig.h"

#include <string>

namespace latent {

// A run's folder on disk (see ARCHITECTURE.md, "The project folder"):
// project.json, metrics.csv, checkpoints/, samples/, exports/.
class Project {
public:
    // Makes a new project in `dir`, which must not exist or be empty, and writes
    // project.json. Throws StudioError(BadInput) when `dir` holds anything, so
    // nothing the user has is overwritten.
    static Project create(const std::string& dir, const ProjectConfig& config);
    // Opens an existing project; throws StudioError(BadInput) naming
    // project.json when it is missing, malformed, or from a newer format.
    static Project open(const std::string& dir);
    static bool exists(const std::string& dir);
    // A project held in memory only, never written: how a data-parallel rank
    // other than 0 knows the settings of a run whose files rank 0 writes.
    static Project unsaved(const std::string& dir, const ProjectConfig& config);

    const std::string& dir() const { return m_dir; }
    const ProjectConfig& config() const { return m_config; }
    // A new project in `dir` (new or empty) with this one's settings, continuing
    // from `checkpoint`: the checkpoint is copied in, with the metrics rows and
    // sample grids up to its step. Throws StudioError naming what failed.
    Project fork(const std::string& dir, const std::string& checkpoint) const;

    // Replaces the settings and rewrites project.json atomically.
    void saveConfig(const ProjectConfig& config);

    // Creates checkpoints/, samples/ and exports/ if missing (before training).
    void ensureFolders() const;

    std::string configPath() const { return m_dir + "/project.json"; }
    std::string metricsPath() const { return m_dir + "/metrics.csv"; }
    std::string checkpointsDir() const { return m_dir + "/checkpoints"; }
    std::string samplesDir() const { return m_dir + "/samples"; }
    std::string exportsDir() const { return m_dir + "/exports"; }
    // TensorBoard event files of the runs (`tensorboard --logdir` reads them).
    std::string tensorboardDir() const { return m_dir + "/tensorboard"; }
    // The quality scores of the runs, one row per evaluation (eval/evaluationlog.h).
    std::string evaluationPath() const { return m_dir + "/evaluation.csv"; }
    // The real images' features the scores compare with, cached (eval/referencefeatures.h).
    std::string evaluationDir() const { return m_dir + "/evaluation"; }
    // Named latent vectors (see latent/bookmarkfile.h).
    std::string bookmarksPath() const { return m_dir + "/bookmarks.json"; }

private:
    Project(std::string dir, ProjectConfig config);

    std::string m_dir;
    ProjectConfig m_config;
};

} // namespace latent
