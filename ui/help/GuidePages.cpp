#include "GuidePages.h"

#include "i18n/Translations.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kPrefix = u"/guide/"_s;
const QString kSuffix = u".html"_s;

// The pages in the interface's language: /guide/fr/ when French is shown,
// /guide/ (English) otherwise or for a language without its own pages.
QString pagesFolder()
{
    const QString translated = kPrefix + languageCode(Translations::current()) + u'/';
    return QFile::exists(u':' + translated + u"overview.html"_s) ? translated : kPrefix;
}

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
    url.setPath(pagesFolder() + name + kSuffix);
    return url;
}

QString guidePageName(const QUrl &url)
{
    // A bare "critique.html" is a page of the guide too (the browser's
    // search path finds it there).
    const QUrl absolute = url.isRelative() ? guidePageUrl({}).resolved(url) : url;
    const QString path = absolute.path();
    const QString folder = pagesFolder();
    if (absolute.scheme() != u"qrc" || !path.startsWith(folder) || !path.endsWith(kSuffix))
        return {};
    const QString name = path.sliced(folder.size(), path.size() - folder.size() - kSuffix.size());
    return guidePageNames().contains(name) ? name : QString();
}

} // namespace infralab
