#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace infralab {

class JsonRowsModel;

// A table of ordered rows with Add, Remove, Move Up and Move Down, and the
// reason for the last refused value underneath (cleared by the next edit).
class RowsEditor : public QWidget
{
    Q_OBJECT

public:
    RowsEditor(JsonRowsModel *model, const QString &rowNoun, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString problem() const;

private:
    void updateButtons();
    void fitHeight();
    void select(int row);
    int currentRow() const;

    JsonRowsModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_problem;
};

} // namespace infralab
