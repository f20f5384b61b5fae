#include "WalkthroughCommand.h"

#include "presets/Presets.h"
#include "walkthrough/Walkthrough.h"
#include "walkthrough/WalkthroughJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infralab {

QString WalkthroughCommand::name() const
{
    return u"walkthrough"_s;
}

QString WalkthroughCommand::synopsis() const
{
    return u"walkthrough SRC [--request static|read|write] [--json]"_s;
}

QString WalkthroughCommand::summary() const
{
    return tr("print the steps of one request through a design");
}

void WalkthroughCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"request"_s, tr("What the browser asks for: static, read (default) or write."), u"TYPE"_s,
                      jsonName(RequestType::Read)});
    parser.addOption({u"json"_s, tr("Print JSON instead of numbered lines.")});
}

int WalkthroughCommand::run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                            QTextStream &err) const
{
    if (arguments.size() != 1)
        return usageError(err);
    const QString requestName = parser.value(u"request"_s);
    const std::optional<RequestType> request = requestTypeFromJson(requestName);
    if (!request) {
        err << "infralab: "
            << tr("--request must be %1, not \"%2\"").arg(requestTypeChoices(), requestName) << '\n';
        return kExitBadInput;
    }
    const std::optional<Topology> design = loadDesign(arguments.first(), err);
    if (!design)
        return kExitBadInput;
    const Walkthrough walkthrough = deriveWalkthrough(*design, *request);
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(toJson(walkthrough)).toJson(QJsonDocument::Indented));
    else
        out << formatText(walkthrough);
    return kExitOk;
}

QString WalkthroughCommand::formatText(const Walkthrough &walkthrough)
{
    QString text;
    for (const Step &step : walkthrough.steps) {
        text += u"%1. "_s.arg(step.n, 3);
        if (step.encrypted)
            text += u"[lock] "_s;
        text += step.text + u'\n';
    }
    if (walkthrough.isBlocked())
        text += tr("Blocked: %1").arg(walkthrough.blocked) + u'\n';
    return text;
}

} // namespace infralab
