#include "InspectorStyle.h"

#include <QLabel>
#include <QPalette>

namespace infralab {

namespace {

// The high-severity red of the findings dock: one colour for "wrong".
const QColor kProblemColour(0xd9, 0x30, 0x25);

} // namespace

void styleAsProblem(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kProblemColour);
    label->setPalette(palette);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString problemFieldStyleSheet()
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; padding: 2px; }")
        .arg(kProblemColour.name());
}

void styleAsHint(QLabel *label)
{
    QPalette palette = label->palette();
    QColor dim = palette.color(QPalette::WindowText);
    dim.setAlphaF(0.65f);
    palette.setColor(QPalette::WindowText, dim);
    label->setPalette(palette);
    label->setWordWrap(true);
}

} // namespace infralab
