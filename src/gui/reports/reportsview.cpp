#include "reports/reportsview.h"

#include "media/mediaapi.h"
#include "reports/redactuserdialog.h"
#include "rooms/roomdeletedialog.h"
#include "rooms/roomsapi.h"
#include "serversession.h"
#include "tableviewsetup.h"
#include "users/bulkuseraction.h"
#include "users/useractiondialogs.h"
#include "users/userapi.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Steward {

namespace {
/// Unread reports in bold (rows as high as every other view's).
class UnreadDelegate : public TableViews::RowHeightDelegate
{
public:
    using RowHeightDelegate::RowHeightDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        RowHeightDelegate::initStyleOption(option, index);
        if (index.data(ReportListModel::UnreadRole).toBool()) {
            option->font.setBold(true);
        }
    }
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString timeOf(const QJsonObject &e)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.value(QLatin1String("origin_server_ts")).toInteger(), Qt::UTC);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString eventHtml(const QJsonObject &e, bool highlight)
{
    const QString line =
        QStringLiteral("%1 <b>%2</b>: %3")
            .arg(esc(timeOf(e)), esc(e.value(QLatin1String("sender")).toString()), esc(ReportsApi::eventSummary(e)));
    return highlight
        ? QStringLiteral("<div style='background:palette(highlight);color:palette(highlighted-text)'>%1</div>")
              .arg(line)
        : QStringLiteral("<div>%1</div>").arg(line);
}
} // namespace

ReportsView::ReportsView(ServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReportListModel(session->api(), this))
    , m_watcher(new ReportWatcher(session->api(), this))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportsKindFilter"));
    m_kind->setAccessibleName(tr("Kind of reports"));
    m_kind->addItem(tr("Event reports"));
    m_kind->addItem(tr("User reports"));
    m_room = new QLineEdit(this);
    m_room->setObjectName(QStringLiteral("reportsRoomFilter"));
    m_room->setAccessibleName(tr("Only reports in this room"));
    m_room->setPlaceholderText(tr("Room ID"));
    m_room->setClearButtonEnabled(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("reportsUserFilter"));
    m_user->setAccessibleName(tr("Only reports about this user"));
    m_user->setPlaceholderText(tr("Reported user ID"));
    m_user->setClearButtonEnabled(true);
    m_reporter = new QLineEdit(this);
    m_reporter->setObjectName(QStringLiteral("reportsReporterFilter"));
    m_reporter->setAccessibleName(tr("Only reports by this user"));
    m_reporter->setPlaceholderText(tr("Reporter user ID"));
    m_reporter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("reportsRefreshButton"));
    bar->addWidget(m_kind);
    bar->addWidget(m_room, 1);
    bar->addWidget(m_user, 1);
    bar->addWidget(m_reporter, 1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reportsSplitter"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setAccessibleName(tr("Reports"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setModel(m_model);
    TableViews::setUp(m_table, { -1, QStringLiteral("reportsEmptyLabel") });
    m_table->setItemDelegate(new UnreadDelegate(m_table));

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(right);
    m_details->setObjectName(QStringLiteral("reportDetailsText"));
    m_details->setAccessibleName(tr("Report details"));
    m_details->setOpenLinks(false);
    rightLayout->addWidget(m_details, 1);
    auto *mediaRow = new QHBoxLayout;
    m_showMedia = new QPushButton(tr("Show &Media"), right);
    m_showMedia->setObjectName(QStringLiteral("reportShowMediaButton"));
    m_showMedia->setToolTip(tr("Download and show the reported media (it may be abusive)"));
    m_mediaPreview = new QLabel(right);
    m_mediaPreview->setObjectName(QStringLiteral("reportMediaPreview"));
    m_mediaPreview->setMaximumHeight(160);
    mediaRow->addWidget(m_showMedia);
    mediaRow->addWidget(m_mediaPreview, 1);
    rightLayout->addLayout(mediaRow);

    auto *actions = new QHBoxLayout;
    m_dismiss = new QPushButton(tr("&Dismiss"), right);
    m_dismiss->setObjectName(QStringLiteral("reportDismissButton"));
    m_dismiss->setToolTip(tr("Delete the report (nothing else changes)"));
    m_redactEvent = new QPushButton(tr("Redact &Event"), right);
    m_redactEvent->setObjectName(QStringLiteral("reportRedactEventButton"));
    m_quarantine = new QPushButton(tr("&Quarantine Media"), right);
    m_quarantine->setObjectName(QStringLiteral("reportQuarantineButton"));
    m_sender = new QToolButton(right);
    m_sender->setObjectName(QStringLiteral("reportSenderButton"));
    m_sender->setText(tr("&Sender"));
    m_sender->setPopupMode(QToolButton::InstantPopup);
    auto *senderMenu = new QMenu(m_sender);
    senderMenu->setObjectName(QStringLiteral("reportSenderMenu"));
    for (const auto &[name, text, action] :
         { std::tuple { "reportLockAction", tr("Lock…"), int(BulkUserAction::Action::Lock) },
           std::tuple { "reportShadowBanAction", tr("Shadow-ban…"), int(BulkUserAction::Action::ShadowBan) },
           std::tuple { "reportDeactivateAction", tr("Deactivate…"), int(BulkUserAction::Action::Deactivate) } }) {
        QAction *a = senderMenu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, [this, action]() { userAction(action); });
    }
    m_sender->setMenu(senderMenu);
    m_room2 = new QToolButton(right);
    m_room2->setObjectName(QStringLiteral("reportRoomButton"));
    m_room2->setText(tr("R&oom"));
    m_room2->setPopupMode(QToolButton::InstantPopup);
    auto *roomMenu = new QMenu(m_room2);
    QAction *block = roomMenu->addAction(tr("Block…"));
    block->setObjectName(QStringLiteral("reportBlockRoomAction"));
    connect(block, &QAction::triggered, this, &ReportsView::blockRoom);
    QAction *del = roomMenu->addAction(tr("Delete…"));
    del->setObjectName(QStringLiteral("reportDeleteRoomAction"));
    connect(del, &QAction::triggered, this, &ReportsView::deleteRoom);
    m_room2->setMenu(roomMenu);
    m_redactAll = new QPushButton(tr("Redact &All of User…"), right);
    m_redactAll->setObjectName(QStringLiteral("reportRedactUserButton"));
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_dismiss, m_redactEvent, m_quarantine, m_sender, m_room2, m_redactAll }) {
        actions->addWidget(w);
    }
    actions->addStretch(1);
    rightLayout->addLayout(actions);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 700, 500 });
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportsStatusLabel"));
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsView::applyFilters);
    for (QLineEdit *edit : { m_room, m_user, m_reporter }) {
        connect(edit, &QLineEdit::editingFinished, this, &ReportsView::applyFilters);
    }
    connect(m_refresh, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_model, &PagedListModel::statusChanged, this, [this]() {
        m_status->setText(m_model->statusText());
        TableViews::setEmptyText(m_table, m_model->total() == 0 ? tr("No reports") : QString());
    });
    connect(m_model, &PagedListModel::rowsLoaded, this, [this](int first, int) {
        if (first == 0 && isVisible()) {
            markSeen();
        }
        if (first == 0) {
            // Fit the columns to the first real rows (not to the placeholders shown while loading).
            for (int c = 0; c < ReportListModel::ColumnCount; ++c) {
                m_table->resizeColumnToContents(c);
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 280));
            }
        }
        if (first == 0 && !m_table->currentIndex().isValid()) {
            m_table->selectRow(0); // the newest report's details at once
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showReport(m_model->report(current.row())); });
    connect(m_dismiss, &QPushButton::clicked, this, &ReportsView::dismiss);
    connect(m_redactEvent, &QPushButton::clicked, this, &ReportsView::redactEvent);
    connect(m_quarantine, &QPushButton::clicked, this, &ReportsView::quarantineMedia);
    connect(m_redactAll, &QPushButton::clicked, this, &ReportsView::redactAll);
    connect(m_showMedia, &QPushButton::clicked, this, &ReportsView::showMedia);
    connect(m_watcher, &ReportWatcher::newReports, this, &ReportsView::onNewReports);
    connect(m_session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            onConnected();
        } else {
            m_watcher->stop();
        }
    });
    if (m_session->state() == ServerSession::State::Connected) {
        onConnected();
    }
    updateActions();
}

void ReportsView::onConnected()
{
    m_seenPath =
        ReportMark::path(m_session->status().baseUrl, m_session->status().whoAmI.userId, QStringLiteral("seen"));
    const ReportMark seen = ReportMark::load(m_seenPath);
    m_model->setLastSeen(seen.eventId, seen.userId);
    m_unread = 0;
    Q_EMIT unreadCountChanged(0);
    // The watcher starts from what the admin saw: the reports since then count as unread.
    m_watcher->setBaseline(seen);
    m_watcher->start(m_interval);
    if (isVisible()) {
        applyFilters();
    }
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session->state() == ServerSession::State::Connected) {
        if (!m_model->isStarted()) {
            applyFilters();
        } else {
            markSeen();
        }
    }
}

void ReportsView::refresh()
{
    m_model->reload();
    m_watcher->check();
}

void ReportsView::applyFilters()
{
    ReportQuery q;
    q.kind = m_kind->currentIndex() == 1 ? ReportKind::User : ReportKind::Event;
    q.roomId = q.kind == ReportKind::Event ? m_room->text().trimmed() : QString();
    q.userId = m_user->text().trimmed();
    q.reporter = m_reporter->text().trimmed();
    m_room->setEnabled(q.kind == ReportKind::Event);
    m_model->setQuery(q);
}

void ReportsView::markSeen()
{
    // The bold rows stay bold while the view is open; what the admin saw now counts as read next time.
    if (m_seenPath.isEmpty()) {
        return;
    }
    ReportMark seen = ReportMark::load(m_seenPath);
    const ReportMark before = seen;
    for (int row = 0; row < qMin(m_model->rowCount(), m_model->pageSize()); ++row) {
        const Report r = m_model->report(row);
        if (r.id >= 0) {
            seen.raise(r);
        }
    }
    if (!(seen == before)) {
        seen.save(m_seenPath);
    }
    ReportMark watched = m_watcher->baseline();
    watched.eventId = qMax(watched.eventId, seen.eventId);
    watched.userId = qMax(watched.userId, seen.userId);
    m_watcher->setBaseline(watched);
    if (m_unread != 0) {
        m_unread = 0;
        Q_EMIT unreadCountChanged(0);
    }
}

void ReportsView::onNewReports(const QList<Report> &reports)
{
    if (isVisible()) {
        m_model->reload();
    }
    // Only what the admin has not seen counts (a check may overlap with the list being looked at).
    const ReportMark seen = ReportMark::load(m_seenPath);
    int fresh = 0;
    for (const Report &r : reports) {
        fresh += r.id > seen.of(r.kind) ? 1 : 0;
    }
    if (fresh == 0) {
        return;
    }
    m_unread += fresh;
    Q_EMIT unreadCountChanged(m_unread);
    const QString text = reports.size() == 1
        ? tr("%1 reported %2: %3").arg(reports.first().reporter, reports.first().userId, reports.first().reason)
        : tr("%n new report(s)", nullptr, int(reports.size()));
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon().isNull() ? qApp->windowIcon() : windowIcon(), this);
            m_tray->setObjectName(QStringLiteral("reportsTrayIcon"));
            m_tray->show();
        }
        m_tray->showMessage(tr("New reports"), text);
    }
    if (window()) {
        QApplication::alert(window());
    }
}

void ReportsView::showReport(const Report &report)
{
    m_current = report;
    m_event = {};
    m_contextHtml.clear();
    m_senderHtml.clear();
    m_roomHtml.clear();
    m_mediaPreview->clear();
    if (m_mediaReply) {
        m_mediaReply->abort();
    }
    const quint64 serial = ++m_detailsSerial;
    renderDetails();
    updateActions();
    if (report.id < 0) {
        return;
    }
    ApiService *api = m_session->api();
    if (report.kind == ReportKind::Event) {
        ReportsApi::details(api, report.kind, report.id, this, [this, serial](const Result<ReportDetails> &d) {
            if (serial != m_detailsSerial) {
                return;
            }
            if (d.ok()) {
                m_event = d->event;
            } else {
                m_contextHtml = tr("<p>The report could not be read: %1</p>").arg(esc(d.error().describe()));
            }
            renderDetails();
            updateActions();
        });
        ReportsApi::context(api, report.roomId, report.eventId, 4, this, [this, serial](const Result<EventContext> &c) {
            if (serial != m_detailsSerial) {
                return;
            }
            if (!c.ok()) {
                m_contextHtml =
                    tr("<p>The conversation around it could not be read: %1</p>").arg(esc(c.error().describe()));
            } else {
                QString html;
                for (const QJsonObject &e : c->before) {
                    html += eventHtml(e, false);
                }
                html += eventHtml(c->event, true);
                for (const QJsonObject &e : c->after) {
                    html += eventHtml(e, false);
                }
                m_contextHtml = html;
            }
            renderDetails();
        });
        RoomsApi::details(api, report.roomId, this, [this, serial](const Result<RoomDetails> &r) {
            if (serial != m_detailsSerial || !r.ok()) {
                return;
            }
            m_roomHtml = tr("%1 · %n joined member(s) · %2", nullptr, r->summary.joinedMembers)
                             .arg(esc(r->summary.name.isEmpty() ? r->summary.roomId : r->summary.name),
                                  r->summary.isPublic ? tr("public") : tr("not in the directory"));
            renderDetails();
        });
    }
    if (!report.userId.isEmpty()) {
        UserApi::queryUser(api, report.userId, this, [this, serial](const Result<UserDetails> &u) {
            if (serial != m_detailsSerial) {
                return;
            }
            if (!u.ok()) {
                m_senderHtml = esc(u.error().describe());
            } else {
                QStringList facts;
                if (!u->summary.displayName.isEmpty()) {
                    facts << esc(u->summary.displayName);
                }
                if (u->summary.admin) {
                    facts << tr("server admin");
                }
                if (u->summary.deactivated) {
                    facts << tr("deactivated");
                }
                if (u->summary.locked) {
                    facts << tr("locked");
                }
                if (u->summary.shadowBanned) {
                    facts << tr("shadow-banned");
                }
                m_senderHtml = facts.isEmpty() ? tr("active account") : facts.join(QStringLiteral(" · "));
            }
            renderDetails();
        });
    }
}

void ReportsView::renderDetails()
{
    if (m_current.id < 0) {
        m_details->setHtml(tr("<p>Select a report to see the reported event and the conversation around it.</p>"));
        return;
    }
    const Report &r = m_current;
    QString html =
        QStringLiteral("<h3>%1</h3><table>")
            .arg(esc(r.kind == ReportKind::Event ? tr("Event report %1").arg(r.id) : tr("User report %1").arg(r.id)));
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(tr("Received"), esc(r.received.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    row(tr("Reporter"), esc(r.reporter));
    row(r.kind == ReportKind::Event ? tr("Sender") : tr("Reported user"),
        esc(r.userId) + (m_senderHtml.isEmpty() ? QString() : QStringLiteral(" (") + m_senderHtml + u')'));
    if (!r.roomId.isEmpty()) {
        row(tr("Room"), esc(r.roomId) + (m_roomHtml.isEmpty() ? QString() : QStringLiteral("<br>") + m_roomHtml));
    }
    row(tr("Reason"), esc(r.reason.isEmpty() ? tr("(no reason given)") : r.reason));
    if (r.score) {
        row(tr("Score"), QString::number(*r.score));
    }
    if (!m_model->outcome(r.key()).isEmpty()) {
        row(tr("Outcome"), esc(m_model->outcome(r.key())));
    }
    html += QStringLiteral("</table>");
    if (!m_event.isEmpty()) {
        html += tr("<h4>Reported event</h4>") + eventHtml(m_event, false);
        const QList<MediaReference> media = ReportsApi::mediaOf(m_event);
        for (const MediaReference &m : media) {
            html += QStringLiteral("<div>") + tr("Media (%1, not shown): %2").arg(esc(m.role), esc(m.mxc))
                + QStringLiteral("</div>");
        }
    }
    if (!m_contextHtml.isEmpty()) {
        html += tr("<h4>Conversation</h4>") + m_contextHtml;
    }
    m_details->setHtml(html);
}

void ReportsView::updateActions()
{
    const bool have = m_current.id >= 0;
    const bool event = have && m_current.kind == ReportKind::Event;
    const bool media = event && !ReportsApi::mediaOf(m_event).isEmpty();
    m_dismiss->setEnabled(have);
    m_redactEvent->setEnabled(event);
    m_quarantine->setEnabled(media);
    m_showMedia->setEnabled(media);
    m_showMedia->setVisible(media);
    m_sender->setEnabled(have && !m_current.userId.isEmpty());
    m_room2->setEnabled(event);
    m_redactAll->setEnabled(have && !m_current.userId.isEmpty());
}

void ReportsView::setOutcome(const Report &report, const QString &outcome)
{
    m_model->setOutcome(report.key(), outcome);
    if (report.key() == m_current.key()) {
        renderDetails();
    }
}

void ReportsView::confirm(const QString &name, const QString &title, const QString &html, const QString &ok,
                          std::function<void()> go)
{
    auto *dialog = new ConfirmActionDialog(name, title, html, ok, this);
    connect(dialog, &QDialog::accepted, this, std::move(go));
    dialog->open();
}

void ReportsView::dismiss()
{
    const Report r = m_current;
    confirm(
        QStringLiteral("confirmDismissReportDialog"), tr("Dismiss Report"),
        tr("Delete report %1 by %2? The reported event and the users are not changed.").arg(r.id).arg(esc(r.reporter)),
        tr("&Dismiss"), [this, r]() {
            ReportsApi::dismiss(m_session->api(), r.kind, r.id, this, [this, r](const Result<bool> &res) {
                setOutcome(r, res.ok() ? tr("dismissed") : tr("dismiss failed: %1").arg(res.error().describe()));
            });
        });
}

void ReportsView::redactEvent()
{
    const Report r = m_current;
    confirm(QStringLiteral("confirmRedactEventDialog"), tr("Redact Event"),
            tr("Redact event %1 of %2 in %3 as you? Its content is removed for everyone; this cannot be undone. "
               "You need the power to redact in that room.")
                .arg(esc(r.eventId), esc(r.userId), esc(r.roomLabel())),
            tr("&Redact"), [this, r]() {
                ReportsApi::redactEvent(m_session->api(), r.roomId, r.eventId, tr("reported: %1").arg(r.reason), this,
                                        [this, r](const Result<QString> &res) {
                                            setOutcome(r,
                                                       res.ok()
                                                           ? tr("event redacted")
                                                           : tr("redaction failed: %1").arg(res.error().describe()));
                                        });
            });
}

void ReportsView::quarantineMedia()
{
    const Report r = m_current;
    const QList<MediaReference> media = ReportsApi::mediaOf(m_event);
    QStringList list;
    for (const MediaReference &m : media) {
        list << esc(m.mxc);
    }
    confirm(QStringLiteral("confirmQuarantineDialog"), tr("Quarantine Media"),
            tr("Quarantine %n media file(s) of the reported event? Nobody can download them from this server "
               "afterwards.<br>%1",
               nullptr, int(media.size()))
                .arg(list.join(QStringLiteral("<br>"))),
            tr("&Quarantine"), [this, r, media]() {
                auto results = std::make_shared<QStringList>();
                auto left = std::make_shared<int>(int(media.size()));
                for (const MediaReference &m : media) {
                    MediaApi::quarantine(
                        m_session->api(), m.serverName, m.mediaId, this,
                        [this, r, m, results, left](const Result<bool> &res) {
                            if (!res.ok()) {
                                *results << tr("%1: %2").arg(m.mxc, res.error().describe());
                            }
                            if (--*left == 0) {
                                setOutcome(r,
                                           results->isEmpty()
                                               ? tr("media quarantined")
                                               : tr("quarantine failed: %1").arg(results->join(QStringLiteral("; "))));
                            }
                        });
                }
            });
}

void ReportsView::userAction(int action)
{
    const Report r = m_current;
    auto *dialog = new BulkUserActionDialog(m_session->api(), m_session->status().whoAmI.userId,
                                            BulkUserAction::Action(action), false, { r.userId }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkUserActionDialog::runFinished, this, [this, r, action](const QString &summary, bool) {
        setOutcome(r,
                   tr("%1 %2: %3").arg(BulkUserAction::actionTitle(BulkUserAction::Action(action)), r.userId, summary));
    });
    dialog->open();
}

void ReportsView::blockRoom()
{
    const Report r = m_current;
    confirm(
        QStringLiteral("confirmBlockRoomDialog"), tr("Block Room"),
        tr("Block %1? Nobody on this server can join it any more.").arg(esc(r.roomLabel())), tr("&Block"), [this, r]() {
            RoomsApi::setBlocked(m_session->api(), r.roomId, true, this, [this, r](const Result<RoomBlockStatus> &res) {
                setOutcome(
                    r,
                    res.ok() && res->blocked
                        ? tr("room blocked")
                        : tr("blocking failed: %1").arg(res.ok() ? tr("still not blocked") : res.error().describe()));
            });
        });
}

void ReportsView::deleteRoom()
{
    const Report r = m_current;
    auto *dialog = new RoomDeleteDialog(m_session->api(), r.roomId, r.roomName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoomDeleteDialog::roomDeleted, this, [this, r]() { setOutcome(r, tr("room deleted")); });
    dialog->open();
}

void ReportsView::redactAll()
{
    const Report r = m_current;
    auto *dialog = new RedactUserDialog(m_session->api(), r.userId, r.roomId, this);
    connect(dialog, &RedactUserDialog::redactionFinished, this, [this, r](const QString &summary, bool) {
        setOutcome(r, tr("redact all of %1: %2").arg(r.userId, summary));
    });
    dialog->open();
}

void ReportsView::showMedia()
{
    const QList<MediaReference> media = ReportsApi::mediaOf(m_event);
    if (media.isEmpty() || !m_session->api()->baseUrl().isValid()) {
        return;
    }
    // Only now, because the admin asked: the first media file (the thumbnail when there is one).
    MediaReference pick = media.first();
    for (const MediaReference &m : media) {
        if (m.role == u"thumbnail") {
            pick = m;
        }
    }
    QUrl url = m_session->api()->baseUrl();
    url.setPath(url.path()
                + QStringLiteral("/_matrix/client/v1/media/download/%1/%2").arg(pick.serverName, pick.mediaId));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_session->api()->accessToken().toUtf8());
    if (m_mediaReply) {
        m_mediaReply->abort();
    }
    m_mediaPreview->setText(tr("Loading…"));
    auto *nam = new QNetworkAccessManager(this);
    m_mediaReply = nam->get(request);
    const quint64 serial = m_detailsSerial;
    connect(m_mediaReply, &QNetworkReply::finished, this, [this, reply = m_mediaReply.data(), nam, serial]() {
        reply->deleteLater();
        nam->deleteLater();
        if (serial != m_detailsSerial) {
            return;
        }
        QPixmap pixmap;
        if (reply->error() != QNetworkReply::NoError) {
            m_mediaPreview->setText(tr("Could not load the media: %1").arg(reply->errorString()));
        } else if (!pixmap.loadFromData(reply->readAll())) {
            m_mediaPreview->setText(tr("Not an image Steward can show (%1)")
                                        .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString()));
        } else {
            m_mediaPreview->setPixmap(pixmap.scaled(240, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
    });
}

} // namespace Steward
