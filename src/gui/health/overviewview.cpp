#include "health/overviewview.h"

#include "serversession.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Steward {

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n);
}

void setProgress(QProgressBar *bar, const OperationProgress &p, bool running)
{
    bar->setVisible(running);
    if (!running) {
        return;
    }
    bar->setRange(0, p.total > 0 ? 100 : 0);
    bar->setValue(qMax(0, p.percent()));
    bar->setFormat(p.text());
    bar->setToolTip(p.text());
}
} // namespace

OverviewView::OverviewView(ServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_overview(new ServerOverview(session->api(), this))
{
    setObjectName(QStringLiteral("overviewView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScrollArea"));
    scroll->setAccessibleName(tr("Server overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_server = new QLabel(content);
    m_server->setObjectName(QStringLiteral("overviewServerLabel"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setWordWrap(true);
    layout->addWidget(m_server);

    auto *box = new QGroupBox(tr("Server health"), content);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    m_users = addRow(grid, tr("Users"), "overviewUsersLabel");
    m_rooms = addRow(grid, tr("Rooms"), "overviewRoomsLabel");
    m_largestRooms = addRow(grid, tr("Largest rooms on disk"), "overviewLargestRoomsLabel");
    m_media = addRow(grid, tr("Local media"), "overviewMediaLabel");
    m_mediaProgress = new QProgressBar(box);
    m_mediaProgress->setObjectName(QStringLiteral("overviewMediaProgress"));
    grid->addWidget(m_mediaProgress, grid->rowCount(), 1);
    m_backgroundUpdates = addRow(grid, tr("Background updates"), "overviewBackgroundUpdatesLabel");
    m_federation = addRow(grid, tr("Federation"), "overviewFederationLabel");
    m_federationProgress = new QProgressBar(box);
    m_federationProgress->setObjectName(QStringLiteral("overviewFederationProgress"));
    grid->addWidget(m_federationProgress, grid->rowCount(), 1);
    m_reports = addRow(grid, tr("Unread reports"), "overviewReportsLabel");
    m_reportsTitle = qobject_cast<QLabel *>(grid->itemAtPosition(grid->rowCount() - 1, 0)->widget());
    m_reportsTitle->setVisible(false);
    m_reports->setVisible(false);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_overview, &ServerOverview::changed, this, &OverviewView::update);
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            reload();
        } else {
            update();
        }
    });
    update();
}

QLabel *OverviewView::addRow(QGridLayout *grid, const QString &title, const char *name)
{
    const int row = grid->rowCount();
    auto *titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), grid->parentWidget());
    titleLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    titleLabel->setBuddy(value);
    connect(value, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("page:"))) {
            const QString target = href.mid(5);
            Q_EMIT pageRequested(target.section(u'/', 0, 0), target.section(u'/', 1));
        }
    });
    grid->addWidget(titleLabel, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

QString OverviewView::link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"page:%1\">%2</a>").arg(target.toHtmlEscaped(), text);
}

void OverviewView::reload()
{
    if (m_session->state() == ServerSession::State::Connected) {
        m_overview->load();
    }
}

void OverviewView::setReportsFigure(const QString &text, const QString &pageId)
{
    m_reportsTitle->setVisible(!text.isEmpty());
    m_reports->setVisible(!text.isEmpty());
    m_reports->setText(pageId.isEmpty() ? text.toHtmlEscaped() : link(pageId, text.toHtmlEscaped()));
}

void OverviewView::update()
{
    const ServerStatus &s = m_session->status();
    if (m_session->state() != ServerSession::State::Connected) {
        m_server->setText(tr("Not connected."));
    } else {
        m_server->setText(
            tr("<h2>%1</h2>Synapse %2 at %3 · signed in as %4%5")
                .arg(s.whoAmI.userId.section(u':', 1).toHtmlEscaped(),
                     s.serverVersion.isEmpty() ? tr("(version unknown)") : s.serverVersion.toHtmlEscaped(),
                     s.baseUrl.toDisplayString().toHtmlEscaped(), s.whoAmI.userId.toHtmlEscaped(),
                     s.isAdmin ? tr(" (server admin)") : QString()));
    }
    const auto pending = [](const auto &figure, const QString &what) {
        if (figure.loading && !figure.ready()) {
            return tr("Loading…");
        }
        if (!figure.error.isOk()) {
            return tr("Could not read %1: %2").arg(what, figure.error.describe().toHtmlEscaped());
        }
        return QString();
    };

    const auto &users = m_overview->users;
    if (users.ready()) {
        const auto &u = *users.value;
        m_users->setText(tr("%1 accounts: %2 active, %3 deactivated, %4 admins, %5 locked")
                             .arg(link(QStringLiteral("users"), number(u.all)), number(u.active), number(u.deactivated),
                                  number(u.admins), number(u.locked)));
    } else {
        m_users->setText(pending(users, tr("the users")));
    }

    const auto &rooms = m_overview->rooms;
    m_rooms->setText(rooms.ready() ? link(QStringLiteral("rooms"), tr("%1 rooms").arg(number(*rooms.value)))
                                   : pending(rooms, tr("the rooms")));

    const auto &largest = m_overview->largestRooms;
    if (largest.ready()) {
        QStringList lines;
        for (const RoomSizeEstimate &r : *largest.value) {
            lines << QStringLiteral("%1 · %2").arg(link(QStringLiteral("rooms/") + r.roomId, r.roomId.toHtmlEscaped()),
                                                   bytes(r.estimatedSize));
        }
        m_largestRooms->setText(lines.isEmpty() ? tr("No estimate yet (the server has no statistics).")
                                                : tr("Estimated by PostgreSQL:") + QStringLiteral("<br>")
                                        + lines.join(QStringLiteral("<br>")));
    } else if (ServerOverview::needsPostgres(largest.error)) {
        m_largestRooms->setText(tr("Not available: the server estimates room sizes only on PostgreSQL (this one "
                                   "runs on SQLite)."));
    } else {
        m_largestRooms->setText(pending(largest, tr("the room sizes")));
    }

    const auto &media = m_overview->media;
    const PageWalk *mediaWalk = m_overview->mediaWalk();
    if (media.ready()) {
        const auto &m = *media.value;
        QString text = tr("%1 files, %2, uploaded by %3 users").arg(number(m.count), bytes(m.bytes), number(m.users));
        if (!m.complete) {
            text += mediaWalk->isRunning() ? tr(" (so far)") : tr(" (incomplete: the count stopped early)");
        }
        m_media->setText(link(QStringLiteral("media"), text));
    } else {
        m_media->setText(pending(media, tr("the media statistics")));
    }
    setProgress(m_mediaProgress, mediaWalk->progress(), mediaWalk->isRunning());

    const auto &bg = m_overview->backgroundUpdates;
    if (bg.ready()) {
        QStringList parts;
        parts << (bg.value->enabled ? tr("enabled") : tr("<b>disabled</b>"));
        if (bg.value->current.isEmpty()) {
            parts << tr("none running");
        }
        for (const BackgroundUpdate &u : bg.value->current) {
            parts << tr("running: %1 (%2 items so far, %3 items/s)")
                         .arg(u.name.toHtmlEscaped(), number(u.totalItemCount),
                              QLocale().toString(u.averageItemsPerMs * 1000, 'f', 0));
        }
        m_backgroundUpdates->setText(link(QStringLiteral("maintenance"), parts.join(QStringLiteral(" · "))));
    } else {
        m_backgroundUpdates->setText(pending(bg, tr("the background updates")));
    }

    const auto &fed = m_overview->federation;
    const PageWalk *fedWalk = m_overview->federationWalk();
    if (fed.ready()) {
        const auto &f = *fed.value;
        QString text;
        if (f.destinations == 0) {
            text = link(QStringLiteral("federation"),
                        tr("No federation destinations: this server has not exchanged events with other servers."));
        } else {
            text = tr("%1 destinations, %2 failing")
                       .arg(link(QStringLiteral("federation"), number(f.destinations)),
                            f.failing ? link(QStringLiteral("federation/failing"), number(f.failing)) : number(0));
            if (!f.failingNames.isEmpty()) {
                text += QStringLiteral(": ") + f.failingNames.join(QStringLiteral(", ")).toHtmlEscaped()
                    + (f.failing > f.failingNames.size() ? QStringLiteral(", …") : QString());
            }
        }
        if (!f.complete) {
            text += fedWalk->isRunning() ? tr(" (so far)") : tr(" (incomplete: the count stopped early)");
        }
        m_federation->setText(text);
    } else {
        m_federation->setText(pending(fed, tr("the federation destinations")));
    }
    setProgress(m_federationProgress, fedWalk->progress(), fedWalk->isRunning());
}

} // namespace Steward
