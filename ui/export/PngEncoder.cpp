#include "PngEncoder.h"

#include <QtEndian>

#include <zlib.h>

namespace infralab {

namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr int kIdatBytes = 256 * 1024;   // one IDAT chunk per this much output

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], QByteArrayView data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *checked = reinterpret_cast<const Bytef *>(out.constData() + start);
    appendBigEndian(out, quint32(crc32(crc32(0, nullptr, 0), checked, uInt(out.size() - start))));
}

// Streams deflate output into IDAT chunks (or into one buffer for zTXt).
class Deflater
{
public:
    explicit Deflater(int level)
    {
        m_ok = deflateInit(&m_stream, level) == Z_OK;
        m_buffer.resize(kIdatBytes);
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool ok() const { return m_ok; }

    // Feeds `data`; `flush` gets each full buffer.
    template<typename Flush>
    bool feed(QByteArrayView data, int mode, Flush flush)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        m_stream.avail_in = uInt(data.size());
        int result = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(m_buffer.data() + m_used);
            m_stream.avail_out = uInt(m_buffer.size() - m_used);
            result = deflate(&m_stream, mode);
            if (result == Z_STREAM_ERROR)
                return false;
            m_used = m_buffer.size() - m_stream.avail_out;
            if (m_used == m_buffer.size() || (mode == Z_FINISH && result == Z_STREAM_END && m_used > 0)) {
                flush(QByteArrayView(m_buffer.data(), m_used));
                m_used = 0;
            }
        } while (m_stream.avail_in > 0 || (mode == Z_FINISH && result != Z_STREAM_END));
        return true;
    }

private:
    z_stream m_stream {};
    QByteArray m_buffer;
    qsizetype m_used = 0;
    bool m_ok = false;
};

QByteArray deflated(QByteArrayView data)
{
    QByteArray out;
    Deflater deflater(Z_BEST_COMPRESSION);   // texts are small; size matters more
    if (!deflater.ok() || !deflater.feed(data, Z_FINISH, [&](QByteArrayView part) { out.append(part); }))
        return {};
    return out;
}

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

// tEXt or zTXt when Latin-1 can hold the text, else iTXt (UTF-8).
void appendText(QByteArray &out, const PngEncoder::Text &entry)
{
    QByteArray data = entry.keyword.toLatin1().left(79);
    data.append('\0');
    if (isLatin1(entry.text)) {
        if (!entry.compressed) {
            appendChunk(out, "tEXt", data + entry.text.toLatin1());
            return;
        }
        data.append('\0');   // compression method: deflate
        appendChunk(out, "zTXt", data + deflated(entry.text.toLatin1()));
        return;
    }
    data.append(entry.compressed ? '\1' : '\0');
    data.append('\0');   // method
    data.append('\0');   // no language tag
    data.append('\0');   // no translated keyword
    const QByteArray utf8 = entry.text.toUtf8();
    appendChunk(out, "iTXt", data + (entry.compressed ? deflated(utf8) : utf8));
}

} // namespace

QByteArray PngEncoder::encode(const QImage &source, const QList<Text> &texts)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    // Straight alpha is what PNG stores; RGB32 needs no conversion at all.
    const QImage image = source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int width = image.width();
    const int channels = alpha ? 4 : 3;

    QByteArray out(kSignature, 8);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(image.height()));
    header.append(char(8));                 // bits per channel
    header.append(char(alpha ? 6 : 2));     // colour type: RGBA or RGB
    header.append(3, '\0');                 // deflate, adaptive filtering, no interlace
    appendChunk(out, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray density;
        appendBigEndian(density, quint32(image.dotsPerMeterX()));
        appendBigEndian(density, quint32(image.dotsPerMeterY()));
        density.append(char(1));   // per metre
        appendChunk(out, "pHYs", density);
    }
    for (const Text &text : texts)
        appendText(out, text);

    Deflater deflater(Z_BEST_SPEED);
    if (!deflater.ok())
        return {};
    const auto flushIdat = [&out](QByteArrayView part) { appendChunk(out, "IDAT", part); };
    QByteArray row(1 + qsizetype(width) * channels, '\0');   // filter byte 0: none
    for (int y = 0; y < image.height(); ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        char *bytes = row.data() + 1;
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = pixels[x];
            *bytes++ = char(qRed(pixel));
            *bytes++ = char(qGreen(pixel));
            *bytes++ = char(qBlue(pixel));
            if (alpha)
                *bytes++ = char(qAlpha(pixel));
        }
        if (!deflater.feed(row, Z_NO_FLUSH, flushIdat))
            return {};
    }
    if (!deflater.feed({}, Z_FINISH, flushIdat))
        return {};
    appendChunk(out, "IEND", {});
    return out;
}

} // namespace infralab
