#include "WalkthroughCanvas.h"

#include "HopAnimation.h"
#include "StepSummary.h"
#include "WalkthroughPlayer.h"

#include "canvas/CanvasView.h"
#include "canvas/TopologyScene.h"

namespace infralab {

WalkthroughCanvas::WalkthroughCanvas(WalkthroughPlayer *player, TopologyScene *scene, CanvasView *view,
                                     QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_scene(scene)
    , m_view(view)
    , m_animation(new HopAnimation(scene, this))
{
    connect(player, &WalkthroughPlayer::stepChanged, this, &WalkthroughCanvas::showStep);
    // The scene connected to the model first, so its items have moved by now.
    if (TopologyModel *model = scene->model())
        connect(model, &TopologyModel::changed, m_animation, &HopAnimation::refreshRoutes);
    if (view) {
        connect(m_animation, &HopAnimation::tokenMoved, view, [this](const QPointF &pos) {
            if (m_view)
                m_view->follow(pos);
        });
    }
    showStep(player->currentIndex());
}

CanvasFocus WalkthroughCanvas::focusFor(const Step &step)
{
    CanvasFocus focus;
    focus.nodes = step.nodes();
    for (const QStringList &stops : HopAnimation::journeys(step)) {
        for (qsizetype i = 0; i + 1 < stops.size(); ++i)
            focus.links.append({stops.at(i), stops.at(i + 1)});
    }
    return focus;
}

void WalkthroughCanvas::showStep(int index)
{
    if (!m_scene || !m_player)
        return;
    const Step *step = m_player->currentStep();
    if (!step || index < 0) {
        m_scene->clearWalkthroughFocus();
        m_animation->clear();
        return;
    }
    m_scene->setWalkthroughFocus(focusFor(*step));
    m_animation->start(*step, stepLook(m_player->walkthrough(), index), m_player->travelMs());
    const QList<PacketToken *> tokens = m_animation->tokens();
    if (m_view && !tokens.isEmpty())
        m_view->glideToShow(m_animation->hopBounds(), tokens.first()->pos());
}

} // namespace infralab
