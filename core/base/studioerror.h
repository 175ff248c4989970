// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace latent {

// Why an operation failed. BadInput is the user's data or files (the CLI exits
// with 2); Failure is everything else (exit 1).
enum class ErrorKind { BadInput, Failure };

// The one exception type the core throws for problems a user must read.
// what() is a complete sentence naming the file (when there is one) and the
// problem, ready to show in a dialog or print on a terminal.
class StudioError : public std::runtime_error {
public:
    StudioError(ErrorKind kind, const std::string& message, const std::string& path = {},
                const std::string& problem = {});

    ErrorKind kind() const { return m_kind; }
    // The file or folder at fault; empty when none.
    const std::string& path() const { return m_path; }
    // The problem alone, without the path (for lists that already name it).
    const std::string& problem() const { return m_problem; }

    static StudioError badInput(const std::string& path, const std::string& problem);
    static StudioError failure(const std::string& path, const std::string& problem);

private:
    ErrorKind m_kind;
    std::string m_path;
    std::string m_problem;
};

} // namespace latent
