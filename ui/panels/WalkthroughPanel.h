#pragma once

#include "canvas/PacketToken.h"

#include "walkthrough/RequestType.h"

#include <QDockWidget>
#include <QHash>
#include <QIcon>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QSlider;

namespace infralab {

class WalkthroughPlayer;

// The walkthrough (issue 4, "Animation"): the numbered steps of one request
// through the open design, the current one narrated in large text, and the
// transport: Restart, Back, Play/Pause, Forward, Stop, the speed and the
// kind of request. With the step list focused (any click on the transport
// focuses it), Space plays or pauses, Left and Right step, Home restarts and
// Escape returns to the overview; Up and Down move through the list.
// It only shows and drives a WalkthroughPlayer.
class WalkthroughPanel : public QDockWidget
{
    Q_OBJECT

public:
    // The speed slider's stops, as multiples of the normal pace.
    static const QList<qreal> &speeds();

    explicit WalkthroughPanel(WalkthroughPlayer *player, QWidget *parent = nullptr);

    // Play or Pause, for the main toolbar too.
    QAction *playAction() const { return m_play; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *restartAction() const { return m_restart; }
    QAction *stopAction() const { return m_stop; }

    QListWidget *stepList() const { return m_steps; }
    QLabel *narration() const { return m_narration; }
    QLabel *position() const { return m_position; }
    QLabel *route() const { return m_route; }
    QSlider *speedSlider() const { return m_speed; }
    QComboBox *requestBox() const { return m_request; }

protected:
    bool event(QEvent *event) override;

private:
    QWidget *createTransport();
    QAction *createAction(const QString &objectName, const QString &iconName, int fallbackIcon,
                          const QKeySequence &shortcut, void (WalkthroughPlayer::*slot)());
    void fillSteps();
    void showStep(int index);
    void updateTransport();
    void updateIcons();
    void showSpeed(qreal speed);
    void showRequest(RequestType request);
    // Keys keep working after a click on a button or the toolbar's Play.
    void takeFocus();

    QPointer<WalkthroughPlayer> m_player;
    QListWidget *m_steps;
    QLabel *m_position;
    QLabel *m_badge;
    QLabel *m_route;
    QLabel *m_narration;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_request = nullptr;
    QAction *m_play = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_stop = nullptr;
    QHash<int, QIcon> m_badges;   // PacketToken::Look -> the step list's icon
};

} // namespace infralab
