// SPDX-License-Identifier: MIT
#include "base/usertext.h"

#include <algorithm>

#include <QCoreApplication>

namespace latent {

UserText UserText::arg(const QString& value) const
{
    UserText filled = *this;
    filled.m_values.push_back(value);
    return filled;
}

UserText UserText::arg(double value, int significant) const
{
    return arg(QString::number(value, 'g', significant));
}

QString UserText::toQString() const
{
    QString text;
    text.reserve(m_pattern.size());
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar c = m_pattern[i];
        if (c != u'%' || i + 1 >= m_pattern.size() || !m_pattern[i + 1].isDigit() || m_pattern[i + 1] == u'0') {
            text += c;
            continue;
        }
        // One or two digits, as QString::arg reads them.
        int number = m_pattern[i + 1].digitValue();
        qsizetype end = i + 2;
        if (end < m_pattern.size() && m_pattern[end].isDigit()) {
            number = number * 10 + m_pattern[end].digitValue();
            ++end;
        }
        if (number > m_values.size()) {
            text += c; // not ours to fill: left as written
            continue;
        }
        text += m_values[number - 1];
        i = end - 1;
    }
    return text;
}

UserText translate(const char* context, const char* source)
{
    return UserText(QCoreApplication::translate(context, source));
}

std::string joinedNames(const std::vector<std::string>& names, std::size_t shown)
{
    std::string text;
    for (std::size_t i = 0; i < std::min(names.size(), shown); ++i)
        text += (i ? ", " : "") + names[i];
    return names.size() > shown ? text + ", …" : text;
}

} // namespace latent
