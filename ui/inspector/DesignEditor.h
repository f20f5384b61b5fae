#pragma once

#include "commands/ChangeDesignCommand.h"

#include <QWidget>

class QPlainTextEdit;

namespace infralab {

class CheckedLineEdit;
class TopologyModel;

// The design's own fields, shown when nothing is selected: its name, the
// site it serves and a paragraph about it.
class DesignEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DesignEditor(const TopologyModel *model, QWidget *parent = nullptr);

    void setDesign(const DesignInfo &design);

signals:
    void edited(const infralab::DesignInfo &after, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitDescription();

    DesignInfo m_design;
    CheckedLineEdit *m_name;
    CheckedLineEdit *m_domain;
    QPlainTextEdit *m_description;
};

} // namespace infralab
