#pragma once

#include <QByteArray>
#include <QString>

namespace infralab {

// What a picture's reader found under our key: the design's JSON (UTF-8),
// nothing, or a damaged container with the reason.
struct EmbeddedText
{
    enum class Outcome {
        Found,
        Absent, // a valid picture that carries no design of ours
        Damaged, // truncated, bad checksum, bad compression, too large…
    };

    Outcome outcome = Outcome::Absent;
    QByteArray json;
    QString problem; // for Damaged: what is wrong, one line

    static EmbeddedText found(QByteArray json) { return {Outcome::Found, std::move(json), {}}; }
    static EmbeddedText absent() { return {}; }
    static EmbeddedText damaged(QString problem) { return {Outcome::Damaged, {}, std::move(problem)}; }

    friend bool operator==(const EmbeddedText &, const EmbeddedText &) = default;
};

} // namespace infralab
