#pragma once

#include "canvas/CanvasFocus.h"
#include "walkthrough/Step.h"

#include <QObject>
#include <QPointer>

namespace infralab {

class CanvasView;
class HopAnimation;
class TopologyScene;
class WalkthroughPlayer;

// The player's current step shown on the canvas: the step's nodes ringed
// and its hop's links emphasised with the rest dimmed, the packet sent along
// the hop, and the view following the packet when zoomed in. In the
// overview the canvas is left as drawn.
class WalkthroughCanvas : public QObject
{
    Q_OBJECT

public:
    WalkthroughCanvas(WalkthroughPlayer *player, TopologyScene *scene, CanvasView *view, QObject *parent = nullptr);

    HopAnimation *animation() const { return m_animation; }

    // What the canvas puts forward for `step`.
    static CanvasFocus focusFor(const Step &step);

private:
    void showStep(int index);

    QPointer<WalkthroughPlayer> m_player;
    QPointer<TopologyScene> m_scene;
    QPointer<CanvasView> m_view;
    HopAnimation *m_animation;
};

} // namespace infralab
