#include "SimulationToolBar.h"

#include "SimulationController.h"

#include "help/ActionToolTip.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const auto kRequestRateKey = u"simulation/requestRate"_s;
const auto kAttackRateKey = u"simulation/attackRate"_s;
const auto kSpeedKey = u"simulation/speed"_s;

// Wide enough for the whole message on a usual window, elided beyond.
constexpr int kProblemWidth = 320;

QIcon icon(const QString &theme, const QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(theme, style->standardIcon(fallback));
}

} // namespace

SimulationToolBar::SimulationToolBar(SimulationController *controller, QWidget *parent)
    : QToolBar(tr("Simulation"), parent)
    , m_controller(controller)
{
    setObjectName(u"simulationToolBar"_s);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_run = addAction(QString());
    m_run->setObjectName(u"simulationRunAction"_s);
    // F5 runs and pauses, Shift+F5 stops, as in a debugger: Space already plays the walkthrough.
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_run, &QAction::triggered, controller, [controller] { controller->setRunning(!controller->isRunning()); });

    m_reset = addAction(icon(u"media-skip-backward"_s, style(), QStyle::SP_MediaSkipBackward), tr("&Reset"));
    m_reset->setObjectName(u"simulationResetAction"_s);
    m_reset->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    setToolTipWithShortcut(m_reset, tr("Back to 0:00 with every component up"));
    connect(m_reset, &QAction::triggered, controller, &SimulationController::reset);
    addSeparator();

    addLabelled(new QLabel(tr("Requests"), this), tr("Legitimate requests the browsers send, per second"));
    m_requestRate = addRateBox(u"requestRateBox"_s, 0, tr(" /s"), tr("Legitimate requests the browsers send, per second"));
    addSeparator();

    m_attack = addAction(QIcon(u":/icons/attack.svg"_s), tr("&Attack"));
    m_attack->setObjectName(u"simulationAttackAction"_s);
    m_attack->setCheckable(true);
    setToolTipWithShortcut(m_attack, tr("Send what the internet sends to any public address: port scans, "
                                        "SSH and MySQL password guesses, a flood of page requests"));
    connect(m_attack, &QAction::toggled, controller, &SimulationController::setAttacking);
    m_attackRate = addRateBox(u"attackRateBox"_s, 1, tr(" /s"), tr("Attack packets sent per second"));
    addSeparator();

    m_speed = new QComboBox(this);
    m_speed->setObjectName(u"simulationSpeedBox"_s);
    m_speeds = new QActionGroup(this);
    for (SimulationSpeed speed : simulationSpeeds()) {
        m_speed->addItem(label(speed), QVariant::fromValue(int(speed)));
        m_speed->setItemData(m_speed->count() - 1, infralab::toolTip(speed), Qt::ToolTipRole);
        QAction *choice = m_speeds->addAction(label(speed));
        choice->setCheckable(true);
        choice->setStatusTip(infralab::toolTip(speed));
        choice->setData(int(speed));
        connect(choice, &QAction::triggered, controller, [controller, speed] { controller->setSpeed(speed); });
    }
    addLabelled(m_speed, tr("How fast simulated time runs"));
    connect(m_speed, &QComboBox::activated, controller,
            [this, controller](int index) { controller->setSpeed(SimulationSpeed(m_speed->itemData(index).toInt())); });

    m_clock = new QLabel(this);
    m_clock->setObjectName(u"simulationClock"_s);
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digits.setPointSizeF(font().pointSizeF() * 1.1);
    digits.setBold(true);
    m_clock->setFont(digits);
    m_clock->setAlignment(Qt::AlignCenter);
    m_clock->setMinimumWidth(QFontMetrics(digits).horizontalAdvance(u"00:00:00"_s) + 12);
    addLabelled(m_clock, tr("Simulated time since the start"));

    auto *behind = new QLabel(tr("slowed down"), this);
    behind->setEnabled(false);   // greyed: a remark, not an alarm
    m_behindAction = addLabelled(behind, tr("This computer cannot simulate this much traffic at this speed: "
                                            "the simulated clock runs slower"));

    auto *problem = new QWidget(this);
    auto *layout = new QHBoxLayout(problem);
    layout->setContentsMargins(6, 0, 6, 0);
    auto *warning = new QLabel(problem);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warning->setPixmap(icon(u"dialog-warning"_s, style(), QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_problem = new QLabel(problem);
    m_problem->setObjectName(u"simulationProblem"_s);
    layout->addWidget(warning);
    layout->addWidget(m_problem);
    m_problemAction = addLabelled(problem, tr("Why no request can get in"));

    connect(controller, &SimulationController::runningChanged, this, &SimulationToolBar::showRunning);
    connect(controller, &SimulationController::settingsChanged, this, &SimulationToolBar::showSettings);
    connect(controller, &SimulationController::advanced, this, &SimulationToolBar::showClock);
    connect(controller, &SimulationController::advanced, this, &SimulationToolBar::updateResetEnabled);
    connect(controller, &SimulationController::cleared, this, [this] {
        showClock(m_controller->simulation());
        updateResetEnabled();
    });
    connect(controller, &SimulationController::failuresChanged, this, &SimulationToolBar::updateResetEnabled);
    connect(controller, &SimulationController::problemChanged, this, &SimulationToolBar::showProblem);
    connect(controller, &SimulationController::behindChanged, this, &SimulationToolBar::showBehind);

    restoreSettings();
    connect(m_requestRate, &QSpinBox::valueChanged, controller, [controller](int rate) {
        controller->setRequestRate(rate);
        QSettings().setValue(kRequestRateKey, rate);
    });
    connect(m_attackRate, &QSpinBox::valueChanged, controller, [controller](int rate) {
        controller->setAttackRate(rate);
        QSettings().setValue(kAttackRateKey, rate);
    });
    connect(controller, &SimulationController::settingsChanged, this,
            [controller] { QSettings().setValue(kSpeedKey, QString::fromLatin1(simulationSpeedInfo(controller->speed()).settingsName)); });

    showRunning(controller->isRunning());
    showSettings();
    showClock(controller->simulation());
    showProblem(controller->problem());
    showBehind(controller->isBehind());
}

QSpinBox *SimulationToolBar::addRateBox(const QString &objectName, int minimum, const QString &suffix,
                                        const QString &toolTip)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(minimum, kMaxRate);
    box->setSuffix(suffix);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setAccelerated(true);
    // Typing "1000" must not run a moment at 1, 10 and 100 requests/s.
    box->setKeyboardTracking(false);
    box->setAlignment(Qt::AlignRight);
    addLabelled(box, toolTip);
    return box;
}

QAction *SimulationToolBar::addLabelled(QWidget *widget, const QString &toolTip)
{
    QAction *action = addWidget(widget);
    setToolTipWithShortcut(action, toolTip);
    widget->setToolTip(action->toolTip());
    return action;
}

void SimulationToolBar::restoreSettings()
{
    // Straight to the controller: the boxes follow it in showSettings().
    const QSettings settings;
    const auto rate = [&settings](const QString &key, double fallback, int minimum) {
        return double(std::clamp(settings.value(key, int(fallback)).toInt(), minimum, kMaxRate));
    };
    m_controller->setRequestRate(rate(kRequestRateKey, SimulationController::kDefaultRequestRate, 0));
    m_controller->setAttackRate(rate(kAttackRateKey, SimulationController::kDefaultAttackRate, 1));
    if (const auto speed = simulationSpeedFromName(settings.value(kSpeedKey).toString()))
        m_controller->setSpeed(*speed);
}

QAction *SimulationToolBar::speedAction(SimulationSpeed speed) const
{
    for (QAction *action : m_speeds->actions()) {
        if (action->data().toInt() == int(speed))
            return action;
    }
    return nullptr;
}

QMenu *SimulationToolBar::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Simulation"), parent);
    menu->setObjectName(u"simulationMenu"_s);
    menu->addAction(m_run);
    menu->addAction(m_reset);
    menu->addSeparator();
    menu->addAction(m_attack);
    QMenu *speeds = menu->addMenu(tr("S&peed"));
    speeds->addActions(m_speeds->actions());
    return menu;
}

QString SimulationToolBar::clockText(double seconds)
{
    const qint64 whole = qint64(std::max(0.0, seconds));
    const qint64 hours = whole / 3600;
    const QString minutesSeconds =
        u"%1:%2"_s.arg((whole / 60) % 60, 2, 10, QLatin1Char('0')).arg(whole % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? u"%1:%2"_s.arg(hours).arg(minutesSeconds) : minutesSeconds;
}

void SimulationToolBar::showRunning(bool running)
{
    if (running) {
        m_run->setIcon(icon(u"media-playback-pause"_s, style(), QStyle::SP_MediaPause));
        m_run->setText(tr("&Pause"));
        setToolTipWithShortcut(m_run, tr("Pause the simulation; failing and recovering still work"));
    } else {
        m_run->setIcon(icon(u"media-playback-start"_s, style(), QStyle::SP_MediaPlay));
        m_run->setText(tr("&Start"));
        setToolTipWithShortcut(m_run, tr("Run the traffic simulation on this design"));
    }
    updateResetEnabled();
}

void SimulationToolBar::showSettings()
{
    const QSignalBlocker rateBlocker(m_requestRate);
    const QSignalBlocker attackRateBlocker(m_attackRate);
    const QSignalBlocker attackBlocker(m_attack);
    m_requestRate->setValue(qRound(m_controller->requestRate()));
    m_attackRate->setValue(qRound(m_controller->attackRate()));
    m_attack->setChecked(m_controller->isAttacking());
    const SimulationSpeed speed = m_controller->speed();
    m_speed->setCurrentIndex(m_speed->findData(int(speed)));
    if (QAction *choice = speedAction(speed))
        choice->setChecked(true);
}

void SimulationToolBar::showClock(const Simulation &simulation)
{
    m_clock->setText(clockText(simulation.now()));
}

void SimulationToolBar::showProblem(const QString &problem)
{
    m_problem->setText(m_problem->fontMetrics().elidedText(problem, Qt::ElideRight, kProblemWidth));
    const QString toolTip = problem.isEmpty() ? tr("Why no request can get in")
                                              : tr("%1\nAttack traffic still runs.").arg(problem);
    setToolTipWithShortcut(m_problemAction, toolTip);
    widgetForAction(m_problemAction)->setToolTip(m_problemAction->toolTip());
    m_problemAction->setVisible(!problem.isEmpty());
}

void SimulationToolBar::showBehind(bool behind)
{
    m_behindAction->setVisible(behind);
}

void SimulationToolBar::updateResetEnabled()
{
    m_reset->setEnabled(m_controller->isRunning() || m_controller->hasProgress());
}

} // namespace infralab
