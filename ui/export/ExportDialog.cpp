#include "ExportDialog.h"

#include "DiagramExporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

ExportDialog::ExportDialog(const DiagramExporter &exporter, bool hasSelection, QWidget *parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_format(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_margin(new QSpinBox(this))
    , m_white(new QRadioButton(tr("&White"), this))
    , m_transparent(new QRadioButton(tr("&Transparent"), this))
    , m_selectionOnly(new QCheckBox(tr("Selected components &only"), this))
    , m_size(new QLabel(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Export Diagram"));
    setObjectName(u"exportDialog"_s);

    for (const ExportFormatInfo &format : ExportFormats::all())
        m_format->addItem(ExportFormats::label(format.format), QVariant::fromValue(format.format));
    m_format->setObjectName(u"format"_s);

    m_scale->setRange(ExportOptions::kMinScale, ExportOptions::kMaxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(u"\u00d7"_s);
    m_scale->setObjectName(u"scale"_s);
    m_scale->setToolTip(tr("2\u00d7 gives an image twice as wide and twice as high: sharp on high-resolution "
                           "screens and in print."));

    m_margin->setRange(0, int(ExportOptions::kMaxMargin));
    m_margin->setSingleStep(8);
    m_margin->setSuffix(tr(" px"));
    m_margin->setObjectName(u"margin"_s);
    m_margin->setToolTip(tr("Space around the drawing, at scale 1\u00d7."));

    auto *background = new QButtonGroup(this);
    background->addButton(m_white);
    background->addButton(m_transparent);
    m_white->setObjectName(u"whiteBackground"_s);
    m_transparent->setObjectName(u"transparentBackground"_s);
    auto *backgroundRow = new QHBoxLayout;
    backgroundRow->addWidget(m_white);
    backgroundRow->addWidget(m_transparent);
    backgroundRow->addStretch();

    m_selectionOnly->setObjectName(u"selectionOnly"_s);
    m_selectionOnly->setEnabled(hasSelection);
    m_selectionOnly->setToolTip(hasSelection ? tr("Only the selected components and the links between them.")
                                             : tr("Select components on the canvas to export only them."));

    m_size->setObjectName(u"outputSize"_s);
    m_note->setObjectName(u"formatNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("&Margin:"), m_margin);
    form->addRow(tr("Background:"), backgroundRow);
    form->addRow(QString(), m_selectionOnly);
    form->addRow(tr("Size:"), m_size);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export\u2026"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"exportButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    // Wide enough that the note wraps into two calm lines, not six.
    setMinimumWidth(fontMetrics().averageCharWidth() * 66);

    setOptions(ExportOptions());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_margin, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_selectionOnly, &QCheckBox::toggled, this, &ExportDialog::updateSummary);
    updateSummary();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = m_format->currentData().value<ExportFormat>();
    options.scale = m_scale->value();
    options.margin = m_margin->value();
    options.background = m_transparent->isChecked() ? ExportBackground::Transparent : ExportBackground::White;
    options.selectionOnly = m_selectionOnly->isEnabled() && m_selectionOnly->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(options.format)));
    m_scale->setValue(options.scale);
    m_margin->setValue(qRound(options.margin));
    (options.background == ExportBackground::Transparent ? m_transparent : m_white)->setChecked(true);
    m_selectionOnly->setChecked(options.selectionOnly && m_selectionOnly->isEnabled());
    updateSummary();
}

void ExportDialog::updateSummary()
{
    const ExportOptions chosen = options();
    const ExportFormatInfo &format = ExportFormats::info(chosen.format);
    const QSize size = m_exporter.outputSize(chosen);
    if (size.isEmpty())
        m_size->setText(tr("nothing to export"));
    else if (format.raster)
        m_size->setText(tr("%1 \u00d7 %2 pixels").arg(size.width()).arg(size.height()));
    else
        m_size->setText(tr("%1 \u00d7 %2 px, vector: sharp at any zoom").arg(size.width()).arg(size.height()));
    m_note->setText(format.carriesDesign ? tr("The file carries the design: open it in Infralab to edit it again.")
                                         : tr("The design is attached to the PDF; to reopen a picture in Infralab, "
                                              "export PNG or SVG."));
}

} // namespace infralab
