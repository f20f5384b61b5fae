#include "WalkthroughPlayer.h"

#include "model/TopologyModel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace infralab {

WalkthroughPlayer::WalkthroughPlayer(TopologyModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_advanceTimer.setSingleShot(true);
    connect(&m_advanceTimer, &QTimer::timeout, this, &WalkthroughPlayer::advance);
    // Edits come in bursts (a drag, a compound command): derive once after.
    m_rederiveTimer.setSingleShot(true);
    m_rederiveTimer.setInterval(kRederiveDelayMs);
    connect(&m_rederiveTimer, &QTimer::timeout, this, &WalkthroughPlayer::rederive);
    if (m_model) {
        connect(m_model, &TopologyModel::changed, &m_rederiveTimer, qOverload<>(&QTimer::start));
        connect(m_model, &TopologyModel::modelReset, this, &WalkthroughPlayer::onModelReset);
        m_walkthrough = deriveWalkthrough(m_model->topology(), m_request, m_session.turn());
    }
}

const Step *WalkthroughPlayer::currentStep() const
{
    return m_index >= 0 && m_index < stepCount() ? &m_walkthrough.steps.at(m_index) : nullptr;
}

int WalkthroughPlayer::travelMs() const
{
    return int(std::lround(kTravelMs / m_speed));
}

int WalkthroughPlayer::stepDurationMs(int index) const
{
    if (index < 0 || index >= stepCount())
        return 0;
    const qsizetype characters = m_walkthrough.steps.at(index).text.size();
    const qsizetype reading = std::clamp<qsizetype>(characters * kReadingMsPerCharacter, kMinReadingMs, kMaxReadingMs);
    return int(std::lround((kTravelMs + qreal(reading)) / m_speed));
}

int WalkthroughPlayer::keptStepIndex(const Walkthrough &before, int index, const Walkthrough &after)
{
    const int count = int(after.steps.size());
    if (index < 0 || count == 0)
        return -1;
    if (index < before.steps.size()) {
        const Step &was = before.steps.at(index);
        int nearest = -1;
        for (int i = 0; i < count; ++i) {
            const Step &step = after.steps.at(i);
            const bool sameHop = step.from == was.from && step.to == was.to;
            if (sameHop && (nearest < 0 || std::abs(i - index) < std::abs(nearest - index)))
                nearest = i;
        }
        if (nearest >= 0)
            return nearest;
    }
    return std::min(index, count - 1);
}

void WalkthroughPlayer::play()
{
    if (stepCount() == 0)
        return;
    if (isLastStep()) {
        // The journey is over: the next request, which round-robin sends on.
        m_session.advance();
        if (m_model)
            m_walkthrough = deriveWalkthrough(m_model->topology(), m_request, m_session.turn());
        emit walkthroughChanged();
        if (stepCount() == 0) {
            setIndex(-1, true);
            return;
        }
        setIndex(0, true);
    } else if (m_index < 0) {
        setIndex(0);
    }
    setPlaying(true);
    scheduleAdvance();
}

void WalkthroughPlayer::pause()
{
    setPlaying(false);
}

void WalkthroughPlayer::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void WalkthroughPlayer::forward()
{
    if (m_index + 1 < stepCount())
        setIndex(m_index + 1);
}

void WalkthroughPlayer::back()
{
    if (m_index > 0)
        setIndex(m_index - 1);
}

void WalkthroughPlayer::restart()
{
    if (stepCount() > 0)
        setIndex(0, true);   // shown again even from step 1: the packet sets off anew
}

void WalkthroughPlayer::stop()
{
    setPlaying(false);
    setIndex(-1);
}

void WalkthroughPlayer::goToStep(int index)
{
    if (index >= 0 && index < stepCount())
        setIndex(index);
}

void WalkthroughPlayer::setRequestType(RequestType request)
{
    if (request == m_request)
        return;
    m_request = request;
    emit requestTypeChanged(request);
    rederiveNow();
}

void WalkthroughPlayer::setSpeed(qreal speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    // What is left of the current step passes at the new speed.
    if (m_advanceTimer.isActive()) {
        const qreal remaining = qreal(m_advanceTimer.remainingTime()) * m_speed / speed;
        m_advanceTimer.start(int(std::lround(remaining)));
    }
    m_speed = speed;
    emit speedChanged(speed);
}

void WalkthroughPlayer::rederiveNow()
{
    m_rederiveTimer.stop();
    rederive();
}

void WalkthroughPlayer::setIndex(int index, bool force)
{
    index = std::clamp(index, -1, stepCount() - 1);
    if (index == m_index && !force)
        return;
    m_index = index;
    if (m_index < 0)
        setPlaying(false);
    emit stepChanged(m_index);
    scheduleAdvance();
}

void WalkthroughPlayer::setPlaying(bool playing)
{
    if (!playing)
        m_advanceTimer.stop();
    if (playing == m_playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

void WalkthroughPlayer::scheduleAdvance()
{
    if (m_playing && m_index >= 0)
        m_advanceTimer.start(stepDurationMs(m_index));
}

void WalkthroughPlayer::advance()
{
    if (m_index + 1 < stepCount())
        setIndex(m_index + 1);
    else
        setPlaying(false);   // the page is shown: stay on the last step
}

void WalkthroughPlayer::rederive()
{
    if (!m_model)
        return;
    const Walkthrough next = deriveWalkthrough(m_model->topology(), m_request, m_session.turn());
    if (next == m_walkthrough)
        return;   // most edits (a move, a rename elsewhere) change nothing here
    const int index = keptStepIndex(m_walkthrough, m_index, next);
    m_walkthrough = next;
    emit walkthroughChanged();
    setIndex(index, true);
}

void WalkthroughPlayer::onModelReset()
{
    // Another design: the student's place in the old one means nothing.
    m_rederiveTimer.stop();
    m_session.reset();
    setPlaying(false);
    m_walkthrough = m_model ? deriveWalkthrough(m_model->topology(), m_request, m_session.turn()) : Walkthrough{};
    m_index = -1;
    emit walkthroughChanged();
    emit stepChanged(m_index);
}

} // namespace infralab
