#pragma once

#include <vector>

namespace infralab {

// The time in ms to draw each frame of the walkthrough's animation in the
// real window (1400 x 900, the default preset fitted): every step, its
// packet at `framesPerStep` points along the hop. `wholeCanvas` repaints all
// of the canvas each frame (the worst case: a step's first frame, when the
// dimming changes); otherwise the view repaints what the move made dirty,
// as it does while the packet travels. Needs a QApplication.
std::vector<double> walkthroughFrameTimes(int framesPerStep, bool wholeCanvas);

} // namespace infralab
