#include "WalkthroughPanel.h"

#include "canvas/CanvasStyle.h"
#include "walkthrough/StepSummary.h"
#include "walkthrough/WalkthroughPlayer.h"

#include "model/TopologyModel.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kDefaultSpeedStop = 3;   // 1x
constexpr qreal kNarrationScale = 1.45;
constexpr int kBadgeSize = 20;

QIcon badgeIcon(PacketToken::Look look, const CanvasStyle &style)
{
    QIcon icon;
    for (const int size : {16, 32, 40}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        PacketToken::paintBadge(&painter, QPointF(size / 2.0, size / 2.0 - size / 32.0), size * 0.44, look, style);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

} // namespace

const QList<qreal> &WalkthroughPanel::speeds()
{
    static const QList<qreal> stops{0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
    return stops;
}

WalkthroughPanel::WalkthroughPanel(WalkthroughPlayer *player, QWidget *parent)
    : QDockWidget(tr("Walkthrough"), parent)
    , m_player(player)
    , m_steps(new QListWidget)
    , m_position(new QLabel)
    , m_badge(new QLabel)
    , m_route(new QLabel)
    , m_narration(new QLabel)
{
    setObjectName(u"walkthroughPanel"_s);

    m_steps->setObjectName(u"walkthroughSteps"_s);
    m_steps->setUniformItemSizes(true);
    m_steps->setTextElideMode(Qt::ElideRight);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setIconSize(QSize(18, 18));

    m_position->setObjectName(u"walkthroughPosition"_s);
    QFont bold = font();
    bold.setBold(true);
    m_position->setFont(bold);
    m_route->setObjectName(u"walkthroughRoute"_s);
    m_route->setForegroundRole(QPalette::PlaceholderText);
    m_route->setTextFormat(Qt::PlainText);
    m_badge->setFixedSize(kBadgeSize, kBadgeSize);
    m_narration->setObjectName(u"walkthroughNarration"_s);
    m_narration->setFont(scaled(font(), kNarrationScale));
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_narration->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_narration->setMinimumHeight(m_narration->fontMetrics().lineSpacing() * 2);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_position);
    header->addSpacing(6);
    header->addWidget(m_badge);
    header->addWidget(m_route, 1);

    auto *story = new QWidget;
    auto *storyLayout = new QVBoxLayout(story);
    storyLayout->setContentsMargins(14, 8, 10, 6);
    storyLayout->setSpacing(8);
    storyLayout->addLayout(header);
    storyLayout->addWidget(m_narration, 1);
    storyLayout->addWidget(createTransport());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_steps);
    splitter->addWidget(story);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 640});
    setWidget(splitter);

    // The selection, not the current row: focusing the list makes its first
    // row current without the student choosing it.
    connect(m_steps, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_steps->selectedItems();
        if (m_player && !selected.isEmpty())
            m_player->goToStep(m_steps->row(selected.first()));
    });
    connect(player, &WalkthroughPlayer::walkthroughChanged, this, &WalkthroughPanel::fillSteps);
    connect(player, &WalkthroughPlayer::stepChanged, this, &WalkthroughPanel::showStep);
    connect(player, &WalkthroughPlayer::playingChanged, this, &WalkthroughPanel::updateTransport);
    connect(player, &WalkthroughPlayer::speedChanged, this, &WalkthroughPanel::showSpeed);
    connect(player, &WalkthroughPlayer::requestTypeChanged, this, &WalkthroughPanel::showRequest);
    // Names in the route line follow renames even when the steps do not change.
    if (TopologyModel *model = player->model())
        connect(model, &TopologyModel::changed, this, [this] { showStep(m_player ? m_player->currentIndex() : -1); });

    updateIcons();
    fillSteps();
    showSpeed(player->speed());
    showRequest(player->requestType());
}

QAction *WalkthroughPanel::createAction(const QString &objectName, const QString &iconName, int fallbackIcon,
                                        const QKeySequence &shortcut, void (WalkthroughPlayer::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setIcon(QIcon::fromTheme(iconName, style()->standardIcon(QStyle::StandardPixmap(fallbackIcon))));
    action->setShortcut(shortcut);
    // Only while the step list has focus: elsewhere these keys edit,
    // scroll, or move the speed slider.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_steps->addAction(action);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (m_player)
            (m_player->*slot)();
        takeFocus();
    });
    return action;
}

QWidget *WalkthroughPanel::createTransport()
{
    m_restart = createAction(u"walkthroughRestartAction"_s, u"media-skip-backward"_s, QStyle::SP_MediaSkipBackward,
                             Qt::Key_Home, &WalkthroughPlayer::restart);
    m_restart->setText(tr("Restart"));
    m_back = createAction(u"walkthroughBackAction"_s, u"media-seek-backward"_s, QStyle::SP_MediaSeekBackward,
                          Qt::Key_Left, &WalkthroughPlayer::back);
    m_back->setText(tr("Back"));
    m_play = createAction(u"walkthroughPlayAction"_s, u"media-playback-start"_s, QStyle::SP_MediaPlay, Qt::Key_Space,
                          &WalkthroughPlayer::togglePlaying);
    m_forward = createAction(u"walkthroughForwardAction"_s, u"media-seek-forward"_s, QStyle::SP_MediaSeekForward,
                             Qt::Key_Right, &WalkthroughPlayer::forward);
    m_forward->setText(tr("Forward"));
    m_stop = createAction(u"walkthroughStopAction"_s, u"media-playback-stop"_s, QStyle::SP_MediaStop, Qt::Key_Escape,
                          &WalkthroughPlayer::stop);
    m_stop->setText(tr("Stop"));
    for (QAction *action : {m_restart, m_back, m_forward, m_stop})
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QAction *action : {m_restart, m_back, m_play, m_forward, m_stop}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(22, 22));
        button->setFocusPolicy(Qt::NoFocus);   // the keys stay with the step list
        if (action == m_play) {
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            // Wide enough for the longest text, so the row never jumps.
            button->setMinimumWidth(button->fontMetrics().horizontalAdvance(tr("Next Request"))
                                    + button->iconSize().width() + 16);
        }
        layout->addWidget(button);
    }
    layout->addStretch(1);

    auto *speedTitle = new QLabel(tr("Speed"));
    m_speed = new QSlider(Qt::Horizontal);
    m_speed->setObjectName(u"walkthroughSpeed"_s);
    m_speed->setRange(0, int(speeds().size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setFixedWidth(130);
    m_speed->setValue(kDefaultSpeedStop);
    m_speed->setToolTip(tr("How fast the request travels and the steps follow each other"));
    speedTitle->setBuddy(m_speed);
    m_speedLabel = new QLabel;
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(u"0.25\u00d7"_s) + 4);
    connect(m_speed, &QSlider::valueChanged, this, [this](int stop) {
        if (m_player && stop >= 0 && stop < speeds().size())
            m_player->setSpeed(speeds().at(stop));
    });

    auto *requestTitle = new QLabel(tr("Request"));
    m_request = new QComboBox;
    m_request->setObjectName(u"walkthroughRequest"_s);
    for (const RequestType type : allRequestTypes()) {
        m_request->addItem(requestTypeLabel(type), int(type));
        m_request->setItemData(m_request->count() - 1, requestTypeTooltip(type), Qt::ToolTipRole);
    }
    requestTitle->setBuddy(m_request);
    connect(m_request, &QComboBox::activated, this, [this](int index) {
        if (m_player)
            m_player->setRequestType(RequestType(m_request->itemData(index).toInt()));
    });

    layout->addWidget(speedTitle);
    layout->addWidget(m_speed);
    layout->addWidget(m_speedLabel);
    layout->addSpacing(16);
    layout->addWidget(requestTitle);
    layout->addWidget(m_request);
    return bar;
}

void WalkthroughPanel::fillSteps()
{
    if (!m_player)
        return;
    const Walkthrough &walkthrough = m_player->walkthrough();
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->clear();
        for (int i = 0; i < walkthrough.steps.size(); ++i) {
            const Step &step = walkthrough.steps.at(i);
            auto *item = new QListWidgetItem(m_badges.value(int(stepLook(walkthrough, i))),
                                             tr("%1.  %2").arg(step.n).arg(step.text), m_steps);
            item->setToolTip(step.text);
        }
    }
    showStep(m_player->currentIndex());
}

void WalkthroughPanel::showStep(int index)
{
    if (!m_player)
        return;
    const Walkthrough &walkthrough = m_player->walkthrough();
    const Step *step = m_player->currentStep();
    {
        const QSignalBlocker blocker(m_steps);
        if (step) {
            m_steps->setCurrentRow(index);
            m_steps->scrollToItem(m_steps->currentItem());
        } else {
            m_steps->setCurrentRow(-1);
            m_steps->clearSelection();
        }
    }
    if (step) {
        m_position->setText(tr("Step %1 of %2").arg(step->n).arg(walkthrough.steps.size()));
        const Topology *topology = m_player->model() ? &m_player->model()->topology() : nullptr;
        const QString where = topology ? stepRoute(*step, *topology) : QString();
        m_route->setText(tr("%1   \u00b7   %2").arg(where, stepWire(*step)));
        m_badge->setPixmap(m_badges.value(int(stepLook(walkthrough, index))).pixmap(QSize(kBadgeSize, kBadgeSize)));
        m_narration->setText(step->text);
    } else {
        m_position->setText(tr("%n step(s)", nullptr, int(walkthrough.steps.size())));
        m_route->setText(requestTypeLabel(walkthrough.request));
        m_badge->clear();
        if (walkthrough.steps.isEmpty())
            m_narration->setText(walkthrough.isBlocked() ? walkthrough.blocked
                                                         : tr("This design sends no request to follow."));
        else
            m_narration->setText(tr("Press Play to follow one request through this design, from the browser "
                                    "and back, one step at a time."));
    }
    updateTransport();
}

void WalkthroughPanel::updateTransport()
{
    if (!m_player)
        return;
    const bool hasSteps = m_player->stepCount() > 0;
    const int index = m_player->currentIndex();
    const bool playing = m_player->isPlaying();
    const QString key = m_play->shortcut().toString(QKeySequence::NativeText);
    if (playing) {
        m_play->setText(tr("Pause"));
        m_play->setIcon(QIcon::fromTheme(u"media-playback-pause"_s, style()->standardIcon(QStyle::SP_MediaPause)));
        m_play->setToolTip(tr("Pause (%1)").arg(key));
    } else {
        m_play->setIcon(QIcon::fromTheme(u"media-playback-start"_s, style()->standardIcon(QStyle::SP_MediaPlay)));
        if (m_player->isLastStep()) {
            m_play->setText(tr("Next Request"));
            m_play->setToolTip(tr("Send the next request: the load balancer may pick another server (%1)").arg(key));
        } else {
            m_play->setText(tr("Play"));
            m_play->setToolTip(tr("Play the walkthrough (%1)").arg(key));
        }
    }
    m_play->setEnabled(hasSteps);
    m_restart->setEnabled(hasSteps);
    m_back->setEnabled(index > 0);
    m_forward->setEnabled(index + 1 < m_player->stepCount());
    m_stop->setEnabled(index >= 0);
}

void WalkthroughPanel::updateIcons()
{
    const CanvasStyle style = CanvasStyle::from(palette(), font());
    for (const auto look : {PacketToken::Look::Encrypted, PacketToken::Look::Plaintext, PacketToken::Look::Blocked})
        m_badges.insert(int(look), badgeIcon(look, style));
}

void WalkthroughPanel::showSpeed(qreal speed)
{
    // The nearest stop: the player may have been set between two.
    int nearest = 0;
    for (int i = 0; i < speeds().size(); ++i) {
        if (std::abs(speeds().at(i) - speed) < std::abs(speeds().at(nearest) - speed))
            nearest = i;
    }
    {
        const QSignalBlocker blocker(m_speed);
        m_speed->setValue(nearest);
    }
    m_speedLabel->setText(tr("%1\u00d7").arg(locale().toString(speed)));
}

void WalkthroughPanel::showRequest(RequestType request)
{
    const int index = m_request->findData(int(request));
    if (index >= 0)
        m_request->setCurrentIndex(index);
}

void WalkthroughPanel::takeFocus()
{
    if (isVisible() && !m_steps->hasFocus())
        m_steps->setFocus(Qt::OtherFocusReason);
}

bool WalkthroughPanel::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
        fillSteps();
    }
    return QDockWidget::event(event);
}

} // namespace infralab
