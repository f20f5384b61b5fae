#include "WalkthroughFrames.h"

#include "MainWindow.h"
#include "canvas/CanvasView.h"
#include "walkthrough/HopAnimation.h"
#include "walkthrough/WalkthroughCanvas.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "presets/Presets.h"

#include <QApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace infralab {

std::vector<double> walkthroughFrameTimes(int framesPerStep, bool wholeCanvas)
{
    MainWindow window;
    window.resize(1400, 900);
    window.openSource(u"preset:"_s + defaultPresetName());
    window.show();
    QApplication::processEvents();

    WalkthroughPlayer *player = window.walkthroughPlayer();
    HopAnimation *animation = window.walkthroughCanvas()->animation();
    QWidget *canvas = window.canvasView()->viewport();
    std::vector<double> times;
    for (int step = 0; step < player->stepCount(); ++step) {
        player->goToStep(step);
        QApplication::processEvents();   // the step's first frame, not timed here
        for (int frame = 0; frame <= framesPerStep; ++frame) {
            QElapsedTimer timer;
            timer.start();
            // What one tick of the animation costs: move the packets, then
            // paint (the scene reports what changed, the view repaints it).
            animation->setProgress(qreal(frame) / framesPerStep);
            if (wholeCanvas)
                canvas->repaint();
            else
                QApplication::processEvents();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    player->stop();
    return times;
}

} // namespace infralab
