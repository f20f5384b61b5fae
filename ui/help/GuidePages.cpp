#include "GuidePages.h"

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kPrefix = u"/guide/"_s;
const QString kSuffix = u".html"_s;

} // namespace

QStringList guidePageNames()
{
    return {
        u"overview"_s,
        u"diagram"_s,
        u"designs"_s,
        u"properties"_s,
        u"critique"_s,
        u"walkthrough"_s,
        u"simulation"_s,
        u"command-line"_s,
    };
}

QUrl guidePageUrl(const QString &name)
{
    QUrl url;
    url.setScheme(u"qrc"_s);
    url.setPath(kPrefix + name + kSuffix);
    return url;
}

QString guidePageName(const QUrl &url)
{
    // A bare "critique.html" is a page of the guide too (the browser's
    // search path finds it there).
    const QUrl absolute = url.isRelative() ? guidePageUrl({}).resolved(url) : url;
    const QString path = absolute.path();
    if (absolute.scheme() != u"qrc" || !path.startsWith(kPrefix) || !path.endsWith(kSuffix))
        return {};
    const QString name = path.sliced(kPrefix.size(), path.size() - kPrefix.size() - kSuffix.size());
    return guidePageNames().contains(name) ? name : QString();
}

} // namespace infralab
