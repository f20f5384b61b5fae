#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace infralab {

// The inspector's few shared looks, so every editor refuses a value and
// titles a group the same way.
void styleAsProblem(QLabel *label);
QString problemFieldStyleSheet();
// Small, dimmed text under a field or a heading.
void styleAsHint(QLabel *label);

} // namespace infralab
