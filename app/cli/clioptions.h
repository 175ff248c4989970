// SPDX-License-Identifier: MIT
#pragma once

#include "base/studioerror.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdio>
#include <string>

// What every latent-cli command shares: its exit codes and the reading of its
// options. Used on the main thread.
namespace latent::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;

// Thrown for wrong usage of the command line: exit 2 with the message.
StudioError usage(const std::string& message);

std::string text(const QCommandLineParser& p, const QString& name);

// One line for a person, to `out` (stdout or stderr).
void printLine(std::FILE* out, const std::string& line);

// The value of option `name`; throws usage() unless it is a whole number from
// `min` to `max` (integerOption) or a finite number (numberOption).
long long integerOption(const QCommandLineParser& p, const QString& name, long long min, long long max);
double numberOption(const QCommandLineParser& p, const QString& name);
// Whether option `name` says on; throws usage() unless it is on or off.
bool onOffOption(const QCommandLineParser& p, const QString& name);

// --project DIR: adds it, and reads it (throws usage() when it is missing).
void addProjectOption(QCommandLineParser& p);
std::string requireProject(const QCommandLineParser& p);

// Refuses to replace a file the user has unless they said --force: throws
// StudioError(BadInput) naming `path`.
void requireNewOrForced(const std::string& path, bool force);

} // namespace latent::cli
