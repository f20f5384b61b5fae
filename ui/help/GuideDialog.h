#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace infralab {

// Help > Guide (F1): a short built-in guide to what Infralab can do. The
// topics are listed on the left, each one an HTML page of our own
// (GuidePages) shown on the right; links between pages keep the two in step.
// Not modal, so the guide can stay open beside the window it explains.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // Shows the page of a topic of guidePageNames(); false for another name.
    bool showTopic(const QString &name);
    QString currentTopic() const;

    QListWidget *topics() const { return m_topics; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void followBrowser(const QUrl &url);

    QListWidget *m_topics;
    QTextBrowser *m_browser;
};

} // namespace infralab
