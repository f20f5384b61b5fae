#pragma once

#include "Subcommand.h"

namespace infralab {

struct Walkthrough;

// `infralab walkthrough SRC [--request static|read|write] [--json]`: the
// steps of one request through a design, one numbered line each, or
// DESIGN.md's JSON. A blocked request is a result, not an error: exit 0.
class WalkthroughCommand : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)   // lupdate does not look up the base class

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
            QTextStream &err) const override;

    // "  6. [lock] HAProxy receives ..." lines, then the reason if blocked.
    static QString formatText(const Walkthrough &walkthrough);
};

} // namespace infralab
