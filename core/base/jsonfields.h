// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <string>

namespace latent {

class UserText;

// Typed reads of a JSON object for the project and checkpoint formats. A
// missing key gives `fallback`; a key of the wrong type throws
// StudioError(BadInput) naming `file` and the key.
class JsonFields {
public:
    // The largest whole number a JSON number (a double) holds exactly: 2^53 - 1.
    static constexpr double kMaxExactInteger = 9007199254740991.0;

    JsonFields(const QJsonObject& object, const std::string& file, const std::string& section);

    int integer(const char* key, int fallback) const;
    std::int64_t integer64(const char* key, std::int64_t fallback) const;
    double number(const char* key, double fallback) const;
    bool boolean(const char* key, bool fallback) const;
    std::string text(const char* key, const std::string& fallback) const;
    QJsonObject object(const char* key) const;

private:
    // Throws `message` (a translated pattern, %1 the field) for `key`.
    [[noreturn]] void wrongType(const char* key, const UserText& message) const;

    const QJsonObject& m_object;
    std::string m_file;
    std::string m_section;
};

} // namespace latent
