#pragma once

#include "ExportFormat.h"

#include <QtGlobal>

namespace infralab {

enum class ExportBackground {
    White,
    Transparent,
};

// How one export is made; File > Export remembers the last choices.
struct ExportOptions
{
    static constexpr qreal kMinScale = 0.25;
    static constexpr qreal kMaxScale = 8;
    static constexpr qreal kMaxMargin = 500;

    ExportFormat format = ExportFormat::Png;
    // Output units per scene unit: pixels for PNG, CSS pixels for SVG,
    // points for PDF. 2 gives a PNG twice as wide and twice as high.
    qreal scale = 1;
    qreal margin = 24; // scene units of background around the drawing
    ExportBackground background = ExportBackground::White;
    bool selectionOnly = false; // the selected nodes and the links between them

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};

} // namespace infralab
