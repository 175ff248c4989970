// SPDX-License-Identifier: MIT
#include "io/npyfile.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

namespace latent {

namespace {

// The format's fixed parts (numpy.lib.format): a magic string, two version
// bytes, the header length, then the header, ending with '\n', padded with
// spaces so that the data starts at a multiple of 64 bytes.
const char kMagic[] = "\x93NUMPY";
constexpr int kMagicSize = 6;
constexpr int kAlignment = 64;

// Values go to the file little-endian whatever the machine's byte order.
template <typename Real, typename Bits>
QByteArray littleEndianBytes(const Real* data, std::int64_t count)
{
    static_assert(sizeof(Real) == sizeof(Bits));
    QByteArray bytes(qsizetype(count * std::int64_t(sizeof(Real))), Qt::Uninitialized);
    for (std::int64_t i = 0; i < count; ++i) {
        Bits bits = 0;
        std::memcpy(&bits, data + i, sizeof bits);
        qToLittleEndian(bits, bytes.data() + i * std::int64_t(sizeof bits));
    }
    return bytes;
}

template <typename Real, typename Bits>
void writeMatrix(const std::string& path, const Real* data, std::int64_t rows, std::int64_t cols, const char* descr)
{
    if (rows < 0 || cols < 0 || (data == nullptr && rows * cols > 0))
        throw StudioError::failure(
            path,
            //: %1 and %2 are the matrix's rows and columns as asked for (one was negative)
            translate("NpyFile", "cannot write a matrix of %1 x %2 values").arg(rows).arg(cols));
    QByteArray header = QByteArray("{'descr': '") + descr + "', 'fortran_order': False, 'shape': ("
        + QByteArray::number(qlonglong(rows)) + ", " + QByteArray::number(qlonglong(cols)) + "), }";
    // Magic, two version bytes and the 16-bit length come before the header.
    const int prefix = kMagicSize + 2 + 2;
    const int padded = (prefix + int(header.size()) + 1 + kAlignment - 1) / kAlignment * kAlignment;
    header.append(QByteArray(padded - prefix - int(header.size()) - 1, ' ')).append('\n');

    QByteArray bytes(kMagic, kMagicSize);
    bytes.append(char(1)).append(char(0));
    char length[2];
    qToLittleEndian(quint16(header.size()), length);
    bytes.append(length, 2).append(header).append(littleEndianBytes<Real, Bits>(data, rows * cols));
    writeFileAtomically(path, bytes);
}

// The header's Python dict literal, as NumPy writes it: string keys, and
// string, True/False or tuple-of-integers values. Fails (nullopt) on
// anything else.
struct Header {
    std::string descr;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
    bool hasDescr = false, hasOrder = false, hasShape = false;
};

class HeaderParser {
public:
    explicit HeaderParser(const QByteArray& text) : m_text(text) {}

    std::optional<Header> parse()
    {
        Header header;
        if (!take('{'))
            return std::nullopt;
        while (!take('}')) {
            std::string key;
            if (!quoted(key) || !take(':'))
                return std::nullopt;
            if (key == "descr") {
                if (!quoted(header.descr))
                    return std::nullopt;
                header.hasDescr = true;
            } else if (key == "fortran_order") {
                if (word("True"))
                    header.fortranOrder = true;
                else if (!word("False"))
                    return std::nullopt;
                header.hasOrder = true;
            } else if (key == "shape") {
                if (!tuple(header.shape))
                    return std::nullopt;
                header.hasShape = true;
            } else {
                return std::nullopt;
            }
            if (!take(',') && !peek('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_at != m_text.size() || !header.hasDescr || !header.hasOrder || !header.hasShape)
            return std::nullopt;
        return header;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_at;
        return true;
    }
    bool word(const char* w)
    {
        skipSpace();
        const qsizetype n = qsizetype(std::strlen(w));
        if (m_text.mid(m_at, n) != w)
            return false;
        m_at += n;
        return true;
    }
    bool quoted(std::string& out)
    {
        skipSpace();
        if (m_at >= m_text.size() || (m_text[m_at] != '\'' && m_text[m_at] != '"'))
            return false;
        const char quote = m_text[m_at++];
        const qsizetype end = m_text.indexOf(quote, m_at);
        if (end < 0)
            return false;
        out = m_text.mid(m_at, end - m_at).toStdString();
        m_at = end + 1;
        return true;
    }
    bool tuple(std::vector<std::int64_t>& out)
    {
        if (!take('('))
            return false;
        while (!take(')')) {
            skipSpace();
            std::int64_t value = 0;
            int digits = 0;
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at]))) {
                if (++digits > 15) // more than any file can hold, and no overflow below
                    return false;
                value = value * 10 + (m_text[m_at++] - '0');
            }
            if (digits == 0)
                return false;
            out.push_back(value);
            if (!take(',') && !peek(')'))
                return false;
        }
        return true;
    }

    const QByteArray& m_text;
    qsizetype m_at = 0;
};

template <typename Bits, typename Real>
void decode(const char* bytes, bool littleEndian, std::int64_t count, std::vector<double>& out)
{
    for (std::int64_t i = 0; i < count; ++i) {
        const char* at = bytes + i * std::int64_t(sizeof(Bits));
        const Bits bits = littleEndian ? qFromLittleEndian<Bits>(at) : qFromBigEndian<Bits>(at);
        Real value;
        std::memcpy(&value, &bits, sizeof value);
        out[std::size_t(i)] = double(value);
    }
}

} // namespace

void writeNpy(const std::string& path, const double* data, std::int64_t rows, std::int64_t cols)
{
    writeMatrix<double, quint64>(path, data, rows, cols, "<f8");
}

void writeNpy(const std::string& path, const float* data, std::int64_t rows, std::int64_t cols)
{
    writeMatrix<float, quint32>(path, data, rows, cols, "<f4");
}

NpyMatrix readNpy(const std::string& path)
{
    const QByteArray bytes = readWholeFile(path);
    if (bytes.size() < kMagicSize + 2 || std::memcmp(bytes.constData(), kMagic, kMagicSize) != 0)
        throw StudioError::badInput(path, translate("NpyFile", "is not a NumPy .npy file"));
    const int major = static_cast<unsigned char>(bytes[kMagicSize]);
    const int minor = static_cast<unsigned char>(bytes[kMagicSize + 1]);
    if (major < 1 || major > 3 || minor != 0)
        throw StudioError::badInput(
            path,
            //: %1 is a version such as 4.0
            translate("NpyFile", "is a .npy file of version %1, which this reader does not know")
                .arg(QString("%1.%2").arg(major).arg(minor)));
    // Version 1.0 counts the header's bytes in 16 bits, 2.0 and 3.0 in 32.
    const qsizetype lengthSize = major == 1 ? 2 : 4;
    const qsizetype headerStart = kMagicSize + 2 + lengthSize;
    if (bytes.size() < headerStart)
        throw StudioError::badInput(path, translate("NpyFile", "is cut short inside its header"));
    const qint64 headerSize = major == 1 ? qint64(qFromLittleEndian<quint16>(bytes.constData() + kMagicSize + 2))
                                         : qint64(qFromLittleEndian<quint32>(bytes.constData() + kMagicSize + 2));
    if (bytes.size() - headerStart < headerSize)
        throw StudioError::badInput(path, translate("NpyFile", "is cut short inside its header"));

    const std::optional<Header> header = HeaderParser(bytes.mid(headerStart, qsizetype(headerSize))).parse();
    if (!header)
        throw StudioError::badInput(path, translate("NpyFile", "has a header this reader cannot understand"));
    const std::string& descr = header->descr;
    const bool knownType = descr.size() == 3 && (descr[0] == '<' || descr[0] == '>') && descr[1] == 'f'
        && (descr[2] == '8' || descr[2] == '4');
    if (!knownType)
        throw StudioError::badInput(
            path,
            //: %1 is a NumPy type code such as <i4
            translate("NpyFile", "holds values of type %1; only float64 and float32 are read").arg(descr));
    if (header->shape.empty() || header->shape.size() > 2)
        throw StudioError::badInput(
            path,
            //: %1 is the array's number of dimensions, such as 3
            translate("NpyFile", "holds an array of %1 dimensions; only 1 or 2 are read")
                .arg(std::int64_t(header->shape.size())));

    NpyMatrix matrix;
    matrix.rows = header->shape[0];
    matrix.cols = header->shape.size() == 2 ? header->shape[1] : 1;
    const std::int64_t itemSize = descr[2] == '8' ? 8 : 4;
    const std::int64_t dataSize = bytes.size() - headerStart - headerSize;
    // Each side is at most 15 digits: compare without forming a product that could overflow.
    const bool sizeMatches = matrix.cols == 0 ? dataSize == 0
        : matrix.rows <= dataSize / itemSize / matrix.cols && matrix.rows * matrix.cols * itemSize == dataSize;
    if (!sizeMatches)
        throw StudioError::badInput(
            path,
            //: %1 is a number of bytes; %2 and %3 are the array's rows and columns
            translate("NpyFile", "holds %1 bytes of data where its header promises %2 x %3 values")
                .arg(dataSize)
                .arg(matrix.rows)
                .arg(matrix.cols));

    const std::int64_t count = matrix.rows * matrix.cols;
    std::vector<double> stored(std::size_t(count), 0.0);
    const char* data = bytes.constData() + headerStart + headerSize;
    if (itemSize == 8)
        decode<quint64, double>(data, descr[0] == '<', count, stored);
    else
        decode<quint32, float>(data, descr[0] == '<', count, stored);
    if (!header->fortranOrder || header->shape.size() == 1) {
        matrix.values = std::move(stored);
        return matrix;
    }
    // Fortran order stores column after column.
    matrix.values.resize(stored.size());
    for (std::int64_t r = 0; r < matrix.rows; ++r)
        for (std::int64_t c = 0; c < matrix.cols; ++c)
            matrix.values[std::size_t(r * matrix.cols + c)] = stored[std::size_t(c * matrix.rows + r)];
    return matrix;
}

} // namespace latent
