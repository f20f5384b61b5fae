#include "GuideDialog.h"

#include "GuidePages.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kNameRole = Qt::UserRole;

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

// A topic is titled by its page, so a translated page brings its title.
QString pageTitle(const QString &name)
{
    QTextDocument page;
    page.setHtml(resourceText(u":/guide/"_s + name + u".html"_s));
    const QString title = page.metaInformation(QTextDocument::DocumentTitle);
    return title.isEmpty() ? name : title;
}

} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"guideDialog"_s);
    // Qt adds " — Infralab" (the display name) on desktops.
    setWindowTitle(tr("Guide"));
    setSizeGripEnabled(true);

    m_topics->setObjectName(u"guideTopics"_s);
    m_topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room around each title, like the sidebar of a settings window.
    m_topics->setStyleSheet(u"QListWidget::item { padding: 5px 8px; }"_s);
    for (const QString &name : guidePageNames()) {
        auto *item = new QListWidgetItem(pageTitle(name), m_topics);
        item->setData(kNameRole, name);
    }

    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/guide"_s});
    m_browser->document()->setDefaultStyleSheet(resourceText(u":/guide/guide.css"_s));
    m_browser->document()->setDocumentMargin(fontMetrics().averageCharWidth() * 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_topics);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The contents as wide as their longest title; the page gets the rest.
    const int topicsWidth = m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth()
        + m_topics->verticalScrollBar()->sizeHint().width();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_topics, &QListWidget::currentItemChanged, this, [this](const QListWidgetItem *item) {
        if (item)
            showTopic(item->data(kNameRole).toString());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideDialog::followBrowser);

    const QFontMetrics metrics = fontMetrics();
    resize(topicsWidth + metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36);
    splitter->setSizes({topicsWidth, width() - topicsWidth});
    showTopic(guidePageNames().constFirst());
}

bool GuideDialog::showTopic(const QString &name)
{
    if (!guidePageNames().contains(name))
        return false;
    const QUrl url = guidePageUrl(name);
    if (m_browser->source() != url)
        m_browser->setSource(url);
    return true;
}

QString GuideDialog::currentTopic() const
{
    return guidePageName(m_browser->source());
}

void GuideDialog::followBrowser(const QUrl &url)
{
    const QString name = guidePageName(url);
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem *item = m_topics->item(row);
        if (item->data(kNameRole).toString() == name) {
            const QSignalBlocker blocker(m_topics);
            m_topics->setCurrentItem(item);
            return;
        }
    }
}

} // namespace infralab
