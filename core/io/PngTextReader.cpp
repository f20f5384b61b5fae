#include "PngTextReader.h"

#include <QString>

#include <array>
#include <zlib.h>

namespace infralab {

namespace {

constexpr std::array<unsigned char, 8> kSignature {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
// Length, type and CRC around each chunk's data.
constexpr qsizetype kChunkOverhead = 12;
// The PNG specification caps chunk lengths at 2^31 - 1.
constexpr quint32 kMaxChunkLength = 0x7FFFFFFFu;

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return quint32(quint8(bytes[at + i])); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

quint32 crcOf(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const Bytef *>(bytes.data());
    return quint32(crc32(crc32(0, nullptr, 0), data, uInt(bytes.size())));
}

// A zlib stream, inflated up to `limit` bytes; the problem on failure.
struct Inflated
{
    QByteArray bytes;
    QString problem;
};

Inflated inflateCapped(QByteArrayView compressed, qsizetype limit)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return {{}, PngTextReader::tr("cannot start decompressing")};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    Inflated result;
    std::array<char, 64 * 1024> buffer {};
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buffer.size()) - qsizetype(stream.avail_out);
        if (status != Z_OK && status != Z_STREAM_END) {
            // Z_BUF_ERROR here means the input ended before the stream did.
            result.problem = status == Z_BUF_ERROR ? PngTextReader::tr("the compressed text is cut short")
                                                   : PngTextReader::tr("the compressed text is corrupt");
            break;
        }
        if (result.bytes.size() + produced > limit) {
            result.problem
                = PngTextReader::tr("the compressed text is too large (more than %1 MB)").arg(limit / (1024 * 1024));
            break;
        }
        result.bytes.append(buffer.data(), produced);
        if (status == Z_OK && produced == 0 && stream.avail_in == 0) {
            result.problem = PngTextReader::tr("the compressed text is cut short");
            break;
        }
    }
    inflateEnd(&stream);
    if (!result.problem.isEmpty())
        result.bytes.clear();
    return result;
}

// The text after a chunk's keyword, decoded per chunk type, as UTF-8.
EmbeddedText decodeText(QByteArrayView type, QByteArrayView afterKeyword)
{
    const auto latin1ToUtf8
        = [](QByteArrayView latin1) { return QString::fromLatin1(latin1.data(), latin1.size()).toUtf8(); };
    if (type == "tEXt")
        return EmbeddedText::found(latin1ToUtf8(afterKeyword));

    if (type == "zTXt") {
        // One byte of compression method (0: zlib), then the stream.
        if (afterKeyword.isEmpty() || afterKeyword[0] != 0)
            return EmbeddedText::damaged(PngTextReader::tr("unknown compression method in a zTXt chunk"));
        const Inflated text = inflateCapped(afterKeyword.sliced(1), PngTextReader::kMaxTextBytes);
        if (!text.problem.isEmpty())
            return EmbeddedText::damaged(text.problem);
        return EmbeddedText::found(latin1ToUtf8(text.bytes));
    }

    // iTXt: compression flag, method, language tag\0, translated keyword\0, UTF-8 text.
    if (afterKeyword.size() < 2)
        return EmbeddedText::damaged(PngTextReader::tr("an iTXt chunk is cut short"));
    const bool compressed = afterKeyword[0] != 0;
    if (compressed && afterKeyword[1] != 0)
        return EmbeddedText::damaged(PngTextReader::tr("unknown compression method in an iTXt chunk"));
    QByteArrayView rest = afterKeyword.sliced(2);
    for (int field = 0; field < 2; ++field) {
        const qsizetype end = rest.indexOf('\0');
        if (end < 0)
            return EmbeddedText::damaged(PngTextReader::tr("an iTXt chunk is cut short"));
        rest = rest.sliced(end + 1);
    }
    if (!compressed)
        return EmbeddedText::found(rest.toByteArray());
    Inflated text = inflateCapped(rest, PngTextReader::kMaxTextBytes);
    if (!text.problem.isEmpty())
        return EmbeddedText::damaged(text.problem);
    return EmbeddedText::found(std::move(text.bytes));
}

} // namespace

bool PngTextReader::isPng(QByteArrayView data)
{
    const QByteArrayView signature(reinterpret_cast<const char *>(kSignature.data()), qsizetype(kSignature.size()));
    return data.startsWith(signature);
}

EmbeddedText PngTextReader::read(QByteArrayView png, QLatin1StringView keyword)
{
    if (!isPng(png))
        return EmbeddedText::damaged(tr("not a PNG file"));
    qsizetype at = qsizetype(kSignature.size());
    while (at < png.size()) {
        if (png.size() - at < kChunkOverhead)
            return EmbeddedText::damaged(tr("the PNG file is cut short"));
        const quint32 length = bigEndian32(png, at);
        if (length > kMaxChunkLength || qsizetype(length) > png.size() - at - kChunkOverhead)
            return EmbeddedText::damaged(tr("the PNG file is cut short"));
        const QByteArrayView typeAndData = png.sliced(at + 4, 4 + qsizetype(length));
        const QByteArrayView type = typeAndData.first(4);
        const QByteArrayView data = typeAndData.sliced(4);
        const quint32 storedCrc = bigEndian32(png, at + 8 + qsizetype(length));
        at += kChunkOverhead + qsizetype(length);

        if (type == "IEND")
            return EmbeddedText::absent();
        if (type != "tEXt" && type != "zTXt" && type != "iTXt")
            continue;
        const qsizetype keywordEnd = data.indexOf('\0');
        if (keywordEnd < 0 || data.first(keywordEnd) != QByteArrayView(keyword.data(), keyword.size()))
            continue;
        if (crcOf(typeAndData) != storedCrc)
            return EmbeddedText::damaged(tr("the design's text chunk fails its checksum"));
        return decodeText(type, data.sliced(keywordEnd + 1));
    }
    return EmbeddedText::damaged(tr("the PNG file is cut short"));
}

} // namespace infralab
