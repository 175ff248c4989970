// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <type_traits>
#include <vector>

namespace latent {

// A sentence the core shows to a person: an error, a state, a warning. It is
// looked up in Qt's installed translators when made (the studio installs the
// user's language; the CLI installs none and speaks English), so the core
// needs no widgets to be translated. Placeholders %1..%99 are filled by arg()
// in order, all in one pass when the text is read, so an argument holding
// "%2" (a file name can) is never filled in again.
class UserText {
public:
    explicit UserText(QString pattern) : m_pattern(std::move(pattern)) {}

    UserText arg(const QString& value) const;
    UserText arg(const std::string& value) const { return arg(QString::fromStdString(value)); }
    UserText arg(const char* value) const { return arg(QString::fromUtf8(value)); }
    // Numbers in the C locale (the same digits in every language), doubles to
    // `significant` digits.
    UserText arg(double value, int significant = 4) const;
    template <typename Integer, std::enable_if_t<std::is_integral_v<Integer>, int> = 0>
    UserText arg(Integer value) const
    {
        if constexpr (std::is_signed_v<Integer>)
            return arg(QString::number(static_cast<qlonglong>(value)));
        else
            return arg(QString::number(static_cast<qulonglong>(value)));
    }

    QString toQString() const;
    std::string str() const { return toQString().toStdString(); }
    operator std::string() const { return str(); }

private:
    QString m_pattern;
    QStringList m_values;
};

// The translation of `source` in `context` (a class or file name, shown to
// translators), as QCoreApplication::translate finds it. lupdate collects
// these calls by the name `translate`: both arguments must be literals.
UserText translate(const char* context, const char* source);

// "a, b, c" for a message; past `shown` names the list ends in ", …".
std::string joinedNames(const std::vector<std::string>& names, std::size_t shown = 12);

} // namespace latent
