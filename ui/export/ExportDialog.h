#pragma once

#include "ExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace infralab {

class DiagramExporter;

// File > Export's choices: format, scale, margin, background and "selection
// only" (offered only when something is selected), with the size the file
// will have and whether it reopens as a design.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const DiagramExporter &exporter, bool hasSelection, QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);

private:
    void updateSummary();

    const DiagramExporter &m_exporter;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_margin;
    QRadioButton *m_white;
    QRadioButton *m_transparent;
    QCheckBox *m_selectionOnly;
    QLabel *m_size;
    QLabel *m_note;
};

} // namespace infralab
