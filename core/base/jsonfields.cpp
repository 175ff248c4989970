// SPDX-License-Identifier: MIT
#include "base/jsonfields.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <cmath>

namespace latent {

JsonFields::JsonFields(const QJsonObject& object, const std::string& file, const std::string& section)
    : m_object(object), m_file(file), m_section(section)
{
}

void JsonFields::wrongType(const char* key, const UserText& message) const
{
    const std::string where = m_section.empty() ? std::string(key) : m_section + "." + key;
    throw StudioError::badInput(m_file, message.arg(where));
}

double JsonFields::number(const char* key, double fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        wrongType(key, translate("JsonFields", "field '%1' should be a number"));
    return value.toDouble();
}

std::int64_t JsonFields::integer64(const char* key, std::int64_t fallback) const
{
    const double value = number(key, double(fallback));
    // Whole numbers up to 2^53 - 1 survive a JSON double exactly.
    if (value != std::floor(value) || std::fabs(value) > kMaxExactInteger)
        wrongType(key, translate("JsonFields", "field '%1' should be a whole number"));
    return std::int64_t(value);
}

int JsonFields::integer(const char* key, int fallback) const
{
    const std::int64_t value = integer64(key, fallback);
    if (value < -2147483647 || value > 2147483647)
        wrongType(key, translate("JsonFields", "field '%1' should be a whole number in range"));
    return int(value);
}

bool JsonFields::boolean(const char* key, bool fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        wrongType(key, translate("JsonFields", "field '%1' should be true or false"));
    return value.toBool();
}

std::string JsonFields::text(const char* key, const std::string& fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString())
        wrongType(key, translate("JsonFields", "field '%1' should be a string"));
    return value.toString().toStdString();
}

QJsonObject JsonFields::object(const char* key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        wrongType(key, translate("JsonFields", "field '%1' should be an object"));
    return value.toObject();
}

} // namespace latent
