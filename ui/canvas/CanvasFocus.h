#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace infralab {

// What the canvas puts forward while the walkthrough shows a step: the
// step's nodes are ringed, the links its hop runs along are emphasised, and
// everything else is dimmed (TopologyScene::setWalkthroughFocus()).
struct CanvasFocus
{
    QStringList nodes;                              // node ids
    QList<std::pair<QString, QString>> links;       // node id pairs, either way round

    friend bool operator==(const CanvasFocus &, const CanvasFocus &) = default;
};

} // namespace infralab
