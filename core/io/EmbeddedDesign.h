#pragma once

#include <QLatin1StringView>

namespace infralab {

// Where an exported picture carries its design, so that File > Open and
// every SRC argument reopen a PNG or SVG as the design it shows. The writer
// (ui/export) and the reader (EmbeddedDesignReader) share these names.
namespace EmbeddedDesign {

// PNG: a text chunk (tEXt, zTXt or iTXt) with this keyword holds the
// `.infralab.json` document.
inline constexpr QLatin1StringView kPngKeyword {"infralab-topology"};

// SVG: <metadata><infralab:topology xmlns:infralab="…">JSON</…></metadata>.
// A URN, not a web address: nothing is ever fetched from it.
inline constexpr QLatin1StringView kSvgNamespace {"urn:x-infralab:topology"};
inline constexpr QLatin1StringView kSvgPrefix {"infralab"};
inline constexpr QLatin1StringView kSvgElement {"topology"};

} // namespace EmbeddedDesign

} // namespace infralab
