#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kIconSize = 96;

QString licenceText()
{
    QFile file(u":/about/LICENSE"_s);
    // Compiled in by ui/help/CMakeLists.txt: it cannot be missing.
    const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
    Q_ASSERT(opened);
    return QString::fromUtf8(file.readAll());
}

QLabel *richLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Infralab"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/infralab.svg"_s).pixmap(QSize(kIconSize, kIconSize)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_heading = richLabel(u"<h2 style=\"margin-bottom:0\">Infralab</h2><p>%1</p>"_s.arg(
                              tr("Version %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()),
        this);
    m_body = richLabel(
        u"<p>%1</p><p>%2</p><p>%3<br>%4</p>"_s.arg(
            tr("See how a web request travels through real infrastructure: DNS, firewalls, a load balancer that "
               "ends HTTPS, web and application servers, databases and the monitoring that watches them.")
                .toHtmlEscaped(),
            tr("Built with Qt %1, running on Qt %2.")
                .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
            tr("Copyright \u00a9 2026 The Infralab authors").toHtmlEscaped(),
            tr("Free software under the MIT License.").toHtmlEscaped()),
        this);
    m_body->setObjectName(u"aboutText"_s);

    m_licence = new QPlainTextEdit(licenceText(), this);
    m_licence->setObjectName(u"licenceText"_s);
    m_licence->setReadOnly(true);
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Apart from Close, on the left, whatever order the style gives a box.
    m_licenceButton = new QPushButton(tr("&Licence"), this);
    m_licenceButton->setCheckable(true);
    m_licenceButton->setToolTip(tr("Show the full text of the MIT License"));
    connect(m_licenceButton, &QPushButton::toggled, this, &AboutDialog::showLicence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_body);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 3);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licence, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_licenceButton);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    // Wide enough for the description to wrap into a few even lines.
    m_body->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_heading->text() + m_body->text());
    return document.toPlainText();
}

void AboutDialog::showLicence(bool shown)
{
    m_licence->setVisible(shown);
    if (shown) {
        // Room for the licence's 80-column lines without a horizontal scroll.
        const QFontMetrics metrics(m_licence->font());
        const int lines = m_licence->document()->blockCount() + 1;
        resize(qMax(width(), metrics.horizontalAdvance(QString(82, u'M')) + 2 * layout()->contentsMargins().left()),
            height() + metrics.lineSpacing() * lines + 2 * m_licence->frameWidth());
    } else {
        adjustSize();
    }
}

} // namespace infralab
