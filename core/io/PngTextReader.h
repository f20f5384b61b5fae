#pragma once

#include "EmbeddedText.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>

namespace infralab {

// Finds one text chunk (tEXt, zTXt or iTXt) in a PNG file by its keyword,
// walking the chunk list itself so the core needs no image library. Any bytes
// are safe: lengths are checked against what is there, checksums are
// verified, and compressed text stops at kMaxTextBytes (a 1 KB chunk can
// inflate to gigabytes).
class PngTextReader
{
    Q_DECLARE_TR_FUNCTIONS(PngTextReader)

public:
    static constexpr qsizetype kMaxTextBytes = 64 * 1024 * 1024;

    static bool isPng(QByteArrayView data);
    // The chunk's text as UTF-8 (Latin-1 tEXt and zTXt are converted).
    static EmbeddedText read(QByteArrayView png, QLatin1StringView keyword);
};

} // namespace infralab
