// SPDX-License-Identifier: MIT
// Helpers shared by the Qt Test suites: catching a StudioError, checking its
// kind and message, writing and reading whole files, and a tiny model.
#pragma once

#include "base/studioerror.h"
#include "project/project.h"
#include "project/projectconfig.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include <csignal>
#include <sys/resource.h>

namespace latent::testsupport {

// A project small enough for a training step in a few milliseconds on the
// built-in digits (16x16, width 8, batch 16), logging every step, one thread
// (bit-exact comparisons need a fixed reduction order), scored at its last
// step on 200 samples (the scores' plumbing runs everywhere, cheaply).
inline ProjectConfig tinyConfig(ModelSpec::Family family = ModelSpec::Family::Dcgan,
                                ModelSpec::GanLoss loss = ModelSpec::GanLoss::Bce)
{
    ProjectConfig c = ProjectConfig::defaults();
    c.model.family = family;
    c.model.loss = loss;
    c.applyModelDefaults();
    c.model.imageSize = 16;
    c.model.width = 8;
    c.model.latentDim = 8;
    c.dataset.syntheticCount = 256;
    c.training.batchSize = 16;
    c.training.steps = 12;
    c.training.logEvery = 1;
    c.training.sampleEvery = 5;
    c.training.checkpointEvery = 1000;
    c.training.evaluationSamples = 200;
    c.training.threads = 1;
    c.training.device = "cpu";
    return c;
}

// Returns the StudioError that `fn()` throws, or nothing when it throws none.
template <typename Fn>
inline std::optional<StudioError> studioErrorFrom(Fn&& fn)
{
    try {
        fn();
    } catch (const StudioError& e) {
        return e;
    }
    return std::nullopt;
}

// Returns "" when `error` is a StudioError of `kind` whose message holds every fragment, else what is wrong.
inline QString errorProblem(const std::optional<StudioError>& error, ErrorKind kind, const QStringList& fragments)
{
    if (!error)
        return "no StudioError was thrown";
    const QString what = QString::fromStdString(error->what());
    if (error->kind() != kind)
        return kind == ErrorKind::BadInput ? "a Failure instead of BadInput: " + what
                                           : "a BadInput instead of Failure: " + what;
    for (const QString& fragment : fragments)
        if (!what.contains(fragment))
            return QString("the message \"%1\" does not mention \"%2\"").arg(what, fragment);
    return {};
}

// Returns "" when `error` is a BadInput StudioError whose message holds every fragment, else what is wrong.
inline QString badInputProblem(const std::optional<StudioError>& error, const QStringList& fragments)
{
    return errorProblem(error, ErrorKind::BadInput, fragments);
}

// Trains a tiny project (tinyConfig) in `dir` for six steps; returns its
// newest checkpoint, or "" when training failed.
inline std::string trainTinyProject(const QString& dir, ModelSpec::Family family = ModelSpec::Family::Dcgan)
{
    ProjectConfig config = tinyConfig(family);
    config.training.steps = 6;
    const Project project = Project::create(dir.toStdString(), config);
    TrainingSession session(project, nullptr);
    session.start({});
    if (!session.wait(60000) || session.state() != SessionState::Finished)
        return {};
    return CheckpointStore(project.checkpointsDir()).latest().path;
}

// What latent-cli (LATENT_CLI_PATH) printed and returned; exit code -1 when
// it crashed or timed out ("timed out" in err).
// latent-cli train options for runs that only need to get going: a 16x16
// model of width 8, batches of 8 from 64 built-in digits, one thread.
inline const QStringList kTinyCliOptions = {"--image-size", "16", "--width", "8", "--batch-size", "8",
                                            "--synthetic-count", "64", "--threads", "1"};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& args, int timeoutMs = 300000)
{
    QProcess process;
    process.start(QStringLiteral(LATENT_CLI_PATH), args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// |a - b| over the larger of |a| and |b|: how far two computations of one
// number agree, whatever its scale.
inline double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300});
}

// A Python that can run `import MODULES` (for example "numpy, scipy.linalg"),
// or empty.
inline QString pythonThatImports(const QString& modules)
{
    for (const QString& python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(python, {"-c", "import " + modules});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

// A Python with torch (Debian's python3-torch), or empty.
inline QString pythonWithTorch() { return pythonThatImports("torch"); }

// Runs `script` with `python -c`, its arguments after it; exit code -1 when it timed out.
inline CliResult runPython(const QString& python, const QString& script, const QStringList& args)
{
    QProcess process;
    process.start(python, QStringList{"-c", script} + args);
    CliResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Returns whether `bytes` were all written to `path`, its folder created first when missing.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Returns the whole of the file at `path`, or empty bytes when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Returns nothing; appends `value` to `bytes` as four big-endian bytes.
inline void putBigEndian32(QByteArray& bytes, quint32 value)
{
    bytes.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

// A full disk, for this process and the children it starts: while alive, no
// file can grow past `bytes` (RLIMIT_FSIZE). SIGXFSZ is ignored, so a write
// past the limit fails with EFBIG as on a full disk instead of killing us.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    bool m_active = false;
};

// `json` with `key` of `section` (of the top level where `section` is empty)
// set to `value`; an undefined value at the top level removes the key.
inline QJsonObject jsonWith(QJsonObject json, const QString& section, const QString& key, const QJsonValue& value)
{
    if (section.isEmpty()) {
        if (value.isUndefined())
            json.remove(key);
        else
            json[key] = value;
        return json;
    }
    QJsonObject inner = json.value(section).toObject();
    inner[key] = value;
    json[section] = inner;
    return json;
}

// Every file under `dir`, hidden ones too, by relative path: its SHA-256.
inline std::map<QString, QByteArray> fileHashes(const QString& dir)
{
    std::map<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes[QDir(dir).relativeFilePath(path)] = QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }
    return hashes;
}

// "" when the two listings match, else the first difference.
inline QString hashDifference(const std::map<QString, QByteArray>& before, const std::map<QString, QByteArray>& after)
{
    for (const auto& [path, hash] : before) {
        const auto found = after.find(path);
        if (found == after.end())
            return path + " is gone";
        if (found->second != hash)
            return path + " changed";
    }
    for (const auto& [path, hash] : after)
        if (!before.count(path))
            return path + " appeared";
    return {};
}

} // namespace latent::testsupport
