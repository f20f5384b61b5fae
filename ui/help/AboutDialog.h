#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace infralab {

// Help > About Infralab: what the app is, its version, the Qt it runs on,
// its copyright and licence, and the licence's full text on request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Everything the dialog says above the licence text, as plain text.
    QString text() const;
    QPushButton *licenceButton() const { return m_licenceButton; }
    QPlainTextEdit *licenceView() const { return m_licence; }

private:
    void showLicence(bool shown);

    QLabel *m_heading;
    QLabel *m_body;
    QPushButton *m_licenceButton;
    QPlainTextEdit *m_licence;
};

} // namespace infralab
