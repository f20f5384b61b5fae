#pragma once

#include "model/TopologyModel.h"
#include "walkthrough/Walkthrough.h"
#include "walkthrough/WalkthroughState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace infralab {

// The walkthrough as a student plays it, apart from any widget: the steps
// derived from the open design, which one is shown, whether it plays and
// how fast. What is shown for step n depends on n alone (and the design),
// never on how the student got there, so Back really goes back.
//
// Index -1 is the overview: no step shown, the canvas as drawn. Edits of
// the design re-derive the steps shortly after (a drag is one derivation)
// and keep the student on the same step when it still exists.
class WalkthroughPlayer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRederiveDelayMs = 60;
    // At 1x: how long a packet takes over one hop, and how long a step
    // stays at least, so its narration can be read.
    static constexpr int kTravelMs = 1200;
    static constexpr int kMinReadingMs = 2200;
    static constexpr int kReadingMsPerCharacter = 45;
    static constexpr int kMaxReadingMs = 7000;
    static constexpr qreal kMinSpeed = 0.25;
    static constexpr qreal kMaxSpeed = 4.0;

    explicit WalkthroughPlayer(TopologyModel *model, QObject *parent = nullptr);

    TopologyModel *model() const { return m_model; }
    const Walkthrough &walkthrough() const { return m_walkthrough; }
    int stepCount() const { return int(m_walkthrough.steps.size()); }
    int currentIndex() const { return m_index; }
    // Null in the overview.
    const Step *currentStep() const;
    bool isLastStep() const { return m_index >= 0 && m_index == stepCount() - 1; }

    bool isPlaying() const { return m_playing; }
    RequestType requestType() const { return m_request; }
    qreal speed() const { return m_speed; }
    // Which request of the session this is (0 for the first): a round-robin
    // load balancer sends each new one to the next server.
    int turn() const { return m_session.turn(); }

    // At the current speed.
    int travelMs() const;
    int stepDurationMs(int index) const;

    // The step to show after the steps changed from `before` to `after`
    // while showing `index` of `before`: the nearest step making the same
    // hop, else the same number, else the last; -1 stays the overview.
    static int keptStepIndex(const Walkthrough &before, int index, const Walkthrough &after);

public slots:
    // From the last step, a new request (the next server, round-robin).
    void play();
    void pause();
    void togglePlaying();
    void forward();
    void back();
    // Step 1 of the same request.
    void restart();
    // Back to the overview, paused.
    void stop();
    void goToStep(int index);
    void setRequestType(RequestType request);
    void setSpeed(qreal speed);
    // Re-derives now instead of after the short pause.
    void rederiveNow();

signals:
    // The steps changed (another design, request or turn, or an edit);
    // stepChanged() follows.
    void walkthroughChanged();
    void stepChanged(int index);
    void playingChanged(bool playing);
    void requestTypeChanged(RequestType request);
    void speedChanged(qreal speed);

private:
    void setIndex(int index, bool force = false);
    void setPlaying(bool playing);
    void scheduleAdvance();
    void advance();
    void rederive();
    void onModelReset();

    QPointer<TopologyModel> m_model;
    Walkthrough m_walkthrough;
    WalkthroughState m_session;
    RequestType m_request = RequestType::Read;
    int m_index = -1;
    bool m_playing = false;
    qreal m_speed = 1.0;
    QTimer m_advanceTimer;
    QTimer m_rederiveTimer;
};

} // namespace infralab
