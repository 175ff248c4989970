// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "base/usertext.h"

#include <QFileInfo>

#include <cmath>

namespace latent::cli {

StudioError usage(const std::string& message) { return StudioError::badInput({}, message); }

std::string text(const QCommandLineParser& p, const QString& name) { return p.value(name).toStdString(); }

void printLine(std::FILE* out, const std::string& line) { std::fprintf(out, "%s\n", line.c_str()); }

long long integerOption(const QCommandLineParser& p, const QString& name, long long min, long long max)
{
    bool ok = false;
    const long long value = p.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw usage(translate("latent-cli", "--%1 expects a whole number from %2 to %3, not '%4'")
                        .arg(name)
                        .arg(min)
                        .arg(max)
                        .arg(p.value(name)));
    return value;
}

double numberOption(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const double value = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw usage(translate("latent-cli", "--%1 expects a number, not '%2'").arg(name).arg(p.value(name)));
    return value;
}

bool onOffOption(const QCommandLineParser& p, const QString& name)
{
    const QString value = p.value(name);
    if (value != "on" && value != "off")
        throw usage(translate("latent-cli", "--%1 takes on or off, not '%2'").arg(name).arg(value));
    return value == "on";
}

void addProjectOption(QCommandLineParser& p)
{
    p.addOption({"project", translate("latent-cli", "The project folder.").toQString(), "dir"});
}

std::string requireProject(const QCommandLineParser& p)
{
    if (!p.isSet("project"))
        throw usage(translate("latent-cli", "--project DIR is required"));
    return text(p, "project");
}

void requireNewOrForced(const std::string& path, bool force)
{
    if (!force && QFileInfo::exists(QString::fromStdString(path)))
        throw StudioError::badInput(path, translate("latent-cli", "exists already; pass --force to replace it"));
}

} // namespace latent::cli
