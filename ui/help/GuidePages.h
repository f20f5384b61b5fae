#pragma once

#include <QStringList>
#include <QUrl>

namespace infralab {

// The built-in guide's topics in reading order. Each names a page
// resources/guide/NAME.html whose <title> is the topic's title in the
// contents. A feature that lands adds its page there, to the resource list
// in ui/help/CMakeLists.txt and here.
QStringList guidePageNames();

// Where the page of a topic is: qrc:/guide/NAME.html, or
// qrc:/guide/fr/NAME.html when the interface is French.
QUrl guidePageUrl(const QString &name);

// The topic a page URL shows (absolute, or relative to the guide), or an
// empty string for any other URL.
QString guidePageName(const QUrl &url);

} // namespace infralab
